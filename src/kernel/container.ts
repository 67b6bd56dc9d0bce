// Host zone: a Container: its namespaces (mount: a VFS; pid: its process table; uts: hostname), its
// stdio, and the lifecycle rule that when PID 1 exits the container stops and the rest are killed.

import { EventEmitter } from 'node:events';
import { totalmem } from 'node:os';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { SIGNALS, type SignalName } from '../abi/signals.js';
import type { BootInfo } from '../abi/wire.js';
import { Cgroup, type ContainerStats } from '../cgroup/cgroup.js';
import type { Scheduler } from '../cgroup/scheduler.js';
import { statsStream } from '../cgroup/stats-stream.js';
import { FdTable } from '../fs/fd-table.js';
import { OverlayFs } from '../fs/overlay/overlay.js';
import type { ProcInfo, ProcView } from '../fs/procfs/view.js';
import { setupNamespace } from '../fs/setup.js';
import { ReadableStreamFile, TerminalFile, WritableStreamFile } from '../fs/stream-file.js';
import type { OpenFile } from '../fs/types.js';
import type { Vfs } from '../fs/vfs.js';
import type { ImageStore, ResolvedImage } from '../image/index.js';
import type { NetNamespace } from '../net/network.js';
import type { PortMapping } from '../net/publish.js';
import type { NetSwitch } from '../net/switch.js';
import type { GuestIsolate } from '../platform/isolate.js';
import type { IpcEndpoint } from '../proc/ipc.js';
import { monotonicMs } from './clock.js';
import { fail } from './errno.js';
import { ExecError, resolveExec } from './exec.js';
import { type ExecOptions, type ExecProcess, execIn } from './exec-session.js';
import { type CommitOptions, commitContainer, containerLayerTar, exportContainer } from './image-commit.js';
import { joinNetwork, type PlugSpec, portsToPublish, publish } from './net-setup.js';
import { PidNamespace, type ProcessInfo } from './pid-namespace.js';
import type { ContainerSpec } from './spec.js';
import { prepareMainModule } from './syscalls/module.js';
import { doorFor } from './syscalls/table.js';
import { type ExitStatus, OOM_KILLED, Task, type TaskHost, TIMED_OUT } from './task.js';
import type { Credentials } from './users.js';

/** What a container needs from its kernel. */
export interface ContainerRuntime {
  /** The kernel-wide dispatch scheduler (one slot per core). */
  scheduler: Scheduler;
  /** An isolate with the runtime loaded (from the warm pool when it has one). */
  takeIsolate(memoryLimitMb: number | undefined): GuestIsolate;
  nodeVersion: string;
  log(containerId: string, err: unknown): void;
  /** The kernel's virtual switch (networks, DNS, routing). */
  netSwitch: NetSwitch;
}

/** The image-derived defaults a container starts from (Cmd, Entrypoint, Env, WorkingDir). */
export interface ContainerConfig {
  cmd: string[];
  env: Record<string, string>;
  workdir: string;
  creds: Credentials;
}

/** The image a container was created from, and its root overlay (absent for `rootfs` containers). */
export interface ContainerImage {
  store: ImageStore;
  resolved: ResolvedImage;
  overlay: OverlayFs;
}

export type ContainerState = 'created' | 'running' | 'exited';

export type { ProcessInfo };

export interface SpawnOptions {
  argv: string[];
  /** What the process sees as the argv[0] it was started with (spawn's argv0); default argv[0]. */
  argv0?: string;
  /** Process group: the parent's unless the child starts a new one (detached). */
  pgid?: number;
  /** The child's end of an IPC channel (fork). */
  ipc?: IpcEndpoint;
  env: Record<string, string>;
  cwd: string;
  uid: number;
  gid: number;
  umask?: number;
  ppid: number;
  fds: FdTable;
}

export class Container extends EventEmitter implements TaskHost, ProcView {
  readonly id: string;
  readonly name: string;
  readonly hostname: string;
  readonly spec: ContainerSpec;
  readonly vfs: Vfs;
  /** Write to the container's PID 1 stdin (ended: EOF). */
  readonly stdin: Writable;
  readonly stdout: Readable;
  readonly stderr: Readable;
  private readonly stdinPipe = new PassThrough();
  private readonly stdoutPipe = new PassThrough();
  private readonly stderrPipe = new PassThrough();
  private _state: ContainerState = 'created';
  private status: ExitStatus | undefined;
  private readonly exitPromise: Promise<ExitStatus>;
  private resolveExit!: (s: ExitStatus) => void;
  private rawModeHook: ((on: boolean) => void) | undefined;
  readonly cgroup: Cgroup;
  readonly maxTurnMs: number | undefined;
  private timeoutTimer: NodeJS.Timeout | undefined;
  private timedOut = false;
  /** The program image of each pid, for /proc/<pid>/exe. */
  private readonly createdAt = performance.now();
  /** The pid namespace: the process table, zombies, /proc's view of it. */
  private readonly procs = new PidNamespace(this.createdAt);
  /** Releases what the mount namespace holds on the host (bind root fds); idempotent. */
  readonly releaseMounts: () => void;
  /** The network namespace while running (its address, listeners) and the switch it is plugged into. */
  net: { ns: NetNamespace; sw: NetSwitch } | undefined;
  private unpublish: (() => void) | undefined;
  /** Host ports actually bound for `spec.ports` (hostPort 0 resolves to the port the host chose). */
  publishedPorts: (PortMapping & { hostIp: string })[] = [];

  constructor(
    private readonly runtime: ContainerRuntime,
    init: {
      id: string;
      name: string;
      hostname: string;
      spec: ContainerSpec;
      vfs: Vfs;
      config: ContainerConfig;
      image?: ContainerImage;
    },
  ) {
    super();
    this.id = init.id;
    this.name = init.name;
    this.hostname = init.hostname;
    this.spec = init.spec;
    this.vfs = init.vfs;
    this.config = init.config;
    this.image = init.image;
    this.stdin = this.stdinPipe;
    this.stdout = this.stdoutPipe;
    this.stderr = this.stderrPipe;
    if (!init.spec.openStdin) this.stdinPipe.end();
    const tty = init.spec.tty === true;
    this.cgroup = new Cgroup(init.spec.limits ?? {}, runtime.scheduler);
    this.releaseMounts = setupNamespace(this.vfs, {
      quota: this.cgroup.storage,
      mounts: init.spec.mounts,
      readOnly: init.spec.readOnly,
      proc: this,
      ...(tty
        ? {
            tty: (flags: number) =>
              new TerminalFile(
                new ReadableStreamFile(this.stdinPipe, true),
                new WritableStreamFile(this.stdoutPipe, true),
                flags & 3,
              ),
          }
        : {}),
    });
    this.exitPromise = new Promise((resolve) => {
      this.resolveExit = resolve;
    });
    this.maxTurnMs = init.spec.limits?.sliceMs;
  }

  readonly config: ContainerConfig;
  /** The image this container runs (undefined for a `rootfs` container). */
  readonly image: ContainerImage | undefined;

  get codeCacheScope(): string | undefined {
    return this.image ? `image:${this.image.resolved.id}` : this.spec.rootfs && `rootfs:${this.spec.rootfs}`;
  }

  /** Its root filesystem, as now, as a flat tar (docker export). */
  export(): Promise<Uint8Array> {
    return exportContainer(this.rootOverlay());
  }

  /**
   * Its writable layer as a new image on top of its image (docker commit): whiteouts for what it
   * deleted, the rest as changed or added. `ref` names the new image (`name[:tag]`); omitted: untagged.
   */
  commit(ref?: string, options: CommitOptions = {}): Promise<ResolvedImage> {
    const image = this.image;
    if (!image) return Promise.reject(new Error(`container ${this.name} was not created from an image`));
    return commitContainer(image, this.mountPoints(), ref, options);
  }

  /** Its writable layer as a layer tar (what commit would store), without storing it. */
  layerTar(): Promise<Uint8Array> {
    return containerLayerTar(this.rootOverlay(), this.mountPoints());
  }

  private mountPoints(): string[] {
    return this.vfs.mounts
      .entries()
      .filter((m) => m.target.length > 0)
      .map((m) => `/${m.target.join('/')}`);
  }

  /** Its root overlay: an image's, or a `rootfs` directory's tree under the container's own layer. */
  private rootOverlay(): OverlayFs {
    if (this.image) return this.image.overlay;
    const root = this.vfs.mounts.at([])?.backend;
    if (root instanceof OverlayFs) return root;
    throw new Error(`container ${this.name} has no root overlay`);
  }

  get state(): ContainerState {
    return this._state;
  }

  /** Starts PID 1 (the image's or spec's entrypoint + cmd). Exec failures end the container (126/127). */
  async start(): Promise<void> {
    if (this._state !== 'created') throw new Error(`container ${this.name} is ${this._state}`);
    this._state = 'running';
    const timeout = this.spec.limits?.timeoutMs;
    if (timeout !== undefined) {
      this.timeoutTimer = setTimeout(() => this.expire(), timeout);
    }
    const plug = this.plugSpec();
    const ports = portsToPublish(plug);
    // Publishing binds host ports and may fail, and then no process may have run: it comes first.
    // With nothing to publish, PID 1 is dispatched first and the network is joined while it boots on
    // its own thread; its syscalls wait for this thread, so it never sees the container unplugged.
    if (ports.length > 0) await this.plugNetwork(plug, ports);
    const tty = this.spec.tty === true;
    const fds = new FdTable(this.spec.limits?.nofile);
    fds.install(new ReadableStreamFile(this.stdinPipe, tty), 0);
    fds.install(new WritableStreamFile(this.stdoutPipe, tty), 1);
    fds.install(new WritableStreamFile(tty ? this.stdoutPipe : this.stderrPipe, tty), 2);
    try {
      const task = this.spawn({
        argv: this.config.cmd,
        env: this.config.env,
        cwd: this.config.workdir,
        uid: this.config.creds.uid,
        gid: this.config.creds.gid,
        ppid: 0,
        fds,
      });
      void task.exited.then((s) => this.finish(s));
      if (ports.length === 0)
        this.net = { ns: joinNetwork(this.runtime.netSwitch, plug), sw: this.runtime.netSwitch };
    } catch (err) {
      if (err instanceof ExecError) {
        this.stderrPipe.write(`tsvirt: ${err.message}\n`);
        this.finish({ exitCode: err.exitCode, signal: null, oomKilled: false, reason: 'exec' });
        return;
      }
      this.finish({ exitCode: 125, signal: null, oomKilled: false, reason: 'error' });
      throw err;
    }
  }

  /** Creates a process in this container: resolves argv with execve rules and boots an isolate. */
  spawn(opts: SpawnOptions): Task {
    if (this._state !== 'running') fail('ESRCH');
    if (this.cgroup.pidsLimit !== undefined && this.procs.size >= this.cgroup.pidsLimit) fail('EAGAIN');
    const caller = { cwd: opts.cwd, uid: opts.uid, gid: opts.gid, umask: opts.umask ?? 0o022 };
    // execve resolves the path in the calling process: its /proc/self is the parent's.
    const program = resolveExec(
      this.vfs,
      opts.ppid > 0 ? { ...caller, pid: opts.ppid } : caller,
      opts.argv,
      opts.env,
    );
    const pid = this.procs.allocate();
    const guest = this.runtime.takeIsolate(this.cgroup.isolateHeapMb());
    const task = new Task({
      container: this,
      pid,
      ppid: opts.ppid,
      ...(opts.pgid !== undefined ? { pgid: opts.pgid } : {}),
      argv: opts.argv,
      env: opts.env,
      cwd: opts.cwd,
      uid: opts.uid,
      gid: opts.gid,
      umask: caller.umask,
      fds: opts.fds,
      guest,
    });
    const ipcId = opts.ipc ? task.addIpc(opts.ipc) : null;
    task.onHostError = (err) => this.runtime.log(this.id, err);
    this.procs.add(task, program.argv[0] ?? '/usr/bin/node');
    void task.exited.then((s) => {
      this.procs.remove(task, s);
      this.childChanged(task);
      if (s.oomKilled) {
        this.cgroup.memory.oomKills++;
        this.emit('oom', { pid });
      }
    });
    const tty = this.spec.tty === true;
    const size = this.terminalSize;
    const info: BootInfo = {
      pid,
      ppid: opts.ppid,
      argv: program.argv,
      argv0: opts.argv0 ?? opts.argv[0] ?? 'node',
      execPath: program.argv[0] ?? '/usr/bin/node',
      execArgv: program.execArgv,
      env: opts.env,
      cwd: opts.cwd,
      uid: opts.uid,
      gid: opts.gid,
      umask: caller.umask,
      hostname: this.hostname,
      tty: {
        stdin: tty && opts.fds.has(0) && opts.fds.get(0).kind === 'tty',
        stdout: tty && opts.fds.has(1) && opts.fds.get(1).kind === 'tty',
        stderr: tty && opts.fds.has(2) && opts.fds.get(2).kind === 'tty',
        columns: size.columns,
        rows: size.rows,
      },
      platform: 'linux',
      arch: process.arch,
      nodeVersion: this.runtime.nodeVersion,
      main: program.main,
      ipc: ipcId,
      startedAt: monotonicMs(),
    };
    prepareMainModule(task, info.main);
    task.start(info, doorFor(task));
    return task;
  }

  /** SIGCHLD to the parent when a child stops, continues or exits (ignored unless it listens). */
  childChanged(task: Task): void {
    const parent = this.procs.get(task.ppid);
    if (parent?.alive) parent.signal('SIGCHLD');
  }

  /** waitpid(2) for a child of `parent`: resolves with its exit status and reaps it (ECHILD if not a child). */
  waitChild(parent: Task, pid: number): Promise<ExitStatus> {
    return this.procs.waitChild(parent, pid);
  }

  /** A live process of this container by pid. */
  task(pid: number): Task | undefined {
    return this.procs.get(pid);
  }

  /** kill(2) inside this pid namespace: pid > 0 one process, 0 the caller's group, -1 all, < -1 group -pid. */
  killPid(pid: number, sig: SignalName | 0, from: Task): void {
    this.procs.kill(pid, sig, from);
  }

  /** Runs another process in this running container (docker exec). */
  exec(argv: string[], options: ExecOptions = {}): ExecProcess {
    return execIn(this, argv, options);
  }

  /** The `top` view: one row per live process, by pid. */
  processes(): ProcessInfo[] {
    return this.procs.processes();
  }

  // --- ProcView: this pid namespace as /proc shows it ---------------------------------------------

  pids(): number[] {
    return this.procs.pids();
  }

  proc(pid: number): ProcInfo | undefined {
    return this.procs.proc(pid);
  }

  fdFile(pid: number, fd: number): OpenFile | undefined {
    return this.procs.fdFile(pid, fd);
  }

  uptime(): number {
    return (performance.now() - this.createdAt) / 1000;
  }

  memory(): { total: number; used: number } {
    let used = 0;
    // Sampled figures, for the same reason as in proc().
    for (const t of this.procs.all()) used += t.memoryBytes;
    return { total: this.spec.limits?.memory ?? totalmem(), used };
  }

  /** Sends a signal to PID 1 (docker kill): SIGKILL by default. */
  kill(signal: SignalName | number = 'SIGKILL'): void {
    const name =
      typeof signal === 'number'
        ? (Object.keys(SIGNALS) as SignalName[]).find((k) => SIGNALS[k] === signal)
        : signal;
    if (!name || !Object.hasOwn(SIGNALS, name)) throw new TypeError(`invalid signal: ${String(signal)}`);
    const init = this.procs.get(1);
    if (init) init.signal(name);
  }

  /**
   * docker stop: the stop signal (SIGTERM unless the spec says otherwise), then SIGKILL after the
   * grace period (limits.stopTimeoutMs, default 10 s). Resolves with the exit status.
   */
  async stop(options: { signal?: SignalName; timeoutMs?: number } = {}): Promise<ExitStatus> {
    if (this._state !== 'running') return this.exitPromise;
    const grace = options.timeoutMs ?? this.spec.limits?.stopTimeoutMs ?? 10_000;
    this.kill(options.signal ?? 'SIGTERM');
    const timer = setTimeout(() => this.kill('SIGKILL'), grace);
    const status = await this.exitPromise;
    clearTimeout(timer);
    return status;
  }

  /** Resource usage now (CPU %, memory, pids, fs and net bytes), as `docker stats` shows it. */
  stats(): ContainerStats {
    const s = this.cgroup.stats({ pids: this.procs.size, heaps: this.procs.memorySamples() });
    const ns = this.net?.ns;
    if (ns)
      Object.assign(s.net, {
        connections: ns.connections,
        refused: ns.refused,
        egressDenied: ns.egressDenied,
      });
    return s;
  }

  /** The stats as a stream (docker stats): one now, one per `intervalMs` while running, one after exit. */
  statsStream(intervalMs = 1000): AsyncGenerator<ContainerStats> {
    return statsStream(this, intervalMs);
  }

  /** After every turn: memory accounting and, past the limit, the OOM killer. */
  memoryWithinLimit(): boolean {
    return this.cgroup.oomVictim(this.procs.memorySamples()) === undefined;
  }

  afterTurn(_task: Task): void {
    const victim = this.cgroup.oomVictim(this.procs.memorySamples());
    if (victim !== undefined) this.procs.get(victim)?.terminate(OOM_KILLED);
  }

  /** limits.timeoutMs ran out: stop (signal, SIGKILL after the stop timeout); 124 either way, as coreutils. */
  private expire(): void {
    this.timedOut = true;
    void this.stop();
  }

  /** Resolves when PID 1 has exited and every other process is gone. */
  wait(): Promise<ExitStatus> {
    return this.exitPromise;
  }

  get exitStatus(): ExitStatus | undefined {
    return this.status;
  }

  private resized: { columns: number; rows: number } | undefined;

  /** The size of the container's terminal (`ttySize`, 80×24, or the last resize). */
  get terminalSize(): { columns: number; rows: number } {
    return this.resized ?? this.spec.ttySize ?? { columns: 80, rows: 24 };
  }

  /** The terminal changed size (`docker resize`): processes see it and get SIGWINCH, as from a tty. */
  resize(columns: number, rows: number): void {
    const ok = (n: number) => Number.isInteger(n) && n >= 1 && n <= 10000;
    if (!ok(columns) || !ok(rows))
      throw new RangeError('resize: columns and rows must be integers from 1 to 10000');
    this.resized = { columns, rows };
    if (this.spec.tty !== true) return;
    for (const t of this.procs.all()) t.signal('SIGWINCH');
  }

  /** Lets a CLI with a real terminal follow the guest's setRawMode. */
  onRawMode(fn: (on: boolean) => void): void {
    this.rawModeHook = fn;
  }

  setRawMode(on: boolean): void {
    this.rawModeHook?.(on);
  }

  /** Joins the container's network and publishes its ports (a taken host port fails the start). */
  private plugSpec(): PlugSpec {
    return {
      spec: this.spec,
      hostname: this.hostname,
      name: this.name,
      vfs: this.vfs,
      exposed: Object.keys(this.image?.resolved.config.config?.ExposedPorts ?? {}),
      ...(this.cgroup.storage ? { quota: this.cgroup.storage } : {}),
    };
  }

  /** Joins the network and publishes `ports`; a failure ends the container (125) and is thrown. */
  private async plugNetwork(plug: PlugSpec, ports: PortMapping[]): Promise<void> {
    const sw = this.runtime.netSwitch;
    try {
      const p = await publish(sw, joinNetwork(sw, plug), ports);
      this.net = { ns: p.ns, sw };
      this.unpublish = p.unpublish;
      this.publishedPorts = p.publishedPorts;
    } catch (err) {
      this.finish({ exitCode: 125, signal: null, oomKilled: false, reason: 'error' });
      throw err;
    }
    // The container may have been killed while the host ports were being bound.
    if (this.status) this.unpublish?.();
  }

  private finish(ended: ExitStatus): void {
    if (this.status) return;
    const status: ExitStatus = this.timedOut ? TIMED_OUT : ended;
    this.status = status;
    this._state = 'exited';
    if (this.timeoutTimer) clearTimeout(this.timeoutTimer);
    for (const t of this.procs.clear()) {
      t.terminate({ exitCode: 137, signal: 'SIGKILL', oomKilled: false, reason: 'signal' });
    }
    this.unpublish?.();
    if (this.net) this.net.sw.detach(this.net.ns);
    this.releaseMounts();
    this.stdoutPipe.end();
    this.stderrPipe.end();
    this.stdinPipe.destroy();
    this.resolveExit(status);
    this.emit('exit', status);
  }
}
