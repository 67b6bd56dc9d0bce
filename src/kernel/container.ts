// Host zone: a Container: its namespaces (mount: a VFS; pid: its process table; uts: hostname), its
// stdio, and the lifecycle rule that when PID 1 exits the container stops and the rest are killed.

import { EventEmitter } from 'node:events';
import { totalmem } from 'node:os';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { SIGNALS, type SignalName } from '../abi/signals.js';
import type { BootInfo } from '../abi/wire.js';
import { FdTable } from '../fs/fd-table.js';
import type { ProcInfo, ProcView } from '../fs/procfs/view.js';
import { setupNamespace } from '../fs/setup.js';
import { ReadableStreamFile, TerminalFile, WritableStreamFile } from '../fs/stream-file.js';
import type { OpenFile } from '../fs/types.js';
import type { Vfs } from '../fs/vfs.js';
import type { GuestIsolate } from '../platform/isolate.js';
import { fail } from './errno.js';
import { ExecError, resolveExec } from './exec.js';
import type { ContainerSpec } from './spec.js';
import { doorFor } from './syscalls/table.js';
import { type ExitStatus, Task, type TaskHost } from './task.js';
import type { Credentials } from './users.js';

/** What a container needs from its kernel. */
export interface ContainerRuntime {
  /** An isolate with the runtime loaded (from the warm pool when it has one). */
  takeIsolate(memoryLimitMb: number | undefined): GuestIsolate;
  nodeVersion: string;
  log(containerId: string, err: unknown): void;
}

/** The image-derived defaults a container starts from (Cmd, Entrypoint, Env, WorkingDir). */
export interface ContainerConfig {
  cmd: string[];
  env: Record<string, string>;
  workdir: string;
  creds: Credentials;
}

export type ContainerState = 'created' | 'running' | 'exited';

export interface SpawnOptions {
  argv: string[];
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
  private readonly tasks = new Map<number, Task>();
  private nextPid = 1;
  private _state: ContainerState = 'created';
  private status: ExitStatus | undefined;
  private readonly exitPromise: Promise<ExitStatus>;
  private resolveExit!: (s: ExitStatus) => void;
  private rawModeHook: ((on: boolean) => void) | undefined;
  /** The program image of each pid, for /proc/<pid>/exe. */
  private readonly exes = new Map<number, string>();
  private readonly createdAt = performance.now();
  private readonly anonIds = new WeakMap<OpenFile, number>();
  private nextAnon = 1000;
  /** Releases what the mount namespace holds on the host (bind root fds); idempotent. */
  readonly releaseMounts: () => void;

  constructor(
    private readonly runtime: ContainerRuntime,
    init: {
      id: string;
      name: string;
      hostname: string;
      spec: ContainerSpec;
      vfs: Vfs;
      config: ContainerConfig;
    },
  ) {
    super();
    this.id = init.id;
    this.name = init.name;
    this.hostname = init.hostname;
    this.spec = init.spec;
    this.vfs = init.vfs;
    this.config = init.config;
    this.stdin = this.stdinPipe;
    this.stdout = this.stdoutPipe;
    this.stderr = this.stderrPipe;
    if (!init.spec.openStdin) this.stdinPipe.end();
    const tty = init.spec.tty === true;
    this.releaseMounts = setupNamespace(this.vfs, {
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
  }

  readonly config: ContainerConfig;

  get state(): ContainerState {
    return this._state;
  }

  /** Starts PID 1 (the image's or spec's entrypoint + cmd). Exec failures end the container (126/127). */
  async start(): Promise<void> {
    if (this._state !== 'created') throw new Error(`container ${this.name} is ${this._state}`);
    this._state = 'running';
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
    const caller = { cwd: opts.cwd, uid: opts.uid, gid: opts.gid, umask: opts.umask ?? 0o022 };
    const program = resolveExec(this.vfs, caller, opts.argv, opts.env);
    const pid = this.nextPid++;
    const guest = this.runtime.takeIsolate(this.memoryLimitMb());
    const task = new Task({
      container: this,
      pid,
      ppid: opts.ppid,
      argv: opts.argv,
      env: opts.env,
      cwd: opts.cwd,
      uid: opts.uid,
      gid: opts.gid,
      umask: caller.umask,
      fds: opts.fds,
      guest,
    });
    task.onHostError = (err) => this.runtime.log(this.id, err);
    this.tasks.set(pid, task);
    this.exes.set(pid, program.argv[0] ?? '/usr/bin/node');
    void task.exited.then(() => {
      this.tasks.delete(pid);
      this.exes.delete(pid);
    });
    const tty = this.spec.tty === true;
    const size = this.spec.ttySize ?? { columns: 80, rows: 24 };
    const info: BootInfo = {
      pid,
      ppid: opts.ppid,
      argv: program.argv,
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
      startedAt: 0,
    };
    task.start(info, doorFor(task));
    return task;
  }

  /** The heap limit of each process: the container's memory limit, or the kernel default when unset. */
  private memoryLimitMb(): number | undefined {
    const bytes = this.spec.limits?.memory;
    return bytes ? Math.max(8, Math.floor(bytes / (1024 * 1024))) : undefined;
  }

  /** kill(2) inside this pid namespace. pid 0 / -1 signal every process of the container. */
  killPid(pid: number, sig: SignalName | 0, _from: Task): void {
    const targets =
      pid <= 0 ? [...this.tasks.values()] : [this.tasks.get(pid)].filter((t) => t !== undefined);
    if (targets.length === 0) fail('ESRCH');
    if (sig === 0) return;
    for (const t of targets) t.signal(sig);
  }

  /** The processes of this container, by pid. */
  processes(): Task[] {
    return [...this.tasks.values()].sort((a, b) => a.pid - b.pid);
  }

  // --- ProcView: this pid namespace as /proc shows it ---------------------------------------------

  pids(): number[] {
    return [...this.tasks.keys()].sort((a, b) => a - b);
  }

  proc(pid: number): ProcInfo | undefined {
    const t = this.tasks.get(pid);
    if (!t) return undefined;
    const mem = t.guest.memoryUsage();
    return {
      pid: t.pid,
      ppid: t.ppid,
      argv: t.argv,
      env: t.env,
      cwd: t.cwd,
      exe: this.exes.get(pid) ?? '/usr/bin/node',
      uid: t.uid,
      gid: t.gid,
      state: t.alive ? 'S' : 'Z',
      memory: mem.heap + mem.external,
      cpuMs: t.guest.cpuMicros() / 1000,
      startMs: Math.max(0, t.startedAt - this.createdAt),
      umask: t.umask,
      fds: t.fds.entries().map(([fd, f]) => ({ fd, target: this.describeFile(f) })),
    };
  }

  /** What /proc/<pid>/fd/N points at: the file's path, or a pipe/socket/terminal name as Linux prints it. */
  private describeFile(f: OpenFile): string {
    if (f.path) return f.path;
    if (f.kind === 'tty') return '/dev/pts/0';
    let id = this.anonIds.get(f);
    if (id === undefined) {
      id = this.nextAnon++;
      this.anonIds.set(f, id);
    }
    return f.kind === 'socket' ? `socket:[${id}]` : `pipe:[${id}]`;
  }

  fdFile(pid: number, fd: number): OpenFile | undefined {
    const t = this.tasks.get(pid);
    return t?.fds.has(fd) ? t.fds.get(fd) : undefined;
  }

  uptime(): number {
    return (performance.now() - this.createdAt) / 1000;
  }

  memory(): { total: number; used: number } {
    let used = 0;
    for (const t of this.tasks.values()) {
      const m = t.guest.memoryUsage();
      used += m.heap + m.external;
    }
    return { total: this.spec.limits?.memory ?? totalmem(), used };
  }

  /** Sends a signal to PID 1 (docker kill): SIGKILL by default. */
  kill(signal: SignalName | number = 'SIGKILL'): void {
    const name =
      typeof signal === 'number'
        ? (Object.keys(SIGNALS) as SignalName[]).find((k) => SIGNALS[k] === signal)
        : signal;
    if (!name || !Object.hasOwn(SIGNALS, name)) throw new TypeError(`invalid signal: ${String(signal)}`);
    const init = this.tasks.get(1);
    if (init) init.signal(name);
  }

  /** Resolves when PID 1 has exited and every other process is gone. */
  wait(): Promise<ExitStatus> {
    return this.exitPromise;
  }

  get exitStatus(): ExitStatus | undefined {
    return this.status;
  }

  /** Lets a CLI with a real terminal follow the guest's setRawMode. */
  onRawMode(fn: (on: boolean) => void): void {
    this.rawModeHook = fn;
  }

  setRawMode(on: boolean): void {
    this.rawModeHook?.(on);
  }

  private finish(status: ExitStatus): void {
    if (this.status) return;
    this.status = status;
    this._state = 'exited';
    for (const t of this.tasks.values()) {
      t.terminate({ exitCode: 137, signal: 'SIGKILL', oomKilled: false, reason: 'signal' });
    }
    this.tasks.clear();
    this.releaseMounts();
    this.stdoutPipe.end();
    this.stderrPipe.end();
    this.stdinPipe.destroy();
    this.resolveExit(status);
    this.emit('exit', status);
  }
}
