// Host zone: library-level failures (OpenSSL, zlib) as data. Node reports these with codes that are not
// errnos (`ERR_OSSL_BAD_DECRYPT`, `Z_DATA_ERROR`), so they cross as a result `{ error }` the runtime
// rethrows, like module.require's resolution errors. Only a sanitised code, message and class cross.

import type { LibError } from '../../abi/syscalls.js';
import { Errno } from '../errno.js';

export type { LibError };

const CODE = /^(ERR_[A-Z0-9_]{1,80}|Z_[A-Z_]{1,40})$/;
const MESSAGE = /^[\x20-\x7e]{1,300}$/;

/**
 * Turns an exception thrown by node:crypto / node:zlib into a LibError, or rethrows it when it does not
 * look like one (the table then logs it as a kernel bug and the guest sees EIO). Messages are OpenSSL's
 * and zlib's constant texts; anything that could carry host detail (a path, odd bytes) is rejected.
 */
export function libError(err: unknown): LibError {
  if (!(err instanceof Error)) throw err;
  const raw = (err as Error & { code?: unknown }).code;
  const code = typeof raw === 'string' && CODE.test(raw) ? raw : null;
  if (raw !== undefined && code === null) throw err;
  if (!MESSAGE.test(err.message) || err.message.includes('/')) throw err;
  const name = err instanceof RangeError ? 'RangeError' : err instanceof TypeError ? 'TypeError' : 'Error';
  const out: LibError = { error: { name, code, message: err.message } };
  const errno = (err as Error & { errno?: unknown }).errno;
  if (typeof errno === 'number' && Number.isInteger(errno)) out.error.errno = errno;
  return out;
}

/** Runs `fn`; a library failure becomes a LibError result instead of an exception. */
export function guarded<T>(fn: () => T): T | LibError {
  try {
    return fn();
  } catch (err) {
    if (err instanceof Errno) throw err;
    return libError(err);
  }
}
