// Host zone: a container's pid namespace: its process table, the exit statuses waiting for a parent's
// wait() (zombies), kill(2)'s targets, and the table as `top` and /proc show it. The Container owns
// one and decides what happens to its processes; this module only keeps and reports them.

import type { SignalName } from '../abi/signals.js';
import type { ProcInfo } from '../fs/procfs/view.js';
import type { OpenFile } from '../fs/types.js';
import { fail } from './errno.js';
import type { ExitStatus, Task } from './task.js';

/** One row of `container.processes()`. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  uid: number;
  gid: number;
  /** CPU time used, µs. */
  cpuMicros: number;
  /** Heap + external bytes at the end of its last turn. */
  memoryBytes: number;
  command: string;
}

export class PidNamespace {
  private readonly tasks = new Map<number, Task>();
  private nextPid = 1;
  /** The program each process runs (/proc/<pid>/exe), by pid. */
  private readonly exes = new Map<number, string>();
  /** Exited children whose parent has not waited for them yet (zombies), by pid. */
  private readonly zombies = new Map<number, { ppid: number; status: ExitStatus }>();
  private readonly anonIds = new WeakMap<OpenFile, number>();
  private nextAnon = 1000;

  /** `createdAt`: the container's creation (performance.now()), what process start times count from. */
  constructor(private readonly createdAt: number) {}

  /** Live (not yet reaped) processes. */
  get size(): number {
    return this.tasks.size;
  }

  /** The pid the next process gets. */
  allocate(): number {
    return this.nextPid++;
  }

  add(task: Task, exe: string): void {
    this.tasks.set(task.pid, task);
    this.exes.set(task.pid, exe);
  }

  /**
   * Takes an exited process out of the table: its children go to PID 1, its own unreaped children are
   * forgotten, and its status waits for its parent's wait() (when the parent is still here).
   */
  remove(task: Task, status: ExitStatus): void {
    this.tasks.delete(task.pid);
    this.exes.delete(task.pid);
    for (const t of this.tasks.values()) if (t.ppid === task.pid) t.ppid = 1;
    for (const [pid, z] of this.zombies) if (z.ppid === task.pid) this.zombies.delete(pid);
    if (task.ppid !== 0 && this.tasks.has(task.ppid)) this.zombies.set(task.pid, { ppid: task.ppid, status });
  }

  /** Empties the table (the container is over), returning who was still in it. */
  clear(): Task[] {
    const left = [...this.tasks.values()];
    this.tasks.clear();
    return left;
  }

  get(pid: number): Task | undefined {
    return this.tasks.get(pid);
  }

  all(): IterableIterator<Task> {
    return this.tasks.values();
  }

  /** waitpid(2) for a child of `parent`: resolves with its exit status and reaps it (ECHILD if not a child). */
  waitChild(parent: Task, pid: number): Promise<ExitStatus> {
    const z = this.zombies.get(pid);
    if (z && z.ppid === parent.pid) {
      this.zombies.delete(pid);
      return Promise.resolve(z.status);
    }
    const t = this.tasks.get(pid);
    if (!t || t.ppid !== parent.pid) return fail('ECHILD');
    return t.exited.then((s) => {
      this.zombies.delete(pid);
      return s;
    });
  }

  /** kill(2) here: pid > 0 one process, 0 the caller's group, -1 all, < -1 group -pid; ESRCH if none. */
  kill(pid: number, sig: SignalName | 0, from: Task): void {
    const all = [...this.tasks.values()];
    let targets: Task[];
    if (pid > 0) targets = all.filter((t) => t.pid === pid);
    else if (pid === 0) targets = all.filter((t) => t.pgid === from.pgid);
    else if (pid === -1) targets = all.filter((t) => t.pid !== 1 || from.pid === 1);
    else targets = all.filter((t) => t.pgid === -pid);
    if (targets.length === 0) fail('ESRCH');
    if (sig === 0) return;
    for (const t of targets) t.signal(sig);
  }

  /** Heap samples of the live processes (after their last turns), for the memory cgroup. */
  memorySamples(): Array<{ pid: number; bytes: number }> {
    return [...this.tasks.values()].filter((t) => t.alive).map((t) => ({ pid: t.pid, bytes: t.memoryBytes }));
  }

  /** The `top` view: one row per live process, by pid. */
  processes(): ProcessInfo[] {
    return [...this.tasks.values()]
      .filter((t) => t.alive)
      .sort((a, b) => a.pid - b.pid)
      .map((t) => ({
        pid: t.pid,
        ppid: t.ppid,
        pgid: t.pgid,
        uid: t.uid,
        gid: t.gid,
        cpuMicros: t.cpuMicros,
        memoryBytes: t.memoryBytes,
        command: t.argv.join(' '),
      }));
  }

  pids(): number[] {
    return [...this.tasks.keys()].sort((a, b) => a - b);
  }

  /** What /proc/<pid>/ shows of a process. */
  proc(pid: number): ProcInfo | undefined {
    const t = this.tasks.get(pid);
    if (!t) return undefined;
    return {
      pid: t.pid,
      ppid: t.ppid,
      argv: t.argv,
      env: t.env,
      cwd: t.cwd,
      exe: this.exes.get(pid) ?? '/usr/bin/node',
      uid: t.uid,
      gid: t.gid,
      state: !t.alive ? 'Z' : t.stopped ? 'T' : 'S',
      // Sampled after its last turn: asking a busy isolate (one blocked in spawnSync, say, on the very
      // child reading this file) for heap statistics would wait for that turn and deadlock.
      memory: t.memoryBytes,
      cpuMs: t.cpuMicros / 1000,
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
}
