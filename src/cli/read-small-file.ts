// Host zone (CLI): reads a small text file the user named (an --env-file), bounded: /dev/zero, a
// named pipe that never ends or a huge file must be a one-line error, not an allocation that aborts
// the CLI (reading /dev/zero whole ended in `std::bad_alloc`, exit 134).

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Most bytes a file read this way may hold (an env file bigger than Linux's whole ARG_MAX is wrong). */
export const MAX_SMALL_FILE = 2 * 1024 * 1024;

/** Why a small file could not be read: a Node errno code, or 'EFBIG' past `max`. */
export class SmallFileError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * Reads `path` as UTF-8, failing with SmallFileError('EFBIG') past `max` bytes and 'EISDIR' for a
 * directory; other failures keep their Node errno code.
 */
export function readSmallFile(path: string, max = MAX_SMALL_FILE): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new SmallFileError(String((err as NodeJS.ErrnoException).code ?? 'EIO'));
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new SmallFileError('EISDIR');
    const buf = Buffer.alloc(max + 1);
    let n = 0;
    // Read until EOF or one byte past the bound: a device or pipe reports no size up front.
    while (n <= max) {
      let got: number;
      try {
        got = readSync(fd, buf, n, buf.length - n, null);
      } catch (err) {
        throw new SmallFileError(String((err as NodeJS.ErrnoException).code ?? 'EIO'));
      }
      if (got === 0) break;
      n += got;
    }
    if (n > max) throw new SmallFileError('EFBIG');
    return buf.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
}
