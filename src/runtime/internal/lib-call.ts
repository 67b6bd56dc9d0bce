// Guest zone: calls to the kernel's library families (crypto, zlib) whose failures arrive as a
// `{ error }` result (OpenSSL and zlib codes are not errnos): rethrown here as Node-shaped errors.

import type { LibError } from '../../abi/syscalls.js';
import { block } from './block.js';
import { start, sys, sysTry } from './door.js';
import { uvException } from './errors.js';
import { nextTick } from './loop.js';

const ErrorCtor = Error;
const TypeErrorCtor = TypeError;
const RangeErrorCtor = RangeError;

function isLibError(v: unknown): v is LibError {
  return typeof v === 'object' && v !== null && !(v instanceof Uint8Array) && 'error' in v;
}

/** The Error Node would have thrown: same class, message, code (and errno for zlib). */
export function libException(e: LibError['error']): Error {
  const Ctor = e.name === 'TypeError' ? TypeErrorCtor : e.name === 'RangeError' ? RangeErrorCtor : ErrorCtor;
  const err = new Ctor(String(e.message)) as Error & { code?: string; errno?: number };
  if (typeof e.errno === 'number') err.errno = e.errno;
  if (typeof e.code === 'string') err.code = e.code;
  return err;
}

/** A sync library call: the value, or the library's error thrown. */
export function libSync<T>(name: string, args: unknown): T {
  const v = sys<unknown>(name, args);
  if (isLibError(v)) throw libException(v.error);
  return v as T;
}

/**
 * A sync library call whose work runs on the kernel's thread pool (key generation, key derivation,
 * one-shot compression): this thread sleeps until it is done (block.ts), the kernel's does not.
 */
export function libBlock<T>(name: string, args: unknown): T {
  const v = block<unknown>(name, args);
  if (isLibError(v)) throw libException(v.error);
  return v as T;
}

/**
 * A sync library call the kernel answers at once when the work is small, and refuses with E2BIG when
 * it is not: the call then blocks on the pool form (libBlock), as big work always did.
 */
export function libSyncOrBlock<T>(name: string, args: unknown): T {
  const [err, v] = sysTry(name, args);
  if (err?.code === 'E2BIG') return libBlock<T>(name, args);
  if (err) throw uvException(err);
  if (isLibError(v)) throw libException(v.error);
  return v as T;
}

/** An async library call: `cb(err, value)` in a later macrotask. */
export function libAsync<T>(name: string, args: unknown, cb: (err: Error | null, value?: T) => void): void {
  start(
    name,
    args,
    (err, value) => {
      if (err) return cb(err);
      if (isLibError(value)) return cb(libException(value.error));
      cb(null, value as T);
    },
    (fn) => nextTick(fn, []),
  );
}
