// ABI zone: the records that cross the door. Only plain data: strings, numbers, booleans,
// arrays and null-free records of those, and Uint8Array (copied, never shared).

import type { WireError } from './errno.js';

/** What the kernel hands the runtime once, when a process boots. */
export interface BootInfo {
  pid: number;
  ppid: number;
  argv: string[];
  /** The argv[0] the process was started with (process.argv0): the name it was run by, or spawn's argv0. */
  argv0: string;
  /** argv[0] as Node reports it in process.execPath. */
  execPath: string;
  execArgv: string[];
  env: Record<string, string>;
  cwd: string;
  uid: number;
  gid: number;
  umask: number;
  hostname: string;
  /** Which fds 0..2 are terminals, and the window size of the terminal. */
  tty: { stdin: boolean; stdout: boolean; stderr: boolean; columns: number; rows: number };
  platform: string;
  arch: string;
  nodeVersion: string;
  /** The program to run: a script path (CJS or ESM decided by the loader), or inline code for `-e`/`-p`. */
  main: { kind: 'file'; path: string } | { kind: 'eval'; code: string; print: boolean } | { kind: 'repl' };
  /** The IPC channel to the parent (fork), as an id for ipc.* syscalls; null when there is none. */
  ipc: number | null;
  /** Monotonic ms at boot (host performance.now() of the kernel) and wall-clock ms, for hrtime/uptime. */
  startedAt: number;
}

/** An event the kernel dispatches into a process: exactly one macrotask. */
export type GuestEvent =
  /** The process's first event: it boots from these facts and runs its main module, in one turn. */
  | { t: 'main'; boot: BootInfo }
  | { t: 'tick' }
  | { t: 'done'; id: number; err: WireError | null; value: unknown }
  | { t: 'data'; id: number; chunk: Uint8Array | null }
  | { t: 'signal'; sig: string }
  | { t: 'unhandledRejection'; reason: RejectionReason }
  | { t: 'beforeExit' }
  /**
   * Sent right behind `main`, so it runs on the isolate's thread as soon as main's microtasks have
   * drained: a program that left nothing to do (and has no 'beforeExit' listener) exits there, without
   * waiting for the kernel to notice and send `beforeExit`.
   */
  | { t: 'maybeExit' }
  | { t: 'exit' };

/** A promise rejection reason that escaped a turn, as isolated-vm reported it to the kernel (a copy). */
export type RejectionReason =
  | { kind: 'error'; name: string; message: string; stack: string }
  | { kind: 'value'; value: unknown };

/**
 * What the runtime reports after every dispatch: the part of the event loop only the guest knows.
 * `timer` is ms until the earliest referenced-or-not timer (-1 when none); `refs` counts the guest's
 * referenced timers and immediates; `ready` is true when a callback is due now (immediate, expired timer).
 */
export interface LoopState {
  refs: number;
  timer: number;
  ready: boolean;
}

/** The two door entries as the runtime sees them after bootstrap captured them. */
export interface Door {
  /** A syscall whose answer is needed now: returns the value or throws a WireError-shaped record. */
  sync(name: string, args: unknown): unknown;
  /** Starts an operation; its completion arrives later as a `done` (or `data`) event with the returned id. */
  async(name: string, args: unknown): number;
}

/** The answer of a sync syscall, as it crosses: `[null, value]` or `[error, null]`. */
export type SyncReply = [WireError, null] | [null, unknown];

/** Stat record as it crosses the door (times in ms since the epoch). */
export interface WireStat {
  dev: number;
  ino: number;
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  rdev: number;
  size: number;
  blksize: number;
  blocks: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  birthtimeMs: number;
}

/** A directory entry: name and type (the S_IFMT bits of its mode). */
export interface WireDirent {
  name: string;
  type: number;
}
