// Guest zone (userland): GNU-style diagnostics: `prog: message`, strerror texts for errno codes, and
// the ExitError that unwinds a utility to its exit status.

import { type NodeErr, proc } from './node.js';

const STRERROR: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  ENOTEMPTY: 'Directory not empty',
  EINVAL: 'Invalid argument',
  ELOOP: 'Too many levels of symbolic links',
  EBUSY: 'Device or resource busy',
  EROFS: 'Read-only file system',
  ENOSPC: 'No space left on device',
  EXDEV: 'Invalid cross-device link',
  EBADF: 'Bad file descriptor',
  EPIPE: 'Broken pipe',
  ESRCH: 'No such process',
  EMFILE: 'Too many open files',
  ENAMETOOLONG: 'File name too long',
  ENOSYS: 'Function not implemented',
  EAGAIN: 'Resource temporarily unavailable',
  EIO: 'Input/output error',
};

/** strerror(3) for a Node error's code. */
export function strerror(e: unknown): string {
  const code = (e as NodeErr | undefined)?.code;
  if (code && STRERROR[code]) return STRERROR[code];
  return code ?? String((e as Error)?.message ?? e);
}

/** Thrown to end the utility with a status (after any message was printed). */
export class ExitError extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

let progName = 'coreutils';
let prefixTry = false;

/** diffutils style: the `Try '… --help'` hint carries the program-name prefix too. */
export function setPrefixedHint(on: boolean): void {
  prefixTry = on;
}

/** Sets the name diagnostics start with. */
export function setProg(name: string): void {
  progName = name;
}

/** The running utility's name. */
export function prog(): string {
  return progName;
}

/** Prints `prog: msg` on stderr. */
export function warn(msg: string): void {
  proc.stderr.write(`${progName}: ${msg}\n`);
}

/** Prints `prog: msg` and ends with `status`. */
/** head's and tail's report of an operand they cannot read. */
export function warnCannotOpen(name: string, why: string): void {
  warn(`cannot open ${q(name)} for reading: ${why}`);
}

/** Prints `prog: msg` (nothing for an empty msg: the cause was reported already) and exits. */
export function die(msg: string, status = 1): never {
  if (msg !== '') warn(msg);
  throw new ExitError(status);
}

/** GNU's quoting of a file name in messages: 'name' (with ' escaped the way quotearg does). */
export function q(name: string): string {
  if (name.includes("'")) return `"${name}"`;
  return `'${name}'`;
}

/** Prints the usage hint after a bad option and ends with `status`. */
export function usageError(msg: string | null, status = 1): never {
  if (msg) warn(msg);
  proc.stderr.write(`${prefixTry ? `${progName}: ` : ''}Try '${progName} --help' for more information.\n`);
  throw new ExitError(status);
}
