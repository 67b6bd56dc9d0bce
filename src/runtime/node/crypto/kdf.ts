// Guest zone: key derivation (pbkdf2, scrypt, hkdf) in sync and callback forms; the work runs in the
// kernel (the callback forms on its thread pool).

import { Buffer } from 'buffer';
import { invalidArgType, nodeError, validateFunction, validateInteger } from '../../internal/errors.js';
import { libAsync, libBlock, libSync, libSyncOrBlock } from '../../internal/lib-call.js';
import { copyOf, toBytes } from './bytes.js';
import { hashSupported } from './info.js';

const BUF = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const I32 = 2 ** 31 - 1;

function digestName(digest: unknown): string {
  if (typeof digest !== 'string') throw invalidArgType('digest', 'of type string', digest);
  if (!hashSupported(digest))
    throw nodeError('ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`, TypeError);
  return digest;
}

function pbkdf2Args(password: unknown, salt: unknown, iterations: unknown, keylen: unknown, digest: unknown) {
  const p = copyOf(toBytes(password, 'password', undefined, BUF));
  const s = copyOf(toBytes(salt, 'salt', undefined, BUF));
  validateInteger(iterations, 'iterations', 1, I32);
  validateInteger(keylen, 'keylen', 0, I32);
  return { password: p, salt: s, iterations, keylen, digest: digestName(digest) };
}

export function pbkdf2Sync(
  password: unknown,
  salt: unknown,
  iterations: unknown,
  keylen: unknown,
  digest: unknown,
): Buffer {
  return Buffer.from(
    libSyncOrBlock<Uint8Array>('crypto.pbkdf2', pbkdf2Args(password, salt, iterations, keylen, digest)),
  );
}

export function pbkdf2(
  password: unknown,
  salt: unknown,
  iterations: unknown,
  keylen: unknown,
  digest: unknown,
  callback: unknown,
): void {
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  libAsync<Uint8Array>('crypto.pbkdf2', args, (err, key) =>
    err ? callback(err) : callback(null, Buffer.from(key as Uint8Array)),
  );
}

interface ScryptOptions {
  N?: number;
  cost?: number;
  r?: number;
  blockSize?: number;
  p?: number;
  parallelization?: number;
  maxmem?: number;
}

function scryptArgs(password: unknown, salt: unknown, keylen: unknown, options: unknown) {
  const pw = copyOf(toBytes(password, 'password', undefined, BUF));
  const s = copyOf(toBytes(salt, 'salt', undefined, BUF));
  validateInteger(keylen, 'keylen', 0, I32);
  const o = (options ?? {}) as ScryptOptions;
  const pick = (a: number | undefined, b: number | undefined, name: string, dflt: number) => {
    if (a !== undefined && b !== undefined)
      throw nodeError(
        'ERR_INCOMPATIBLE_OPTION_PAIR',
        `Option "${name}" cannot be used in combination with option "${name}"`,
        TypeError,
      );
    const v = a ?? b ?? dflt;
    validateInteger(v, name, 0, 2 ** 31);
    return v;
  };
  const N = pick(o.N, o.cost, 'N', 16384);
  const r = pick(o.r, o.blockSize, 'r', 8);
  const p = pick(o.p, o.parallelization, 'p', 1);
  const maxmem = o.maxmem ?? 32 * 1024 * 1024;
  validateInteger(maxmem, 'maxmem', 0);
  checkScrypt(N, r, p, maxmem);
  return { password: pw, salt: s, keylen, N, r, p, maxmem };
}

/** OpenSSL's parameter check, done before the job starts so the callback form throws like Node's. */
function checkScrypt(N: number, r: number, p: number, maxmem: number): void {
  const invalid = (detail = '') =>
    nodeError('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', `Invalid scrypt params${detail}`, RangeError);
  if (N < 2 || (N & (N - 1)) !== 0 || r < 1 || p < 1 || r * p >= 2 ** 30) throw invalid();
  if (16 * r <= 63 && N >= 2 ** (16 * r)) throw invalid();
  const need = 128 * r * p + 128 * r * (N + 2);
  if (need > maxmem) throw invalid(': error:030000AC:digital envelope routines::memory limit exceeded');
}

export function scryptSync(password: unknown, salt: unknown, keylen: unknown, options?: unknown): Buffer {
  return Buffer.from(libBlock<Uint8Array>('crypto.scrypt', scryptArgs(password, salt, keylen, options)));
}

export function scrypt(password: unknown, salt: unknown, keylen: unknown, ...rest: unknown[]): void {
  const callback = rest.pop();
  validateFunction(callback, 'callback');
  const args = scryptArgs(password, salt, keylen, rest[0]);
  libAsync<Uint8Array>('crypto.scrypt', args, (err, key) =>
    err ? callback(err) : callback(null, Buffer.from(key as Uint8Array)),
  );
}

function hkdfArgs(digest: unknown, ikm: unknown, salt: unknown, info: unknown, keylen: unknown) {
  const d = digestName(digest);
  const k = copyOf(toBytes(ikm, 'ikm', undefined, BUF));
  const s = copyOf(toBytes(salt, 'salt', undefined, BUF));
  const i = copyOf(toBytes(info, 'info', undefined, BUF));
  validateInteger(keylen, 'length', 0, I32);
  if (i.byteLength > 1024)
    throw nodeError(
      'ERR_OUT_OF_RANGE',
      `The value of "info" is out of range. It must be <= 1024 bytes. Received ${i.byteLength}`,
      RangeError,
    );
  return { digest: d, ikm: k, salt: s, info: i, keylen };
}

const toArrayBuffer = (b: Uint8Array): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

export function hkdfSync(
  digest: unknown,
  ikm: unknown,
  salt: unknown,
  info: unknown,
  keylen: unknown,
): ArrayBuffer {
  return toArrayBuffer(libSync<Uint8Array>('crypto.hkdf', hkdfArgs(digest, ikm, salt, info, keylen)));
}

export function hkdf(
  digest: unknown,
  ikm: unknown,
  salt: unknown,
  info: unknown,
  keylen: unknown,
  callback: unknown,
): void {
  const args = hkdfArgs(digest, ikm, salt, info, keylen);
  validateFunction(callback, 'callback');
  libAsync<Uint8Array>('crypto.hkdf', args, (err, key) =>
    err ? callback(err) : callback(null, toArrayBuffer(key as Uint8Array)),
  );
}
