// Guest zone: the Web Crypto surface Node exposes as globalThis.crypto / crypto.webcrypto:
// getRandomValues, randomUUID and a partial SubtleCrypto (digest; HMAC importKey/sign/verify).
// Everything else rejects with NotSupportedError rather than pretending.

import { Buffer } from 'buffer';
import { CRYPTO_SYNC_CHUNK } from '../../../abi/syscalls.js';
import { domException } from '../../internal/dom-exception.js';
import { libAsync } from '../../internal/lib-call.js';
import { nextTick } from '../../internal/loop.js';
import { hashBytes } from './hash.js';
import { fill, randomUUID } from './random.js';

const HASHES: Record<string, string> = {
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

function algName(alg: unknown): string {
  const name = typeof alg === 'string' ? alg : (alg as { name?: unknown } | null)?.name;
  if (typeof name !== 'string') throw domException('Algorithm: Unrecognized name', 'NotSupportedError');
  return name.toUpperCase();
}

function hashOf(alg: unknown): string {
  const h = HASHES[algName(alg)];
  if (!h) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  return h;
}

function bytesOf(data: unknown): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  const err = new TypeError(
    "Failed to execute on SubtleCrypto: The provided value is not of type '(ArrayBuffer or ArrayBufferView)'",
  ) as TypeError & { code: string };
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

const toAB = (b: Uint8Array): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

function call(args: { algorithm: string; data: Uint8Array; key?: Uint8Array }): Promise<ArrayBuffer> {
  if (args.data.byteLength > CRYPTO_SYNC_CHUNK) {
    // Fed to a kernel hash state in slices (each crossing short), then settled like Node's job.
    return new Promise((resolve, reject) => {
      try {
        const out = toAB(hashBytes(args));
        nextTick(() => resolve(out), []);
      } catch (err) {
        nextTick(() => reject(err), []);
      }
    });
  }
  return new Promise((resolve, reject) =>
    libAsync<Uint8Array>('crypto.digest', args, (err, v) =>
      err ? reject(err) : resolve(toAB(v as Uint8Array)),
    ),
  );
}

export class CryptoKey {
  readonly type = 'secret';
  readonly #raw: Uint8Array;
  constructor(
    raw: Uint8Array,
    readonly algorithm: { name: string; hash: { name: string }; length: number },
    readonly extractable: boolean,
    readonly usages: string[],
  ) {
    this.#raw = raw;
  }
  /** @internal */
  static raw(k: CryptoKey): Uint8Array {
    return k.#raw;
  }
  get [Symbol.toStringTag](): string {
    return 'CryptoKey';
  }
}

function hmacKey(key: unknown, usage: string): { key: CryptoKey; hash: string } {
  if (!(key instanceof CryptoKey)) throw new TypeError('key is not a CryptoKey');
  if (!key.usages.includes(usage))
    throw domException('Unable to use this key to ' + usage, 'InvalidAccessError');
  return { key, hash: hashOf(key.algorithm.hash) };
}

const subtle = {
  async digest(algorithm: unknown, data: unknown): Promise<ArrayBuffer> {
    return call({ algorithm: hashOf(algorithm), data: bytesOf(data) });
  },
  async importKey(
    format: unknown,
    keyData: unknown,
    algorithm: unknown,
    extractable: unknown,
    usages: unknown,
  ) {
    if (format !== 'raw' || algName(algorithm) !== 'HMAC')
      throw domException('Only raw HMAC keys are supported by tsvirt', 'NotSupportedError');
    const raw = bytesOf(keyData);
    const hashAlg = (algorithm as { hash?: unknown }).hash;
    const hashName = algName(hashAlg);
    hashOf(hashName);
    return new CryptoKey(
      raw,
      { name: 'HMAC', hash: { name: hashName }, length: raw.byteLength * 8 },
      Boolean(extractable),
      Array.isArray(usages) ? usages.map(String) : [],
    );
  },
  async exportKey(format: unknown, key: unknown): Promise<ArrayBuffer> {
    if (format !== 'raw' || !(key instanceof CryptoKey))
      throw domException('Only raw HMAC keys are supported by tsvirt', 'NotSupportedError');
    if (!key.extractable) throw domException('key is not extractable', 'InvalidAccessError');
    return toAB(CryptoKey.raw(key));
  },
  async sign(algorithm: unknown, key: unknown, data: unknown): Promise<ArrayBuffer> {
    if (algName(algorithm) !== 'HMAC') throw domException('Unrecognized algorithm name', 'NotSupportedError');
    const k = hmacKey(key, 'sign');
    return call({ algorithm: k.hash, key: CryptoKey.raw(k.key), data: bytesOf(data) });
  },
  async verify(algorithm: unknown, key: unknown, signature: unknown, data: unknown): Promise<boolean> {
    if (algName(algorithm) !== 'HMAC') throw domException('Unrecognized algorithm name', 'NotSupportedError');
    const k = hmacKey(key, 'verify');
    const mac = new Uint8Array(
      await call({ algorithm: k.hash, key: CryptoKey.raw(k.key), data: bytesOf(data) }),
    );
    const sig = bytesOf(signature);
    return sig.byteLength === mac.byteLength && Buffer.from(sig).equals(Buffer.from(mac));
  },
};
for (const name of ['encrypt', 'decrypt', 'generateKey', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey']) {
  (subtle as Record<string, unknown>)[name] = async () => {
    throw domException(`SubtleCrypto.${name} is not supported by tsvirt`, 'NotSupportedError');
  };
}

/** crypto.getRandomValues with the Web's checks and DOMException errors. */
export function getRandomValues<T>(array: T): T {
  if (
    !ArrayBuffer.isView(array) ||
    array instanceof Float32Array ||
    array instanceof Float64Array ||
    array instanceof DataView
  ) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (array.byteLength > 65536)
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  fill(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return array;
}

class Crypto {
  get subtle() {
    return subtle;
  }
  getRandomValues<T>(array: T): T {
    return getRandomValues(array);
  }
  randomUUID(): string {
    return randomUUID();
  }
  get [Symbol.toStringTag](): string {
    return 'Crypto';
  }
}

export const webcrypto = new Crypto();
export { subtle };
