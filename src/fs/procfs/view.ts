// Host zone: what procfs may know of a pid namespace. The Container implements it, so procfs never
// reaches into Task internals, and a container's /proc only ever lists that container's processes.

import type { OpenFile } from '../types.js';

/** One process as /proc shows it. */
export interface ProcInfo {
  pid: number;
  ppid: number;
  argv: readonly string[];
  env: Readonly<Record<string, string>>;
  cwd: string;
  /** The program image (/proc/<pid>/exe). */
  exe: string;
  uid: number;
  gid: number;
  /** 'R' running, 'S' sleeping, 'Z' zombie (Linux's state letters). */
  state: 'R' | 'S' | 'T' | 'Z';
  /** Resident memory in bytes (V8 heap plus external). */
  memory: number;
  /** CPU time used, in ms. */
  cpuMs: number;
  /** When it started, in ms since the container started. */
  startMs: number;
  umask: number;
  /** Open fds with what each points at (a path, or a pipe/terminal description). */
  fds: ReadonlyArray<{ fd: number; target: string }>;
}

/** A pid namespace seen from /proc. */
export interface ProcView {
  /** Every live pid, ascending. */
  pids(): number[];
  proc(pid: number): ProcInfo | undefined;
  /** The open file behind `fd` of `pid`, for opening /proc/<pid>/fd/<fd> (magic link). */
  fdFile(pid: number, fd: number): OpenFile | undefined;
  /** Seconds since the container started. */
  uptime(): number;
  /** Memory limit and use of the container, in bytes, for /proc/meminfo. */
  memory(): { total: number; used: number };
  hostname: string;
}
