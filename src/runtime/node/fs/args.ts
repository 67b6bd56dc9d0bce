// Guest zone: argument handling shared by fs's sync, callback and promise forms: paths (string,
// Buffer, file: URL), flags ('r', 'w+', …), modes and encodings, validated the way Node does.

import { Buffer } from 'buffer';
import * as C from '../../../abi/fs-constants.js';
import { invalidArgType, invalidArgValue, nodeError, outOfRange } from '../../internal/errors.js';
// The lazy wrapper: node-inspect-extracted is only loaded when a message needs it.
import { inspect } from '../../internal/inspect.js';

export type PathLike = string | Uint8Array | { href: string; protocol: string; pathname: string };

export function toPath(p: unknown, name = 'path'): string {
  let s: string;
  if (typeof p === 'string') s = p;
  else if (p instanceof Uint8Array)
    s = Buffer.from(p.buffer as ArrayBuffer, p.byteOffset, p.byteLength).toString('utf8');
  else if (p && typeof p === 'object' && 'href' in p && 'protocol' in p) {
    const u = p as unknown as { protocol: string; hostname: string; pathname: string };
    if (u.protocol !== 'file:')
      throw nodeError('ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file', TypeError);
    if (u.hostname)
      throw nodeError(
        'ERR_INVALID_FILE_URL_HOST',
        'File URL host must be "localhost" or empty on linux',
        TypeError,
      );
    s = decodeURIComponent(u.pathname);
  } else throw invalidArgType(name, 'of type string or an instance of Buffer or URL', p);
  if (s.includes('\u0000')) {
    // Node shows the value through inspect (NUL as \x00), so the message is built here.
    throw nodeError(
      'ERR_INVALID_ARG_VALUE',
      `The argument '${name}' must be a string, Uint8Array, or URL without null bytes. Received ${inspect(p)}`,
      TypeError,
    );
  }
  return s;
}

const FLAGS: Record<string, number> = {
  r: C.O_RDONLY,
  rs: C.O_RDONLY | C.O_SYNC,
  sr: C.O_RDONLY | C.O_SYNC,
  'r+': C.O_RDWR,
  'rs+': C.O_RDWR | C.O_SYNC,
  'sr+': C.O_RDWR | C.O_SYNC,
  w: C.O_TRUNC | C.O_CREAT | C.O_WRONLY,
  wx: C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  xw: C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  'w+': C.O_TRUNC | C.O_CREAT | C.O_RDWR,
  'wx+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  'xw+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  a: C.O_APPEND | C.O_CREAT | C.O_WRONLY,
  ax: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  xa: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  as: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC,
  sa: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC,
  'a+': C.O_APPEND | C.O_CREAT | C.O_RDWR,
  'ax+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  'xa+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  'as+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC,
  'sa+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC,
};

export function toFlags(flags: unknown, fallback = 'r'): number {
  if (flags === undefined || flags === null) return FLAGS[fallback] as number;
  if (typeof flags === 'number') return flags;
  if (typeof flags === 'string' && Object.hasOwn(FLAGS, flags)) return FLAGS[flags] as number;
  throw invalidArgValue('flags', flags);
}

export function toMode(mode: unknown, fallback: number, name = 'mode'): number {
  if (mode === undefined || mode === null) return fallback;
  if (typeof mode === 'number' && Number.isInteger(mode) && mode >= 0 && mode <= 0xffffffff)
    return mode & 0o7777;
  if (typeof mode === 'string' && /^[0-7]+$/.test(mode)) return Number.parseInt(mode, 8) & 0o7777;
  if (typeof mode === 'string')
    throw invalidArgValue(name, mode, 'must be a 32-bit unsigned integer or an octal string');
  if (typeof mode !== 'number') throw invalidArgType(name, 'of type number', mode);
  if (!Number.isInteger(mode)) throw outOfRange(name, 'an integer', mode);
  throw outOfRange(name, '>= 0 && <= 4294967295', mode);
}

export function isFd(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2147483647;
}

export function toFd(v: unknown, name = 'fd'): number {
  if (typeof v !== 'number') throw invalidArgType(name, 'of type number', v);
  if (!isFd(v)) {
    const err = new RangeError(
      `The value of "${name}" is out of range. It must be >= 0 && <= 2147483647. Received ${v}`,
    ) as RangeError & { code: string };
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return v;
}

const ENCODINGS = new Set([
  'utf8',
  'utf-8',
  'ascii',
  'latin1',
  'binary',
  'base64',
  'base64url',
  'hex',
  'ucs2',
  'ucs-2',
  'utf16le',
  'utf-16le',
  'buffer',
]);

/** `options` may be an encoding string or an object; returns the object form. */
export function toOptions<T extends object>(options: unknown, defaults: T): T & { encoding?: string | null } {
  if (options === undefined || options === null || typeof options === 'function') return { ...defaults };
  if (typeof options === 'string') {
    checkEncoding(options);
    return { ...defaults, encoding: options };
  }
  if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  const o = { ...defaults, ...(options as object) } as T & { encoding?: string | null };
  if (o.encoding !== undefined && o.encoding !== null) checkEncoding(o.encoding);
  return o;
}

export function checkEncoding(enc: unknown): void {
  if (typeof enc !== 'string' || !ENCODINGS.has(enc.toLowerCase())) {
    const err = new TypeError(
      `The argument 'encoding' is invalid encoding. Received '${String(enc)}'`,
    ) as TypeError & { code: string };
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
}

/** Bytes to what the caller asked for: a Buffer, or a string in `encoding`. */
export function decode(bytes: Uint8Array, encoding: string | null | undefined): Buffer | string {
  const buf = Buffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  if (!encoding || encoding === 'buffer') return buf;
  return buf.toString(encoding as BufferEncoding);
}

type BufferEncoding =
  | 'utf8'
  | 'hex'
  | 'base64'
  | 'latin1'
  | 'ascii'
  | 'utf16le'
  | 'base64url'
  | 'binary'
  | 'ucs2';

/** Data to write: strings are encoded here when not UTF-8 (the kernel takes UTF-8 strings as-is). */
export function toData(data: unknown, encoding?: string | null): Uint8Array | string {
  if (typeof data === 'string') {
    if (!encoding || /^utf-?8$/i.test(encoding)) return data;
    return Buffer.from(data, encoding as BufferEncoding);
  }
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}
