// Guest zone: crypto.createHash / createHmac. Small inputs are buffered here and hashed with one
// one-shot syscall at digest(); past a threshold the state moves to a kernel handle (an integer id)
// and updates stream to it, so hashing a large file never holds it all in the guest.

import type { Buffer } from 'buffer';
import { Transform } from 'readable-stream';
import { CRYPTO_SYNC_CHUNK } from '../../../abi/syscalls.js';
import { block } from '../../internal/block.js';
import { sys } from '../../internal/door.js';
import { invalidArgType, nodeError } from '../../internal/errors.js';
import { libSync } from '../../internal/lib-call.js';
import { copyOf, output, toBytes } from './bytes.js';
import { hashSupported } from './info.js';

/** Buffered bytes past which the state moves to the kernel. */
const INLINE_MAX = 64 * 1024;

const KEY_TYPES =
  'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey';

const handles = new FinalizationRegistry<number>((id) => {
  try {
    sys('crypto.hashClose', { id });
  } catch {
    // already closed
  }
});

/**
 * Feeds `bytes` to kernel hash state `id`: in one crossing up to CRYPTO_SYNC_CHUNK bytes; past it, as
 * a blocking op the kernel works through a slice per turn of its loop, serving other containers between
 * them (kernel/syscalls/slices.ts).
 */
function feed(id: number, bytes: Uint8Array): void {
  if (bytes.byteLength <= CRYPTO_SYNC_CHUNK) sys('crypto.hashUpdate', { id, data: copyOf(bytes) });
  else block('crypto.hashUpdate', { id, data: copyOf(bytes) });
}

/**
 * A one-shot hash (HMAC with `key`): one crossing for small data, a kernel hash state fed in slices for
 * large data (webcrypto's digest and sign).
 */
export function hashBytes(args: { algorithm: string; data: Uint8Array; key?: Uint8Array }): Uint8Array {
  if (args.data.byteLength <= CRYPTO_SYNC_CHUNK) return libSync<Uint8Array>('crypto.digest', args);
  const open: Record<string, unknown> = { algorithm: args.algorithm };
  if (args.key) open.key = args.key;
  const id = libSync<number>('crypto.hashOpen', open);
  try {
    feed(id, args.data);
  } catch (err) {
    sys('crypto.hashClose', { id });
    throw err;
  }
  return sys<Uint8Array>('crypto.hashDigest', { id });
}

class Digest extends Transform {
  #algorithm: string;
  #key: Uint8Array | undefined;
  #outputLength: number | undefined;
  #chunks: Uint8Array[] = [];
  #size = 0;
  #id = 0;
  #done = false;
  /** The digest a stream end produced: Node lets digest() read it once more (its native state caches it). */
  #flushed: Uint8Array | null = null;

  constructor(
    algorithm: string,
    key: Uint8Array | undefined,
    outputLength: number | undefined,
    opts?: object,
  ) {
    super(opts);
    this.#algorithm = algorithm;
    this.#key = key;
    this.#outputLength = outputLength;
  }

  update(data: unknown, inputEncoding?: unknown): this {
    if (this.#done) throw nodeError('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    if (typeof data !== 'string' && !ArrayBuffer.isView(data))
      throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
    const bytes = toBytes(data, 'data', inputEncoding);
    if (this.#id) {
      feed(this.#id, bytes);
      return this;
    }
    this.#chunks.push(bytes.slice());
    this.#size += bytes.byteLength;
    if (this.#size > INLINE_MAX) this.#spill();
    return this;
  }

  digest(outputEncoding?: unknown): Buffer | string {
    if (this.#done) throw nodeError('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    this.#done = true;
    if (this.#flushed) return output(this.#flushed, outputEncoding);
    return output(this.#compute(), outputEncoding);
  }

  #compute(): Uint8Array {
    let bytes: Uint8Array;
    if (this.#id) {
      bytes = sys<Uint8Array>('crypto.hashDigest', { id: this.#id });
      handles.unregister(this);
      this.#id = 0;
    } else {
      const args: Record<string, unknown> = { algorithm: this.#algorithm, data: this.#joined() };
      if (this.#key) args.key = this.#key;
      if (this.#outputLength !== undefined) args.outputLength = this.#outputLength;
      bytes = libSync<Uint8Array>('crypto.digest', args);
    }
    this.#chunks = [];
    return bytes;
  }

  /** A Hash whose state continues from this one's (Hash only; Node has no Hmac.copy). */
  protected copyState(into: Digest): void {
    if (this.#done) throw nodeError('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    if (this.#id) {
      const args: Record<string, unknown> = { id: this.#id };
      if (into.#outputLength !== undefined) args.outputLength = into.#outputLength;
      into.#id = libSync<number>('crypto.hashCopy', args);
      handles.register(into, into.#id, into);
      return;
    }
    into.#chunks = [...this.#chunks];
    into.#size = this.#size;
  }

  override _transform(chunk: unknown, encoding: unknown, callback: (err?: Error | null) => void): void {
    try {
      this.update(chunk, encoding);
      callback();
    } catch (err) {
      callback(err as Error);
    }
  }

  override _flush(callback: (err?: Error | null) => void): void {
    try {
      if (this.#done) throw nodeError('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
      this.#flushed = this.#compute();
      this.push(output(this.#flushed));
      callback();
    } catch (err) {
      callback(err as Error);
    }
  }

  #joined(): Uint8Array {
    if (this.#chunks.length === 1) return this.#chunks[0] as Uint8Array;
    const out = new Uint8Array(this.#size);
    let at = 0;
    for (const c of this.#chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }

  #spill(): void {
    const args: Record<string, unknown> = { algorithm: this.#algorithm };
    if (this.#key) args.key = this.#key;
    if (this.#outputLength !== undefined) args.outputLength = this.#outputLength;
    this.#id = libSync<number>('crypto.hashOpen', args);
    handles.register(this, this.#id, this);
    feed(this.#id, this.#joined());
    this.#chunks = [];
    this.#size = 0;
  }
}

export class Hash extends Digest {
  #algorithm: string;
  #options: { outputLength?: number } | undefined;

  constructor(algorithm: unknown, options?: { outputLength?: number }) {
    if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'of type string', algorithm);
    if (!hashSupported(algorithm)) throw new Error('Digest method not supported');
    const len = options?.outputLength;
    if (len !== undefined && (typeof len !== 'number' || !Number.isInteger(len) || len < 0))
      throw invalidArgType('options.outputLength', 'of type number', len);
    super(algorithm, undefined, len, options);
    this.#algorithm = algorithm;
    this.#options = options;
  }

  copy(options?: { outputLength?: number }): Hash {
    const h = new Hash(this.#algorithm, options ?? this.#options);
    this.copyState(h);
    return h;
  }
}

export class Hmac extends Digest {
  constructor(hmac: unknown, key: unknown, options?: object) {
    if (typeof hmac !== 'string') throw invalidArgType('hmac', 'of type string', hmac);
    if (!hashSupported(hmac))
      throw nodeError('ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`, TypeError);
    const bytes = toBytes(key, 'key', undefined, KEY_TYPES);
    super(hmac, bytes.slice(), undefined, options);
  }
}

export function createHash(algorithm: unknown, options?: { outputLength?: number }): Hash {
  return new Hash(algorithm, options);
}

export function createHmac(hmac: unknown, key: unknown, options?: object): Hmac {
  return new Hmac(hmac, key, options);
}

/** crypto.hash (Node 20.12+): a one-shot digest, hex by default. */
export function hash(algorithm: unknown, data: unknown, outputEncoding: unknown = 'hex'): Buffer | string {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data))
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  return new Hash(algorithm).update(data).digest(outputEncoding);
}
