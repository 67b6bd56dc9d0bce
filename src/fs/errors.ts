// Host zone: filesystem errors that carry their own syscall name. Most fs errors take the name of the
// syscall entry (`open`, `scandir`); a few are reported by Node under another call (readFile on a
// directory fails in `read`, without a path), and this class keeps that shape through the table.

import type { ErrnoCode, WireError } from '../abi/errno.js';
import { Errno } from '../kernel/errno.js';

export class SyscallErrno extends Errno {
  constructor(
    code: ErrnoCode,
    readonly syscall: string,
    path?: string,
  ) {
    super(code, path);
  }

  override toWire(_syscall: string): WireError {
    return super.toWire(this.syscall);
  }
}

/** Throws an errno reported under `syscall`, with exactly this path (none when omitted). */
export function failIn(code: ErrnoCode, syscall: string, path?: string): never {
  throw new SyscallErrno(code, syscall, path);
}

/** Runs `fn`; an Errno escaping it gets the guest's path (and dest) unless it carries its own syscall. */
export function withPath<T>(path: string, dest: string | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof Errno && !(err instanceof SyscallErrno)) {
      err.path = path;
      err.dest = dest;
    }
    throw err;
  }
}

/** Runs `fn`; an Errno escaping it is reported under `syscall`, without a path. */
export function asSyscall<T>(syscall: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof Errno && !(err instanceof SyscallErrno)) throw new SyscallErrno(err.code, syscall);
    throw err;
  }
}
