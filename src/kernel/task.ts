// Host zone: a Task is one guest process: an isolate, its credentials, cwd, fds, signal dispositions,
// pending operations and the kernel half of its event loop. Syscall handlers take the Task first.

import type { WireError } from '../abi/errno.js';
import { DEFAULT_IGNORED, SIGNALS, type SignalName } from '../abi/signals.js';
import type { BootInfo, GuestEvent, RejectionReason } from '../abi/wire.js';
import type { Cgroup } from '../cgroup/cgroup.js';
import { cpuCalibrationFactor, realCpuUs } from '../cgroup/cpu-calibration.js';
import type { FdTable } from '../fs/fd-table.js';
import type { FsCaller, ReadStreamHandle } from '../fs/types.js';
import type { Vfs } from '../fs/vfs.js';
import type { NetNamespace } from '../net/network.js';
import type { NetSwitch } from '../net/switch.js';
import type { GuestIsolate } from '../platform/isolate.js';
import type { IpcEndpoint } from '../proc/ipc.js';
import { StreamThrottle } from './backlog.js';
import { EventLoop, type HostTurn } from './event-loop.js';

/** Signals whose default action stops the process (SIGSTOP cannot be caught at all). */
const STOP_SIGNALS: ReadonlySet<SignalName> = new Set(['SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU']);

/** How a process ended, as `wait()` reports it. */
export interface ExitStatus {
  exitCode: number;
  /** The signal that killed it, if one did. */
  signal: SignalName | null;
  oomKilled: boolean;
  /** Why the kernel ended it, when it did: 'exited', 'signal', 'oom', 'cpu', 'error'. */
  reason: string;
}

/** The status of a process the OOM killer (or V8's own heap limit) ended. */
export const OOM_KILLED: ExitStatus = { exitCode: 137, signal: 'SIGKILL', oomKilled: true, reason: 'oom' };
/** A run cut short by its wall-clock limit (coreutils' timeout convention). */
export const TIMED_OUT: ExitStatus = { exitCode: 124, signal: null, oomKilled: false, reason: 'timeout' };

/** What a task needs of its container: the namespaces it lives in. */
export interface TaskHost {
  readonly id: string;
  readonly vfs: Vfs;
  readonly hostname: string;
  /** Sends a signal to a pid of this container's pid namespace (ESRCH when there is none). */
  killPid(pid: number, sig: SignalName | 0, from: Task): void;
  /** The guest switched its terminal to raw mode (a CLI with a real TTY follows it). */
  setRawMode?(on: boolean): void;
  /** The size of the container's terminal, now (tty.getWindowSize). */
  readonly terminalSize?: { columns: number; rows: number };
  /** The container's cgroup: throttling and accounting around every turn. */
  readonly cgroup?: Cgroup;
  /** Runs after each turn of any of its tasks (memory check, OOM killer). */
  afterTurn?(task: Task): void;
  /** Records the container's memory now (peak included); false when it is over its limit. */
  memoryWithinLimit?(): boolean;
  /** The task stopped or continued: its parent hears of it (SIGCHLD), as waitpid(WUNTRACED) would. */
  childChanged?(task: Task): void;
  /** Watchdog for one synchronous turn, ms. */
  readonly maxTurnMs?: number | undefined;
  /** The container's network namespace and the kernel's switch (absent: no network at all). */
  readonly net?: { ns: NetNamespace; sw: NetSwitch } | undefined;
  /**
   * Whose files its processes load (`image:<id>`, `rootfs:<dir>`): V8's code cache of a module compiled
   * with its origin is shared only within one scope. Absent: not cached.
   */
  readonly codeCacheScope?: string | undefined;
}

export interface TaskInit {
  container: TaskHost;
  pid: number;
  ppid: number;
  pgid?: number;
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  uid: number;
  gid: number;
  umask: number;
  fds: FdTable;
  guest: GuestIsolate;
}

/** A pending async operation: started by door.async, completed by the kernel. */
export interface AsyncOp {
  readonly id: number;
  /** Posts completion (error or value) as the op's `done` event, exactly once. */
  done(err: WireError | null, value?: unknown): void;
  /** Posts a chunk (or end of stream) as a `data` event. */
  data(chunk: Uint8Array | null): void;
  /** Whether the op keeps the process alive (a paused stream does not). */
  setRef(ref: boolean): void;
  readonly finished: boolean;
}

export class Task implements FsCaller {
  readonly container: TaskHost;
  readonly pid: number;
  ppid: number;
  /** Process group (job control); a child joins its parent's unless spawned detached. */
  pgid: number;
  /** IPC channel ends this process holds, by id. */
  readonly ipc = new Map<number, IpcEndpoint>();
  private nextIpc = 1;
  readonly argv: string[];
  readonly env: Record<string, string>;
  cwd: string;
  uid: number;
  gid: number;
  umask: number;
  readonly fds: FdTable;
  readonly guest: GuestIsolate;
  readonly loop: EventLoop;
  readonly startedAt = performance.now();
  /** Signals with a guest listener: delivered as events instead of the default action. */
  readonly handledSignals = new Set<SignalName>();
  /** Read streams started with fs.readStream, by op id. */
  readonly streams = new Map<number, { handle: ReadStreamHandle; op: AsyncOp }>();
  /** Streams paused while the process's event queue is full (backlog.ts). */
  readonly throttle = new StreamThrottle(this);
  /** Cleanup to run when the task dies (close streams, cancel timers of its ops). */
  private readonly cleanups = new Set<() => void>();
  private nextOp = 1;
  private status: ExitStatus | undefined;
  private resolveExit!: (s: ExitStatus) => void;
  readonly exited: Promise<ExitStatus>;
  /** Called with every host-side failure worth logging (kernel bugs), tagged with the pid. */
  onHostError: (err: unknown) => void = () => {};

  constructor(init: TaskInit) {
    this.container = init.container;
    this.pid = init.pid;
    this.ppid = init.ppid;
    this.pgid = init.pgid ?? init.pid;
    this.argv = init.argv;
    this.env = init.env;
    this.cwd = init.cwd;
    this.uid = init.uid;
    this.gid = init.gid;
    this.umask = init.umask;
    this.fds = init.fds;
    this.guest = init.guest;
    this.exited = new Promise((resolve) => {
      this.resolveExit = resolve;
    });
    // V8 gave up on the isolate (a fatal out-of-memory isolated-vm caught): it is out of memory.
    this.guest.onLost = () => this.terminate(OOM_KILLED);
    const cgroup = this.container.cgroup;
    this.loop = new EventLoop({
      deliver: (ev) => this.guest.dispatch(ev),
      failed: (err) => this.dispatchFailed(err),
      ...(cgroup ? { admit: () => cgroup.admit() } : {}),
      after: () => this.afterTurn(),
      overrun: () => this.checkOverrun(),
      maxTurnMs: this.container.maxTurnMs,
    });
  }

  get alive(): boolean {
    return this.status === undefined;
  }

  get exitStatus(): ExitStatus | undefined {
    return this.status;
  }

  /** Binds the isolate to this process and queues its first turn, which boots the runtime and runs main. */
  start(info: BootInfo, handlers: Parameters<GuestIsolate['attach']>[0]): void {
    this.setWakeWord(this.guest.attach(handlers));
    this.loop.postNow({ t: 'main', boot: info });
  }

  post(ev: GuestEvent): void {
    if (this.alive) this.loop.post(ev);
  }

  /** Runs kernel work in the isolate as its own turn of this process's loop (module evaluation). */
  hostTurn(run: HostTurn): void {
    if (this.alive) this.loop.postHost(run);
  }

  /** Starts an async op; the guest gets its id now and a `done` event later. */
  beginOp(ref = true): AsyncOp {
    const id = this.nextOp++;
    let finished = false;
    let refd = ref;
    if (ref) this.loop.ref();
    const task = this;
    const forget = () => task.liveOps.delete(id);
    const op: AsyncOp = {
      id,
      get finished() {
        return finished;
      },
      done(err, value = null) {
        if (finished) return;
        finished = true;
        forget();
        if (refd) task.loop.unref();
        refd = false;
        if (task.blocking.delete(id)) {
          task.blockedResults.set(id, { err, value: err ? null : value });
          task.wake();
          return;
        }
        task.post({ t: 'done', id, err, value: err ? null : value });
      },
      data(chunk) {
        if (finished) return;
        if (chunk === null) {
          finished = true;
          forget();
          if (refd) task.loop.unref();
          refd = false;
        }
        task.post({ t: 'data', id, chunk });
        if (chunk === null) task.throttle.forget(id);
        else task.throttle.afterChunk(id);
      },
      setRef(next) {
        if (finished || next === refd) return;
        refd = next;
        if (next) task.loop.ref();
        else task.loop.unref();
      },
    };
    this.liveOps.set(id, op);
    return op;
  }

  /** Ops started and not finished, by id (for op.ref: unref'd handles, like a child's IPC channel). */
  readonly liveOps = new Map<number, AsyncOp>();

  private cpuSeenUs = 0;
  private turnSeenUs = 0;
  private systemSeenUs = 0;

  /**
   * Charges the cgroup for what was used since the last charge: the isolate's turn time scaled to
   * real CPU (cpu-calibration.ts) plus the host's time serving its syscalls.
   */
  private chargeCpu(): void {
    const turn = this.guest.cpuMicros();
    const system = this.guest.systemMicros;
    this.container.cgroup?.cpu.charge(realCpuUs(turn - this.turnSeenUs) + (system - this.systemSeenUs));
    this.turnSeenUs = turn;
    this.systemSeenUs = system;
    this.cpuSeenUs = turn + system;
  }
  /** Heap + external bytes at the end of the last turn. */
  memoryBytes = 0;

  /** The watchdog: kill when this turn has used more CPU than the slice (time blocked does not count). */
  private checkOverrun(): void {
    const slice = this.container.maxTurnMs;
    if (slice === undefined || !this.alive) return;
    // Real CPU, as the cgroup counts it: under load a turn's wall time runs ahead of its CPU time.
    const turn = (this.guest.cpuMicros() - this.turnSeenUs) * cpuCalibrationFactor();
    if (turn + this.guest.systemMicros - this.systemSeenUs >= slice * 1000 * 0.9) {
      this.terminate({ exitCode: 137, signal: 'SIGKILL', oomKilled: false, reason: 'cpu' });
    }
  }

  // ---- blocking waits: a guest turn that waits synchronously for an async op (spawnSync, blocking
  // reads). The guest sleeps in Atomics.wait on a shared word; the kernel bumps it when a result lands.
  private readonly blocking = new Set<number>();
  private readonly blockedResults = new Map<number, { err: WireError | null; value: unknown }>();
  private wakeWord: Int32Array | undefined;

  /** The shared word the guest sleeps on (given to the isolate at boot). */
  setWakeWord(word: Int32Array): void {
    this.wakeWord = word;
    this.container.vfs.generation.watch(word);
  }

  /** The guest will wait synchronously for op `id`: route its completion to the mailbox. */
  blockOn(id: number): void {
    const queued = this.loop.takeQueued((ev) => ev.t === 'done' && ev.id === id);
    if (queued && queued.t === 'done') {
      this.blockedResults.set(id, { err: queued.err, value: queued.value });
      this.wake();
      return;
    }
    this.blocking.add(id);
    this.loop.releaseSlot();
  }

  /** The result of a blocked op, once it has one (`undefined` while it is still running). */
  takeBlocked(id: number): { err: WireError | null; value: unknown } | undefined {
    const r = this.blockedResults.get(id);
    if (r) this.blockedResults.delete(id);
    return r;
  }

  private wake(): void {
    if (!this.wakeWord) return;
    Atomics.add(this.wakeWord, 0, 1);
    Atomics.notify(this.wakeWord, 0);
  }

  /** CPU time used since the last turn is charged to the cgroup; then the container checks memory. */
  private afterTurn(): void {
    if (!this.alive) return;
    // Sampled here, between this isolate's turns: asking a running isolate for heap statistics
    // would wait for its turn to end (and deadlock if that turn waits on us).
    const m = this.guest.memoryUsage();
    this.memoryBytes = m.heap + m.external;
    this.chargeCpu();
    this.throttle.afterTurn();
    this.container.afterTurn?.(this);
  }

  /**
   * The process is about to exit inside the turn right behind main (the maybeExit probe), before the
   * kernel's after-turn accounting has seen main: take the memory sample and the OOM check now (the
   * isolate is inside this very syscall, so asking it for heap statistics is a nested call, not a
   * wait). False when the container is over its memory limit: then the quick exit is skipped and the
   * after-turn check kills the process as it would have.
   */
  accountBeforeQuickExit(): boolean {
    const m = this.guest.memoryUsage();
    this.memoryBytes = m.heap + m.external;
    return this.container.memoryWithinLimit?.() ?? true;
  }

  /** CPU time this process has used, µs. */
  get cpuMicros(): number {
    return this.alive ? this.usageMicros() : this.cpuSeenUs;
  }

  /**
   * CPU used on this process's behalf, µs: its isolate's thread time (user) plus the host's time
   * serving its syscalls (system), as a Linux cgroup charges both.
   */
  private usageMicros(): number {
    return this.guest.cpuMicros() + this.guest.systemMicros;
  }

  /** Adds an IPC end to this process's table; returns its id. */
  addIpc(end: IpcEndpoint): number {
    const id = this.nextIpc++;
    this.ipc.set(id, end);
    return id;
  }

  /** Registers cleanup to run at death; returns a function that unregisters it. */
  onDeath(fn: () => void): () => void {
    this.cleanups.add(fn);
    return () => this.cleanups.delete(fn);
  }

  /** A fatal signal that arrived while stopped: it takes effect at SIGCONT, as on Linux. */
  private pendingFatal: SignalName | undefined;

  /** Stopped by SIGSTOP/SIGTSTP/SIGTTIN/SIGTTOU (job control) and not continued yet. */
  get stopped(): boolean {
    return this.loop.isPaused;
  }

  /**
   * Delivers a signal: to a guest listener, or the default action (terminate, ignore, stop or
   * continue). A stopped process gets no events until SIGCONT; only SIGKILL ends it meanwhile.
   */
  signal(sig: SignalName): void {
    if (!this.alive) return;
    if (sig === 'SIGKILL') {
      this.terminate({ exitCode: 128 + SIGNALS[sig], signal: sig, oomKilled: false, reason: 'signal' });
      return;
    }
    if (sig === 'SIGSTOP' || (STOP_SIGNALS.has(sig) && !this.handledSignals.has(sig))) {
      if (this.stopped) return;
      this.loop.pause();
      this.container.childChanged?.(this);
      return;
    }
    if (sig === 'SIGCONT') {
      const wasStopped = this.stopped;
      this.loop.resume();
      if (wasStopped) this.container.childChanged?.(this);
      const fatal = this.pendingFatal;
      this.pendingFatal = undefined;
      if (fatal) {
        this.terminate({ exitCode: 128 + SIGNALS[fatal], signal: fatal, oomKilled: false, reason: 'signal' });
        return;
      }
    }
    // A terminal resize always reaches the runtime: it refreshes stdout's size (and emits 'resize')
    // before any listener runs; with no listener, nothing else happens, as SIGWINCH's default is ignore.
    if (this.handledSignals.has(sig) || sig === 'SIGWINCH') {
      this.post({ t: 'signal', sig });
      return;
    }
    if (DEFAULT_IGNORED.has(sig)) return;
    if (this.stopped) {
      this.pendingFatal ??= sig;
      return;
    }
    this.terminate({ exitCode: 128 + SIGNALS[sig], signal: sig, oomKilled: false, reason: 'signal' });
  }

  /**
   * The guest asked to exit (process.exit or the end of its loop), inside this syscall. The process
   * ends now (its status is out before the syscall returns); its isolate, where the guest sleeps once
   * the call returns, is torn down on the next macrotask, off the path of whoever waits for the exit.
   */
  exit(code: number, signal: SignalName | null = null): void {
    const exitCode = signal ? 128 + SIGNALS[signal] : code & 0xff;
    this.terminate({ exitCode, signal, oomKilled: false, reason: signal ? 'signal' : 'exited' }, 'call');
  }

  /**
   * The guest found its loop empty and exits quietly (proc.exitIfIdle): the process ends now, and its
   * isolate is freed once the guest has returned from the turn it is in, which it does at once. No
   * execution is cut short, and the guest saves the crossing an exit syscall would cost.
   */
  exitAfterTurn(code: number): void {
    this.terminate({ exitCode: code & 0xff, signal: null, oomKilled: false, reason: 'exited' }, 'turn');
  }

  /**
   * Ends the process now, wherever its code is, and releases everything it held. `from`: 'call' when
   * the guest is inside its exit syscall (the isolate is disposed once that call has returned), 'turn'
   * when it is about to return from its turn (disposed once the turn settles); the last CPU is charged
   * then.
   */
  terminate(status: ExitStatus, from?: 'call' | 'turn'): void {
    if (this.status) return;
    this.status = status;
    this.loop.stop();
    if (!this.guest.isDisposed) this.chargeCpu();
    const chargeLast = (): void => {
      if (!this.guest.isDisposed) this.chargeCpu();
    };
    if (from === 'call') this.guest.disposeSoon(chargeLast);
    else if (from === 'turn') this.guest.disposeAfterTurn(chargeLast);
    else this.guest.dispose();
    for (const fn of this.cleanups) {
      try {
        fn();
      } catch (err) {
        this.onHostError(err);
      }
    }
    this.cleanups.clear();
    for (const { handle } of this.streams.values()) handle.close();
    this.streams.clear();
    for (const end of this.ipc.values()) end.close();
    this.ipc.clear();
    this.fds.closeAll();
    this.resolveExit(status);
  }

  private dispatchFailed(err: unknown): void {
    if (!this.alive) return;
    const message = err instanceof Error ? err.message : '';
    // The kernel disposes an isolate only through terminate(), which records the status first; an
    // isolate that died under us was disposed by isolated-vm, whose only reason is the memory limit.
    if (/^Isolate (was|is) disposed/.test(message) || this.guest.isDisposed) {
      this.terminate(OOM_KILLED);
      return;
    }
    // isolated-vm reports a promise rejected with no handler by failing the turn with its reason.
    this.post({ t: 'unhandledRejection', reason: describeReason(err) });
  }
}

/** A rejection reason as data: isolated-vm hands us a copy, the guest rebuilds an equivalent value. */
function describeReason(err: unknown): RejectionReason {
  if (err instanceof Error) {
    return { kind: 'error', name: err.name, message: err.message, stack: String(err.stack ?? '') };
  }
  if (err === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof err))
    return { kind: 'value', value: err };
  return { kind: 'value', value: String(err) };
}
