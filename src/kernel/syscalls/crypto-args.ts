// Host zone: what the crypto syscall families share: their limits, argument shapes (names checked
// against node's own lists, sizes bounded) and the helper for calls whose work runs on the thread pool.

import * as nc from 'node:crypto';
import { CRYPTO_SYNC_CHUNK } from '../../abi/syscalls.js';
import { fail } from '../errno.js';
import { bytes, int, str } from '../validate.js';
import { guarded } from './lib-error.js';
import { onPool, type PoolDone } from './pool.js';
import type { SyscallEntry } from './types.js';

/** Limits, all in one place: a guest may not make the kernel allocate or spin without bound. */
export const CRYPTO_LIMITS = {
  /** Bytes of one update/one-shot input. */
  data: 64 * 1024 * 1024,
  /** Derived key length (pbkdf2, scrypt, hkdf) and XOF output. */
  keylen: 1024 * 1024,
  /** pbkdf2 iterations: past this the kernel thread would be held for minutes. */
  iterations: 10_000_000,
  /**
   * pbkdf2's real work: iterations × output blocks (keylen / digest size). Capping iterations alone let
   * a 1 MiB key at 10M iterations hold the kernel thread for days; this keeps the worst call at about
   * what 10M single-block iterations cost (seconds).
   */
  pbkdf2Work: 10_000_000,
  /**
   * pbkdf2 work answered synchronously on the kernel's thread (about a millisecond): a cheap call is one
   * crossing instead of a pool job the guest blocks on (2.5× slower); more is E2BIG there.
   */
  pbkdf2SyncWork: 1024,
  /** scrypt memory cap, whatever maxmem the guest asks for. */
  scryptMaxmem: 64 * 1024 * 1024,
  /**
   * scrypt's work, N × r × p (its memory is capped by scryptMaxmem, not its time: p = 1000 held the
   * kernel thread for 71 s). 2^24 is 128 times Node's default cost.
   */
  scryptWork: 2 ** 24,
  /** RSA modulus bits for key generation. */
  modulusBits: 4096,
  /** PEM key text. */
  pem: 64 * 1024,
} as const;

const HASHES = new Set(nc.getHashes().map((h) => h.toLowerCase()));
const digestSizes = new Map<string, number>();

/** Fails (EINVAL) a pbkdf2 call whose iterations × output blocks pass CRYPTO_LIMITS.pbkdf2Work. */
export function checkPbkdf2Work(iterations: number, keylen: number, digest: string): void {
  if (pbkdf2Work(iterations, keylen, digest) > CRYPTO_LIMITS.pbkdf2Work) fail('EINVAL');
}

/** pbkdf2's work: iterations × output blocks of the digest. */
export function pbkdf2Work(iterations: number, keylen: number, digest: string): number {
  const name = digest.toLowerCase();
  let size = digestSizes.get(name);
  if (size === undefined) {
    // An XOF or a digest OpenSSL cannot hash with gives no size: count one byte a block (node fails it).
    size = guardedSize(name);
    digestSizes.set(name, size);
  }
  return iterations * Math.max(1, Math.ceil(keylen / size));
}

function guardedSize(name: string): number {
  try {
    return Math.max(1, nc.createHash(name).digest().byteLength);
  } catch {
    return 1;
  }
}

/**
 * Fails (EINVAL) a scrypt call whose N × r × p passes CRYPTO_LIMITS.scryptWork. One whose memory
 * (128 × N × r) is past `maxmem` is left to node, which refuses it with its own error, as Node does.
 */
export function checkScryptWork(N: number, r: number, p: number, maxmem: number): void {
  if (128 * N * r > Math.min(maxmem, CRYPTO_LIMITS.scryptMaxmem)) return;
  if (N * r * p > CRYPTO_LIMITS.scryptWork) fail('EINVAL');
}

/** Bytes of one synchronous hash or cipher update (CRYPTO_SYNC_CHUNK: the runtime slices larger ones). */
export const chunk = (v: unknown) => {
  const b = bytes(v);
  return b.byteLength <= CRYPTO_SYNC_CHUNK ? b : fail('E2BIG');
};

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

/**
 * An entry whose work runs on libuv's pool (pool.ts): `parse` validates the arguments now (a bad one
 * fails the start with its errno), `job` starts node's async form. With `sync`, the entry also answers
 * on the kernel thread, for calls cheap enough at their limits (hkdf); without it, only as an op, which
 * the runtime's *Sync forms block on.
 */
export function pooled<A>(
  name: string,
  parse: (a: unknown) => A,
  job: (p: A, done: PoolDone) => void,
  sync?: (p: A) => unknown,
): SyscallEntry {
  const entry: SyscallEntry = {
    support: 'full',
    async(task, a, op) {
      const p = parse(a);
      onPool(task, op, name, (done) => job(p, done));
    },
  };
  if (sync) entry.sync = (_task, a) => guarded(() => sync(parse(a)));
  return entry;
}
