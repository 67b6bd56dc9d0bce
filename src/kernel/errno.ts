// Host zone: how kernel code raises an errno. Handlers throw `Errno`; the syscall table turns it into a
// WireError. Any other exception is a kernel bug: it is logged on the host and the guest sees EIO.

import type { ErrnoCode, WireError } from '../abi/errno.js';

export class Errno extends Error {
  readonly code: ErrnoCode;
  path: string | undefined;
  dest: string | undefined;

  constructor(code: ErrnoCode, path?: string, dest?: string) {
    // An errno is an expected outcome (every ENOENT of a module lookup), not a bug to trace: skipping
    // the stack capture makes raising one several times cheaper.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(code);
    Error.stackTraceLimit = limit;
    this.code = code;
    this.path = path;
    this.dest = dest;
  }

  /** The error as it crosses the door, for syscall `syscall`. */
  toWire(syscall: string): WireError {
    const w: WireError = { code: this.code, syscall };
    if (this.path !== undefined) w.path = this.path;
    if (this.dest !== undefined) w.dest = this.dest;
    return w;
  }
}

/** Throws an errno (a shorthand for handlers' guard clauses). */
export function fail(code: ErrnoCode, path?: string, dest?: string): never {
  throw new Errno(code, path, dest);
}

export function isErrno(e: unknown, code?: ErrnoCode): e is Errno {
  return e instanceof Errno && (code === undefined || e.code === code);
}
