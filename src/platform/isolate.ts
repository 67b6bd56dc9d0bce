// Host zone (platform): one guest process's isolate. The only place (with runtime-image.ts) that
// touches isolated-vm. It installs the door (two ivm.Callbacks the runtime captures and hides at boot),
// dispatches events into the guest one macrotask at a time, and disposes the isolate on kill.

import ivm from 'isolated-vm';
import type { GuestEvent, LoopState, SyncReply } from '../abi/wire.js';
import { checkLoopState, crossDoor } from './door-crossing.js';
import {
  compileRuntime,
  compileRuntimeAsync,
  type RuntimeImage,
  refreshCodeCache,
  warmCodeCache,
} from './runtime-image.js';

/** The kernel's side of the door for one process. Handlers must return data and never throw. */
export interface DoorHandlers {
  sync(name: string, args: unknown): SyncReply;
  async(name: string, args: unknown): SyncReply;
}

/** An isolate's memory, in bytes: V8 heap in use, external (ArrayBuffer) memory, the heap limit. */
export interface MemorySample {
  heap: number;
  external: number;
  limit: number;
}

export interface IsolateOptions {
  /** V8 heap limit in MiB (isolated-vm's minimum is 8). */
  memoryLimitMb: number;
}

const COPY_IN = Object.freeze({
  arguments: Object.freeze({ copy: true }),
  result: Object.freeze({ copy: true }),
});

/**
 * Every isolate not yet disposed, so they can all be disposed when the host process exits.
 * process.exit() while a guest is busy making sync door calls can deadlock: the guest's thread waits
 * for the main thread to run the callback, and isolated-vm's teardown waits for the guest's thread.
 * Disposing first makes that rare, not impossible (a guest already inside a call still waits): the
 * sure way is `await kernel.close()` before exiting. Process-wide by nature: it mirrors the process.
 */
const live = new Set<GuestIsolate>();
let exitHookInstalled = false;
/** Turns still running in isolates already disposed: their threads are still winding down. */
const winding = new Set<Promise<void>>();

/** How long code evaluated ahead of the main turn may run (evalBeforeMain), ms. */
const BEFORE_MAIN_TIMEOUT_MS = 1000;

/** How long a guest that said it is returning from its turn (disposeAfterTurn) may take to do so, ms. */
const AFTER_TURN_GRACE_MS = 50;

/** An exited isolate is freed once no guest turn has run for this long (ms), or after the longest wait. */
const DISPOSE_IDLE_MS = 2;
const DISPOSE_MAX_WAIT_MS = 50;

/** Resolves once no guest turn has run for `idleMs`, or after `maxWaitMs` at the latest. */
function idleMoment(idleMs: number, maxWaitMs: number): Promise<void> {
  const since = performance.now();
  return new Promise((resolve) => {
    const attempt = (): void => {
      if (turnsIdleFor(idleMs) || performance.now() - since >= maxWaitMs) resolve();
      else setTimeout(attempt, idleMs);
    };
    attempt();
  });
}

/** Isolates whose disposal is scheduled (disposeSoon) and not done yet. */
const disposing = new Set<Promise<void>>();

/**
 * Resolves when every disposed isolate's last turn has settled, i.e. their threads have let go. Exiting
 * the process before that can hang isolated-vm's teardown; Kernel.close awaits this.
 */
export async function drainDisposed(): Promise<void> {
  while (disposing.size > 0 || winding.size > 0) await Promise.all([...disposing, ...winding]);
  // A turn settles before its thread drops the isolate, which is then destroyed on that pool thread
  // (also when isolated-vm itself disposed it at the memory limit). A process.exit() during that
  // destruction crashes (SIGSEGV in ~IsolateEnvironment while exit() runs static destructors), so
  // give the threads a moment after the last disposal.
  const wait = lastDisposeAt + DESTROY_SETTLE_MS - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}

/** Guest turns running now, in every isolate of this process, and when the last one ended. */
let turnsInFlight = 0;
let lastTurnEndedAt = Number.NEGATIVE_INFINITY;

/**
 * Whether no guest turn has run (or process been attached) in this host process for `ms`
 * milliseconds: background work that needs the host's thread (filling the warm pool) waits for such
 * a gap, so it does not delay a process that is starting or running.
 */
export function turnsIdleFor(ms: number): boolean {
  return turnsInFlight === 0 && performance.now() - lastTurnEndedAt >= ms;
}

/** When an isolate was last disposed (performance.now()), by the kernel or by isolated-vm. */
let lastDisposeAt = Number.NEGATIVE_INFINITY;

function noop(): void {}

/** A promise and the function that resolves it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = noop;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** How long drainDisposed lets pool threads finish destroying isolates whose last turn settled. */
const DESTROY_SETTLE_MS = 100;

function disposeAllAtExit(): void {
  for (const guest of live) guest.dispose();
  if (quarantined > 0) {
    // A quarantined isolate's thread never ends, and both Node's environment teardown and
    // isolated-vm's thread-pool destructor wait for it: the process would hang forever. Output has
    // been written (stdout and stderr are synchronous for files, pipes and terminals on Linux), so
    // end the process now. The status is SIGKILL (137 in a shell), the code of the OOM kill that
    // led here.
    process.kill(process.pid, 'SIGKILL');
  }
}

/**
 * Isolates V8 gave up on (a fatal out-of-memory inside the isolate). isolated-vm parks the isolate's
 * thread for good instead of aborting the host, provided the isolate has an `onCatastrophicError`
 * handler; the isolate must then never be touched again (disposing it would wait on that thread), so
 * it is only counted here. Each one holds its heap and a thread until the host process ends: a
 * kernel shard that collects many should be recycled.
 */
let quarantined = 0;

/** How many isolates were quarantined after a fatal out-of-memory error in this process. */
export function quarantinedIsolates(): number {
  return quarantined;
}

function newIsolate(opts: IsolateOptions, onCatastrophe: (message: string) => void): ivm.Isolate {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', disposeAllAtExit);
  }
  return new ivm.Isolate({
    memoryLimit: Math.max(8, Math.floor(opts.memoryLimitMb)),
    // Without a handler, V8's fatal OOM in any isolate aborts the whole host process.
    onCatastrophicError: onCatastrophe,
  });
}

/**
 * An isolate with the runtime loaded but no process booted: what the warm pool keeps ready.
 * `attach` binds it to a process (its door handlers and boot info) exactly once.
 */
export class GuestIsolate {
  readonly isolate: ivm.Isolate;
  /** The isolate's one context (set while the runtime loads). */
  private context!: ivm.Context;
  private handlers: DoorHandlers | undefined;
  private dispatchRef: ivm.Reference<(ev: GuestEvent) => LoopState> | undefined;
  private esmHooksRef: ivm.Reference<Record<string, unknown>> | undefined;
  /** The runtime's compile slot (script-origin.ts), a guest object only the runtime's closure holds. */
  private compileSlotRef: ivm.Reference<Record<string, unknown>> | undefined;
  private disposed = false;
  /** V8 lost control of the isolate (fatal OOM): its thread is parked; never touch it again. */
  private lost = false;
  /** Told once when the isolate is lost (the task ends the process as OOM-killed). */
  onLost: ((message: string) => void) | undefined;
  /** The guest turn running on the thread pool, if any: disposal is finished only when it settles. */
  private inflight: Promise<unknown> | undefined;

  /** Resolved when the isolate is lost (quarantined). */
  private readonly lostSignal = signal();

  private constructor(
    isolate: ivm.Isolate,
    private readonly image: RuntimeImage,
  ) {
    this.isolate = isolate;
    live.add(this);
  }

  /** Creates the isolate, installs the door and runs the runtime bundle (no user code runs yet). */
  static create(image: RuntimeImage, opts: IsolateOptions, onHostError: (e: unknown) => void): GuestIsolate {
    let guest: GuestIsolate | undefined;
    const isolate = newIsolate(opts, (m) => guest?.catastrophe(m));
    try {
      guest = new GuestIsolate(isolate, image);
      guest.context = isolate.createContextSync();
      guest.installDoor(onHostError);
      compileRuntime(isolate, image).runSync(guest.context);
      guest.takeEntryPoints();
      // Only the runtime has run here (no process is attached yet), so the cache holds nothing of a guest.
      warmCodeCache(isolate, image);
      guest.memoryUsage();
      return guest;
    } catch (err) {
      live.delete(guest as GuestIsolate);
      isolate.dispose();
      throw err;
    }
  }

  /**
   * Creates the isolate and its context now (isolated-vm does both on the calling thread, ~2.6 ms) and
   * loads the runtime in it in the background, on isolated-vm's thread pool: compiling the bundle from
   * the code cache and evaluating it take the kernel's thread next to nothing. The isolate can be
   * attached at once; its first turn waits for the load. A failed load fails that turn.
   */
  static createDeferred(
    image: RuntimeImage,
    opts: IsolateOptions,
    onHostError: (e: unknown) => void,
    { warmUp = false }: { warmUp?: boolean } = {},
  ): GuestIsolate {
    let guest: GuestIsolate | undefined;
    const isolate = newIsolate(opts, (m) => guest?.catastrophe(m));
    guest = new GuestIsolate(isolate, image);
    const loading = guest.load(onHostError, warmUp);
    guest.loading = loading;
    guest.inflight = loading;
    void loading.then(
      () => {
        if (guest.inflight === loading) guest.inflight = undefined;
        guest.loading = undefined;
      },
      () => {
        if (guest.inflight === loading) guest.inflight = undefined;
      },
    );
    return guest;
  }

  /** The runtime's load, while it is in progress (createDeferred). */
  private loading: Promise<void> | undefined;

  /** Resolves once the runtime is loaded (at once when it is); rejects when the load failed. */
  ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  private async load(onHostError: (e: unknown) => void, warmUp: boolean): Promise<void> {
    // The context is made here, synchronously (~0.6 ms of this thread): isolated-vm's async
    // createContext finishes on this thread too, and while the kernel is busy building the process's
    // root filesystem that completion waited, delaying the runtime's compilation by 1-2 ms.
    this.context = this.isolate.createContextSync();
    this.installDoor(onHostError);
    await (await compileRuntimeAsync(this.isolate, this.image)).run(this.context);
    this.takeEntryPoints();
    warmCodeCache(this.isolate, this.image);
    // A first memory reading for the process's first turn (no guest code has run: no queue to drain).
    const s = await this.isolate.getHeapStatistics();
    this.lastSample = {
      heap: s.used_heap_size,
      external: s.externally_allocated_size,
      limit: s.heap_size_limit,
    };
    // The first call into an isolate costs ~0.3 ms more than later ones (measured with the runtime
    // loaded: ~0.5 ms against ~0.16 ms after an idle pause); for a pooled isolate a no-op turn pays
    // that in the background instead of a process's first turn. Before boot, maybeExit only reports
    // the (empty) loop state.
    if (warmUp) await this.dispatchRef?.apply(undefined, [{ t: 'maybeExit' }], COPY_IN);
  }

  /**
   * Takes the runtime's dispatcher and ES-module hooks out of the global scope, where the bundle left
   * them, before any guest code runs. They are held here as References (host side only); the hooks
   * reach guest code solely through modules the host compiles (platform/modules.ts).
   */
  private takeEntryPoints(): void {
    const global = this.context.global;
    const dispatch = global.getSync('__tsvirt_dispatch', { reference: true }) as ivm.Reference<
      (ev: GuestEvent) => LoopState
    >;
    if (dispatch.typeof !== 'function') throw new Error('the runtime bundle exposes no dispatcher');
    this.dispatchRef = dispatch;
    const hooks = global.getSync('__tsvirt_esm', { reference: true }) as ivm.Reference<
      Record<string, unknown>
    >;
    if (hooks.typeof === 'object') {
      this.esmHooksRef = hooks;
      // Taken now, with the runtime loaded (in the pool for a warm isolate), not in the main module's
      // require: each host call into the isolate from inside a syscall costs tens of µs.
      const slot = hooks.getSync('slot', { reference: true }) as ivm.Reference<Record<string, unknown>>;
      if (slot.typeof === 'object') this.compileSlotRef = slot;
      else slot.release();
    } else hooks.release();
    global.deleteSync('__tsvirt_dispatch');
    global.deleteSync('__tsvirt_esm');
  }

  /**
   * The door: two functions, arguments and results structured-cloned by isolated-vm. The runtime
   * captures them in its bootstrap closure and deletes these globals before any user code runs.
   */
  private installDoor(onHostError: (e: unknown) => void): void {
    // The host's time inside each crossing is the process's system time: CPU the kernel spends on
    // its behalf while its own turn waits (a loop of syscalls burns little isolate time).
    const timed = (kind: 'sync' | 'async', name: unknown, args: unknown): SyncReply => {
      const t0 = performance.now();
      try {
        return crossDoor(this.handlers, kind, name, args, onHostError);
      } finally {
        this.systemUs += (performance.now() - t0) * 1000;
      }
    };
    const doorSync = (name: unknown, args: unknown): SyncReply => timed('sync', name, args);
    const doorStart = (name: unknown, args: unknown): SyncReply => timed('async', name, args);
    this.context.global.setSync('__tsvirt_sync', new ivm.Callback(doorSync));
    this.context.global.setSync('__tsvirt_async', new ivm.Callback(doorStart));
    // The wake word: the guest sleeps on it (Atomics.wait) during a blocking syscall and the kernel
    // bumps it (Atomics.notify) when the result is ready. The host only ever writes it.
    this.context.global.setSync(
      '__tsvirt_wake',
      new ivm.ExternalCopy(this.wake.buffer).copyInto({ release: true }),
    );
  }

  /** The shared word of `installDoor`, host side. */
  // Bytes 0-3: the wake word; 8-15: the container's fs generation (fs/generation.ts).
  private readonly wake = new Int32Array(new SharedArrayBuffer(16));

  /**
   * Binds the isolate to one process: its syscalls go to `handlers` from now on. The process boots
   * in its first turn (the `main` event carries its BootInfo), on isolated-vm's thread pool like any
   * other turn, so attaching costs the kernel's thread nothing. Returns the wake word.
   */
  attach(handlers: DoorHandlers): Int32Array {
    if (this.handlers) throw new Error('isolate already attached');
    if (!this.dispatchRef && !this.loading) throw new Error('isolate has no runtime');
    this.handlers = handlers;
    // Its first turn is about to be queued: that counts as activity for turnsIdleFor.
    lastTurnEndedAt = performance.now();
    return this.wake;
  }

  /** What the module loader needs to compile and link modules in this isolate (host side only). */
  moduleHost(): {
    isolate: ivm.Isolate;
    context: ivm.Context;
    hooks: ivm.Reference<Record<string, unknown>>;
    slot: ivm.Reference<Record<string, unknown>> | undefined;
  } {
    if (this.disposed || !this.esmHooksRef) throw new Error('isolate is not running');
    return {
      isolate: this.isolate,
      context: this.context,
      hooks: this.esmHooksRef,
      slot: this.compileSlotRef,
    };
  }

  /** Runs one event in the guest, on isolated-vm's thread pool, and returns the guest's loop state. */
  async dispatch(ev: GuestEvent): Promise<LoopState> {
    if (this.loading) {
      try {
        await this.loading;
      } catch (err) {
        // Disposed, so the task ends the process instead of retrying a turn that cannot run.
        this.dispose();
        throw err;
      }
    }
    const ref = this.dispatchRef;
    if (!ref || this.disposed) throw new Error('isolate is not running');
    if (ev.t === 'main') this.runBeforeMain();
    const turn = ref.apply(undefined, [ev], COPY_IN);
    // The code cache is refreshed once both have settled (nothing else is queued then), so it also
    // holds what the probe compiled: the exit path (quietBeforeExit, exitIfIdle…). Taken between main
    // and the probe, it lacked those, and every later process compiled them lazily (~0.2 ms of its
    // isolate's CPU, measured with isolate.cpuTime).
    const refresh = ev.t === 'main' && !this.image.cacheFromProcess;
    const probe = ev.t === 'main' ? ref.apply(undefined, [{ t: 'maybeExit' }], COPY_IN) : undefined;
    if (ev.t === 'main') {
      // proc.idle answers true only once main has ended well: a main whose unhandled rejection
      // isolated-vm reports as the turn's failure must not be followed by a quiet exit 0.
      turn.then(() => {
        this.mainSettled = true;
      }, noop);
    }
    const both = probe ? Promise.allSettled([turn, probe]) : turn;
    this.inflight = both;
    turnsInFlight++;
    let state: LoopState;
    try {
      const first = await turn.finally(async () => {
        if (probe) await probe.catch(noop);
      });
      // The probe ran after main's microtasks: its loop state is the newer one.
      state = checkLoopState(probe ? await probe : first);
    } finally {
      turnsInFlight--;
      lastTurnEndedAt = performance.now();
      if (this.inflight === both) this.inflight = undefined;
    }
    // Between turns (the isolate is idle): the one moment its compiled runtime can be serialised.
    if (refresh && !this.isDisposed) refreshCodeCache(this.isolate, this.image);
    return state;
  }

  /** The process's first turn (`main`) has ended without failing. */
  mainSettled = false;

  /** Code to evaluate right before the `main` turn (evalBeforeMain). */
  private beforeMain: { code: string; filename: string; columnOffset: number } | undefined;

  /**
   * Evaluates `code` with its origin in this isolate's context right before the `main` turn, as a task
   * of the isolate's own thread queued ahead of that turn: the kernel's thread does not wait for it, and
   * code that spins is cut off after BEFORE_MAIN_TIMEOUT_MS. Its failures are the guest's to see: the
   * runtime, finding nothing it made, loads the module itself.
   */
  evalBeforeMain(code: string, origin: { filename: string; columnOffset: number }): void {
    this.beforeMain = { code, ...origin };
  }

  private runBeforeMain(): void {
    const b = this.beforeMain;
    if (!b) return;
    this.beforeMain = undefined;
    this.context.evalIgnored(b.code, {
      filename: b.filename,
      columnOffset: b.columnOffset,
      timeout: BEFORE_MAIN_TIMEOUT_MS,
    });
  }

  /**
   * V8 heap in use plus external (ArrayBuffer) memory, in bytes, read now. Only between turns: isolated-vm
   * ends the read with a microtask checkpoint, which inside a guest's syscall would run its queued
   * reactions in the middle of its code. Each reading is kept for `lastMemoryUsage`.
   */
  memoryUsage(): MemorySample {
    if (this.isDisposed) return { heap: 0, external: 0, limit: 0 };
    try {
      const s = this.isolate.getHeapStatisticsSync();
      this.lastSample = {
        heap: s.used_heap_size,
        external: s.externally_allocated_size,
        limit: s.heap_size_limit,
      };
      return this.lastSample;
    } catch {
      // isolated-vm disposed it (memory limit) between our check and the call.
      return { heap: 0, external: 0, limit: 0 };
    }
  }

  /**
   * The last reading of memoryUsage (taken after every turn, and once the runtime has loaded): what a
   * syscall answers, without a call into the isolate that would drain its microtask queue.
   */
  lastMemoryUsage(): MemorySample {
    return this.lastSample;
  }

  private lastSample: MemorySample = { heap: 0, external: 0, limit: 0 };

  private lastCpu = 0;
  private systemUs = 0;

  /** Host time spent serving this process's door crossings, in microseconds (its system time). */
  get systemMicros(): number {
    return Math.round(this.systemUs);
  }

  /**
   * Adds host time spent on this process's behalf off the door (work on libuv's thread pool, see
   * kernel/syscalls/pool.ts) to its system time.
   */
  chargeSystem(us: number): void {
    if (Number.isFinite(us) && us > 0) this.systemUs += us;
  }

  /** CPU time the isolate has used, in microseconds (the last reading once it is gone). */
  cpuMicros(): number {
    if (this.isDisposed) return this.lastCpu;
    try {
      // isolated-vm answers a read during a turn (its timer still running, which includes the moment
      // just after the turn's result reached us) with the *wall* time since the turn resumed, and
      // the thread's CPU time once the timer stops: under load the first is larger. Keeping the
      // reading monotonic makes such an early reading a charge in advance, not a double count.
      this.lastCpu = Math.max(this.lastCpu, Number(this.isolate.cpuTime / 1000n));
    } catch {
      // Disposed underneath us: keep the last reading.
    }
    return this.lastCpu;
  }

  get isDisposed(): boolean {
    return this.disposed || this.lost || this.isolate.isDisposed;
  }

  /** Whether V8 gave up on this isolate (see `quarantinedIsolates`). */
  get isLost(): boolean {
    return this.lost;
  }

  /** isolated-vm's catastrophic-error callback (runs on the host's thread). */
  private catastrophe(message: string): void {
    if (this.lost) return;
    this.lost = true;
    quarantined++;
    live.delete(this);
    this.lostSignal.resolve();
    this.onLost?.(message);
  }

  /**
   * Disposes the isolate on the next macrotask, after `before` (for a guest that is inside its own
   * exit syscall now, which must return first); drainDisposed waits for it.
   */
  disposeSoon(before: () => void): void {
    const done = new Promise<void>((resolve) =>
      setImmediate(() => {
        try {
          before();
        } finally {
          this.dispose();
          resolve();
        }
      }),
    );
    disposing.add(done);
    void done.then(() => disposing.delete(done));
  }

  /**
   * Disposes the isolate once the turn in flight has settled: the guest said it returns at once (a
   * quiet exit), so nothing is cut short. A guest that lies and keeps running is cut short after
   * AFTER_TURN_GRACE_MS, as dispose() would have done at once.
   */
  disposeAfterTurn(before: () => void): void {
    const turn = this.inflight;
    if (!turn) {
      this.disposeSoon(before);
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), AFTER_TURN_GRACE_MS);
    });
    const settled = turn.then(
      () => 'settled' as const,
      () => 'settled' as const,
    );
    const done = Promise.race([settled, late]).then(async (how) => {
      clearTimeout(timer);
      // Settled, the isolate holds no thread, and freeing it takes the kernel's thread ~0.4 ms: that
      // waits for a moment no process is starting or running, as the warm pool's refill does.
      if (how === 'settled') await idleMoment(DISPOSE_IDLE_MS, DISPOSE_MAX_WAIT_MS);
      try {
        before();
      } finally {
        this.dispose();
      }
    });
    disposing.add(done);
    void done.then(() => disposing.delete(done));
  }

  /** Ends the isolate wherever it is, even inside `while(true){}` (V8 TerminateExecution + free). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    live.delete(this);
    // A lost isolate's turn never settles and its thread holds the isolate: leave both alone.
    if (this.lost) return;
    lastDisposeAt = performance.now();
    const turn = this.inflight;
    if (turn) {
      // Killed mid-turn, the isolate may still hit V8's fatal OOM on its way out (a long last-resort
      // GC outlives TerminateExecution): then the turn never settles, and the quarantine ends the wait.
      const settled = Promise.race([turn.then(noop, noop), this.lostSignal.promise]);
      winding.add(settled);
      void settled.then(() => winding.delete(settled));
    }
    this.dispatchRef?.release();
    this.esmHooksRef?.release();
    this.compileSlotRef?.release();
    if (!this.isolate.isDisposed) this.isolate.dispose();
  }
}
