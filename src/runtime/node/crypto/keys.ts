// Guest zone: asymmetric keys as PEM text held by a KeyObject; generation, sign and verify run in the
// kernel (PEM crosses the door, never a host key object).

import { Buffer } from 'buffer';
import { invalidArgType, invalidArgValue, notImplemented, validateFunction } from '../../internal/errors.js';
import { libAsync, libBlock, libSync } from '../../internal/lib-call.js';
import { copyOf, output, toBytes } from './bytes.js';

type Details = {
  type: 'public' | 'private';
  asymmetricKeyType: string | null;
  modulusLength: number | null;
  namedCurve: string | null;
  publicKey: string;
};

export class KeyObject {
  readonly #type: 'secret' | 'public' | 'private';
  readonly #pem: string | null;
  readonly #secret: Uint8Array | null;
  #details: Details | null = null;

  /** @internal Use createPublicKey / createPrivateKey / createSecretKey. */
  constructor(type: 'secret' | 'public' | 'private', material: string | Uint8Array) {
    this.#type = type;
    this.#pem = typeof material === 'string' ? material : null;
    this.#secret = typeof material === 'string' ? null : material;
  }

  get type(): string {
    return this.#type;
  }

  get symmetricKeySize(): number | undefined {
    return this.#secret?.byteLength;
  }

  get asymmetricKeyType(): string | undefined {
    return this.#info()?.asymmetricKeyType ?? undefined;
  }

  get asymmetricKeyDetails(): Record<string, unknown> | undefined {
    const d = this.#info();
    if (!d) return undefined;
    if (d.modulusLength !== null) return { modulusLength: d.modulusLength, publicExponent: 65537n };
    if (d.namedCurve !== null) return { namedCurve: d.namedCurve };
    return {};
  }

  export(options?: { format?: string; type?: string; cipher?: string }): Buffer | string | object {
    if (this.#secret) {
      if (options?.format === 'jwk') return { kty: 'oct', k: base64url(this.#secret) };
      return Buffer.from(this.#secret);
    }
    const format = options?.format ?? 'pem';
    if (format !== 'pem' && format !== 'der' && format !== 'jwk')
      throw invalidArgValue('options.format', format);
    if (options?.cipher !== undefined) throw notImplemented('KeyObject.export with a cipher');
    const args: Record<string, unknown> = { key: this.#pem, format };
    if (options?.type !== undefined) args.type = options.type;
    const out = libSync<string | Uint8Array | object>('crypto.keyExport', args);
    return out instanceof Uint8Array ? Buffer.from(out) : out;
  }

  equals(other: unknown): boolean {
    if (!(other instanceof KeyObject) || other.#type !== this.#type) return false;
    if (this.#secret && other.#secret) return Buffer.from(this.#secret).equals(Buffer.from(other.#secret));
    return this.#pem === other.#pem;
  }

  /** @internal PEM text for the kernel. */
  static pemOf(k: KeyObject): string | null {
    return k.#pem;
  }

  #info(): Details | null {
    if (!this.#pem) return null;
    this.#details ??= libSync<Details>('crypto.keyDetails', { key: this.#pem });
    return this.#details;
  }
}

function base64url(b: Uint8Array): string {
  return Buffer.from(b).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A key given as { key, format: 'der' | 'jwk', type } becomes PEM through the kernel. */
function imported(input: unknown, isPrivate: boolean): string | null {
  if (!input || typeof input !== 'object' || input instanceof KeyObject || ArrayBuffer.isView(input))
    return null;
  const o = input as { key?: unknown; format?: unknown; type?: unknown; passphrase?: unknown };
  if (o.passphrase !== undefined) throw notImplemented('keys with a passphrase');
  if (o.format !== 'der' && o.format !== 'jwk') return null;
  const key = o.format === 'jwk' ? o.key : new Uint8Array(toBytes(o.key, 'key.key'));
  if (o.format === 'jwk' && (typeof key !== 'object' || key === null))
    throw invalidArgType('key.key', 'of type object', key);
  const args: Record<string, unknown> = { key, format: o.format, private: isPrivate };
  if (o.type !== undefined) args.type = o.type;
  return libSync<string>('crypto.keyImport', args);
}

function pemText(key: unknown, name: string): string {
  if (typeof key === 'string') return key;
  if (key instanceof KeyObject) {
    const pem = KeyObject.pemOf(key);
    if (pem) return pem;
  }
  if (ArrayBuffer.isView(key)) return Buffer.from(toBytes(key, name)).toString('utf8');
  throw invalidArgType(
    name,
    'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey',
    key,
  );
}

export function createPrivateKey(key: unknown): KeyObject {
  const der = imported(key, true);
  if (der) return new KeyObject('private', der);
  const src = (
    key && typeof key === 'object' && !(key instanceof KeyObject) && !ArrayBuffer.isView(key)
      ? (key as { key: unknown }).key
      : key
  ) as unknown;
  return new KeyObject('private', pemText(src, 'key'));
}

export function createPublicKey(key: unknown): KeyObject {
  if (key instanceof KeyObject && key.type === 'private') {
    const d = libSync<Details>('crypto.keyDetails', { key: KeyObject.pemOf(key) });
    return new KeyObject('public', d.publicKey);
  }
  const der = imported(key, false);
  if (der) return new KeyObject('public', der);
  const src = (
    key && typeof key === 'object' && !(key instanceof KeyObject) && !ArrayBuffer.isView(key)
      ? (key as { key: unknown }).key
      : key
  ) as unknown;
  const pem = pemText(src, 'key');
  if (pem.includes('PRIVATE KEY')) {
    const d = libSync<Details>('crypto.keyDetails', { key: pem });
    return new KeyObject('public', d.publicKey);
  }
  return new KeyObject('public', pem);
}

export function createSecretKey(key: unknown, encoding?: unknown): KeyObject {
  return new KeyObject('secret', toBytes(key, 'key', encoding).slice());
}

interface PairOptions {
  modulusLength?: number;
  publicExponent?: number;
  namedCurve?: string;
  publicKeyEncoding?: { type?: string; format?: string };
  privateKeyEncoding?: { type?: string; format?: string; cipher?: string };
}

function pairArgs(type: unknown, options: unknown): Record<string, unknown> {
  if (typeof type !== 'string') throw invalidArgType('type', 'of type string', type);
  if (!['rsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448'].includes(type))
    throw invalidArgValue('type', type, 'must be a supported key type');
  const o = (options ?? {}) as PairOptions;
  for (const enc of [o.publicKeyEncoding, o.privateKeyEncoding]) {
    if (enc && enc.format !== undefined && enc.format !== 'pem')
      throw notImplemented(`generateKeyPair with format '${enc.format}'`);
  }
  if (o.privateKeyEncoding?.cipher !== undefined)
    throw notImplemented('generateKeyPair with an encrypted private key');
  const args: Record<string, unknown> = { type };
  if (type === 'rsa') {
    if (typeof o.modulusLength !== 'number')
      throw invalidArgType('options.modulusLength', 'of type number', o.modulusLength);
    args.modulusLength = o.modulusLength;
    if (o.publicExponent !== undefined) args.publicExponent = o.publicExponent;
  }
  if (type === 'ec') {
    if (typeof o.namedCurve !== 'string')
      throw invalidArgType('options.namedCurve', 'of type string', o.namedCurve);
    args.namedCurve = o.namedCurve;
  }
  return args;
}

function shapePair(pair: { publicKey: string; privateKey: string }, options: unknown) {
  const o = (options ?? {}) as PairOptions;
  return {
    publicKey: o.publicKeyEncoding ? pair.publicKey : new KeyObject('public', pair.publicKey),
    privateKey: o.privateKeyEncoding ? pair.privateKey : new KeyObject('private', pair.privateKey),
  };
}

export function generateKeyPairSync(type: unknown, options?: unknown) {
  const pair = libBlock<{ publicKey: string; privateKey: string }>(
    'crypto.generateKeyPair',
    pairArgs(type, options),
  );
  return shapePair(pair, options);
}

export function generateKeyPair(type: unknown, options: unknown, callback: unknown): void {
  const args = pairArgs(type, options);
  validateFunction(callback, 'callback');
  libAsync<{ publicKey: string; privateKey: string }>('crypto.generateKeyPair', args, (err, pair) => {
    if (err) {
      callback(err);
      return;
    }
    const shaped = shapePair(pair as { publicKey: string; privateKey: string }, options);
    callback(null, shaped.publicKey, shaped.privateKey);
  });
}

function keyArgs(key: unknown): Record<string, unknown> {
  const isOpts = key && typeof key === 'object' && !(key instanceof KeyObject) && !ArrayBuffer.isView(key);
  const o = (isOpts ? key : { key }) as {
    key: unknown;
    padding?: number;
    saltLength?: number;
    dsaEncoding?: string;
  };
  const out: Record<string, unknown> = { key: pemText(o.key, 'key') };
  if (o.padding !== undefined) out.padding = o.padding;
  if (o.saltLength !== undefined) out.saltLength = o.saltLength;
  if (o.dsaEncoding !== undefined) out.dsaEncoding = o.dsaEncoding;
  return out;
}

function algorithmArg(algorithm: unknown): string | null {
  if (algorithm === null || algorithm === undefined) return null;
  if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'of type string', algorithm);
  return algorithm;
}

export function sign(
  algorithm: unknown,
  data: unknown,
  key: unknown,
  callback?: unknown,
): Buffer | undefined {
  const args = { algorithm: algorithmArg(algorithm), data: copyOf(toBytes(data, 'data')), ...keyArgs(key) };
  if (callback === undefined) return Buffer.from(libBlock<Uint8Array>('crypto.sign', args));
  validateFunction(callback, 'callback');
  libAsync<Uint8Array>('crypto.sign', args, (err, sig) =>
    err ? callback(err) : callback(null, Buffer.from(sig as Uint8Array)),
  );
  return undefined;
}

export function verify(
  algorithm: unknown,
  data: unknown,
  key: unknown,
  signature: unknown,
  callback?: unknown,
): boolean | undefined {
  const args = {
    algorithm: algorithmArg(algorithm),
    data: copyOf(toBytes(data, 'data')),
    signature: copyOf(toBytes(signature, 'signature')),
    ...keyArgs(key),
  };
  if (callback === undefined) return libBlock<boolean>('crypto.verify', args);
  validateFunction(callback, 'callback');
  libAsync<boolean>('crypto.verify', args, (err, ok) => (err ? callback(err) : callback(null, ok)));
  return undefined;
}

/** createSign / createVerify: data is gathered here and signed in one crossing. */
class Gather {
  protected chunks: Uint8Array[] = [];
  constructor(protected readonly algorithm: string) {
    if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'of type string', algorithm);
  }
  update(data: unknown, encoding?: unknown): this {
    this.chunks.push(toBytes(data, 'data', encoding).slice());
    return this;
  }
  protected joined(): Uint8Array {
    return Buffer.concat(this.chunks);
  }
}

export class Sign extends Gather {
  sign(key: unknown, encoding?: unknown): Buffer | string {
    return output(sign(this.algorithm, this.joined(), key) as Buffer, encoding);
  }
}

export class Verify extends Gather {
  verify(key: unknown, signature: unknown, encoding?: unknown): boolean {
    return verify(this.algorithm, this.joined(), key, toBytes(signature, 'signature', encoding)) as boolean;
  }
}

export const createSign = (algorithm: string) => new Sign(algorithm);
export const createVerify = (algorithm: string) => new Verify(algorithm);

type RsaOp = 'publicEncrypt' | 'privateDecrypt' | 'privateEncrypt' | 'publicDecrypt';

function rsa(op: RsaOp) {
  return (key: unknown, buffer: unknown): Buffer => {
    const isOpts = key && typeof key === 'object' && !(key instanceof KeyObject) && !ArrayBuffer.isView(key);
    const o = (isOpts ? key : { key }) as {
      key: unknown;
      padding?: unknown;
      oaepHash?: unknown;
      passphrase?: unknown;
    };
    if (o.passphrase !== undefined) throw notImplemented(`crypto.${op} with an encrypted key`);
    const args: Record<string, unknown> = {
      op,
      key: pemText(o.key, 'key'),
      data: copyOf(toBytes(buffer, 'buffer')),
    };
    if (o.padding !== undefined) args.padding = o.padding;
    if (o.oaepHash !== undefined) {
      if (typeof o.oaepHash !== 'string') throw invalidArgType('key.oaepHash', 'of type string', o.oaepHash);
      args.oaepHash = o.oaepHash;
    }
    return Buffer.from(libSync<Uint8Array>('crypto.rsa', args));
  };
}

export const publicEncrypt = rsa('publicEncrypt');
export const privateDecrypt = rsa('privateDecrypt');
export const privateEncrypt = rsa('privateEncrypt');
export const publicDecrypt = rsa('publicDecrypt');
