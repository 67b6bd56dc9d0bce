// Host zone: what the crypto syscall families share: their limits, argument shapes (names checked
// against node's own lists, sizes bounded) and the helper for calls with a thread-pool form.

import * as nc from 'node:crypto';
import { Errno, fail } from '../errno.js';
import { bytes, int, str } from '../validate.js';
import { guarded, libError } from './lib-error.js';
import type { SyscallEntry } from './types.js';

/** Limits, all in one place: a guest may not make the kernel allocate or spin without bound. */
export const CRYPTO_LIMITS = {
  /** Bytes of one update/one-shot input. */
  data: 64 * 1024 * 1024,
  /** Derived key length (pbkdf2, scrypt, hkdf) and XOF output. */
  keylen: 1024 * 1024,
  /** pbkdf2 iterations: past this the kernel thread would be held for minutes. */
  iterations: 10_000_000,
  /** scrypt memory cap, whatever maxmem the guest asks for. */
  scryptMaxmem: 64 * 1024 * 1024,
  /** RSA modulus bits for key generation. */
  modulusBits: 4096,
  /** PEM key text. */
  pem: 64 * 1024,
} as const;

const HASHES = new Set(nc.getHashes().map((h) => h.toLowerCase()));

/** Bytes of one input, bounded. */
export const payload = (v: unknown) => {
  const b = bytes(v);
  return b.byteLength <= CRYPTO_LIMITS.data ? b : fail('E2BIG');
};
/** A digest name node knows (case-insensitive, as OpenSSL takes it). */
export const hashName = (v: unknown) => {
  const s = str(v);
  return s.length <= 64 && HASHES.has(s.toLowerCase()) ? s : fail('EINVAL');
};
/** PEM key text, bounded. */
export const pem = (v: unknown) => {
  const s = str(v);
  return s.length <= CRYPTO_LIMITS.pem && s.startsWith('-----BEGIN ') ? s : fail('EINVAL');
};
export const id = int(1, 2 ** 31);
export const keylen = int(0, CRYPTO_LIMITS.keylen);

export const u8 = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** A sync entry whose async form runs the same work on libuv's pool (node's async API). */
export function pooled(
  sync: (a: unknown) => unknown,
  async: (a: unknown, done: (err: Error | null, value?: unknown) => void) => void,
): SyscallEntry {
  return {
    support: 'full',
    sync: (_task, a) => guarded(() => sync(a)),
    async(_task, a, op) {
      const complete = (err: Error | null, value?: unknown) => {
        if (!err) return op.done(null, value);
        try {
          op.done(null, libError(err));
        } catch {
          op.done({ code: 'EIO', syscall: 'crypto' });
        }
      };
      try {
        async(a, complete);
      } catch (err) {
        // node:crypto validates some parameters before queueing the job (scrypt's N, r, p).
        if (err instanceof Errno) throw err;
        op.done(null, libError(err));
      }
    },
  };
}
