// Guest zone: crypto.createCipheriv / createDecipheriv over kernel cipher states (integer ids):
// update/final with Node's input/output encodings, AEAD tags (GCM, ChaCha20-Poly1305), autoPadding.

import { Buffer } from 'buffer';
import { Transform } from 'readable-stream';
import { StringDecoder } from 'string_decoder';
import { CRYPTO_SYNC_CHUNK } from '../../../abi/syscalls.js';
import { sys } from '../../internal/door.js';
import { invalidArgType, nodeError } from '../../internal/errors.js';
import { libBlock, libSync } from '../../internal/lib-call.js';
import { copyOf, output, toBytes } from './bytes.js';
import { cipherSupported } from './info.js';

const states = new FinalizationRegistry<number>((id) => {
  try {
    sys('crypto.cipherClose', { id });
  } catch {
    // already closed
  }
});

const KEY_TYPES =
  'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey';

class CipherBase extends Transform {
  #id: number;
  #finished = false;
  #tag: Uint8Array | null = null;
  #decoder: StringDecoder | null = null;
  #decoderEncoding = '';

  constructor(decrypt: boolean, cipher: unknown, key: unknown, iv: unknown, options?: unknown) {
    super(options as object | undefined);
    if (typeof cipher !== 'string') throw invalidArgType('cipher', 'of type string', cipher);
    const keyBytes = toBytes(key, 'key', undefined, KEY_TYPES);
    let ivBytes: Uint8Array | null = null;
    if (iv !== null) {
      ivBytes = toBytes(
        iv,
        'iv',
        undefined,
        'of type string or an instance of Buffer, TypedArray, or DataView',
      );
    }
    if (!cipherSupported(cipher)) throw nodeError('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    const args: Record<string, unknown> = {
      algorithm: cipher,
      key: copyOf(keyBytes),
      iv: ivBytes && copyOf(ivBytes),
      decrypt,
    };
    const tagLen = (options as { authTagLength?: unknown } | undefined)?.authTagLength;
    if (tagLen !== undefined) args.authTagLength = tagLen;
    this.#id = libSync<number>('crypto.cipherOpen', args);
    states.register(this, this.#id, this);
  }

  update(data: unknown, inputEncoding?: unknown, outputEncoding?: unknown): Buffer | string {
    if (this.#finished) throw new Error('Trying to add data in unsupported state');
    if (typeof data !== 'string' && !ArrayBuffer.isView(data))
      throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
    const bytes = toBytes(data, 'data', inputEncoding);
    return this.#encode(this.#feed(bytes), outputEncoding, false);
  }

  /**
   * One update: in one crossing up to CRYPTO_SYNC_CHUNK bytes; past it, as a blocking op the kernel
   * works through a slice per turn of its loop (kernel/syscalls/slices.ts).
   */
  #feed(bytes: Uint8Array): Uint8Array {
    const args = { id: this.#id, data: copyOf(bytes) };
    if (bytes.byteLength <= CRYPTO_SYNC_CHUNK) return libSync<Uint8Array>('crypto.cipherUpdate', args);
    return libBlock<Uint8Array>('crypto.cipherUpdate', args);
  }

  final(outputEncoding?: unknown): Buffer | string {
    if (this.#finished) throw nodeError('ERR_CRYPTO_INVALID_STATE', 'Invalid state');
    this.#finished = true;
    states.unregister(this);
    const { data, tag } = libSync<{ data: Uint8Array; tag: Uint8Array | null }>('crypto.cipherFinal', {
      id: this.#id,
    });
    this.#tag = tag;
    return this.#encode(data, outputEncoding, true);
  }

  setAutoPadding(autoPadding = true): this {
    this.#live('setAutoPadding');
    sys('crypto.cipherSetAutoPadding', { id: this.#id, pad: Boolean(autoPadding) });
    return this;
  }

  setAAD(buffer: unknown, options?: { plaintextLength?: number }): this {
    this.#live('setAAD');
    const args: Record<string, unknown> = { id: this.#id, data: copyOf(toBytes(buffer, 'buffer')) };
    if (options?.plaintextLength !== undefined) args.plaintextLength = options.plaintextLength;
    libSync('crypto.cipherSetAAD', args);
    return this;
  }

  /** @internal */
  protected authTag(): Buffer {
    if (!this.#tag) throw nodeError('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation getAuthTag');
    return Buffer.from(this.#tag);
  }

  /** @internal */
  protected putAuthTag(tag: unknown, encoding?: unknown): void {
    this.#live('setAuthTag');
    libSync('crypto.cipherSetAuthTag', { id: this.#id, tag: copyOf(toBytes(tag, 'buffer', encoding)) });
  }

  override _transform(chunk: unknown, encoding: unknown, callback: (err?: Error | null) => void): void {
    try {
      this.push(this.update(chunk, encoding));
      callback();
    } catch (err) {
      callback(err as Error);
    }
  }

  override _flush(callback: (err?: Error | null) => void): void {
    try {
      this.push(this.final());
      callback();
    } catch (err) {
      callback(err as Error);
    }
  }

  #live(op: string): void {
    if (this.#finished) throw nodeError('ERR_CRYPTO_INVALID_STATE', `Invalid state for operation ${op}`);
  }

  /** Node decodes string output through a StringDecoder, so multi-byte characters survive chunking. */
  #encode(bytes: Uint8Array, encoding: unknown, end: boolean): Buffer | string {
    if (typeof encoding !== 'string' || encoding === 'buffer') return output(bytes);
    const enc = encoding.toLowerCase();
    if (!this.#decoder || this.#decoderEncoding !== enc) {
      this.#decoder = new StringDecoder(enc);
      this.#decoderEncoding = enc;
    }
    const b = Buffer.from(bytes);
    return end ? this.#decoder.end(b) : this.#decoder.write(b);
  }
}

export class Cipheriv extends CipherBase {
  constructor(cipher: unknown, key: unknown, iv: unknown, options?: unknown) {
    super(false, cipher, key, iv, options);
  }

  getAuthTag(): Buffer {
    return this.authTag();
  }
}

export class Decipheriv extends CipherBase {
  constructor(cipher: unknown, key: unknown, iv: unknown, options?: unknown) {
    super(true, cipher, key, iv, options);
  }

  setAuthTag(tag: unknown, encoding?: unknown): this {
    this.putAuthTag(tag, encoding);
    return this;
  }
}

export const createCipheriv = (c: unknown, k: unknown, iv: unknown, o?: unknown) => new Cipheriv(c, k, iv, o);
export const createDecipheriv = (c: unknown, k: unknown, iv: unknown, o?: unknown) =>
  new Decipheriv(c, k, iv, o);
