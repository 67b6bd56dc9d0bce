// Guest zone: the Buffer every guest module gets (the build points the name `buffer` here): the
// `buffer` package's implementation with what Node has and it lacks: the 'base64url' encoding and
// Node's argument checking (ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING,
// ERR_BUFFER_OUT_OF_BOUNDS with Node's messages) on reads, writes, allocation and conversion.

import * as pkg from 'buffer/index.js';
import { installBufferEdges } from './buffer-edges.js';
import { installBufferInspect } from './buffer-inspect.js';
import { invalidArgType, invalidArgValue, nodeError, outOfRange } from './errors.js';
// A cycle (text-codec builds on Buffer) that is safe: each uses the other only when called.
import { TextDecoder } from './text-codec.js';

type Buf = Uint8Array & Record<string, unknown>;
type Method = (this: Buf, ...a: unknown[]) => unknown;

export const Buffer = pkg.Buffer;
const pkgExtras = pkg as unknown as { SlowBuffer: unknown; INSPECT_MAX_BYTES: number };
export const SlowBuffer = pkgExtras.SlowBuffer;
export const INSPECT_MAX_BYTES = pkgExtras.INSPECT_MAX_BYTES;
/** Node 20's largest Buffer (the package says 2^31-1). */
export const kMaxLength = 2 ** 32;

const B = Buffer as unknown as Record<string, Method> & { prototype: Record<string, Method> };
const P = B.prototype;
// The bundler renames the package's function (`Buffer8`); guests read Buffer.name and constructor.name.
Object.defineProperty(Buffer, 'name', { value: 'Buffer', configurable: true });
installBufferInspect(P);

// ---------- encodings ----------

const ENCODINGS: Record<string, string> = {
  utf8: 'utf8',
  'utf-8': 'utf8',
  ucs2: 'utf16le',
  'ucs-2': 'utf16le',
  utf16le: 'utf16le',
  'utf-16le': 'utf16le',
  latin1: 'latin1',
  binary: 'latin1',
  base64: 'base64',
  base64url: 'base64url',
  hex: 'hex',
  ascii: 'ascii',
};

/** The canonical name of `enc`, or undefined when Node does not know it. */
function encodingOf(enc: unknown): string | undefined {
  if (enc === undefined || enc === null) return 'utf8';
  if (typeof enc !== 'string') return undefined;
  return ENCODINGS[enc] ?? ENCODINGS[enc.toLowerCase()];
}

function checkEncoding(enc: unknown): string {
  const e = encodingOf(enc);
  if (e === undefined) throw nodeError('ERR_UNKNOWN_ENCODING', `Unknown encoding: ${String(enc)}`, TypeError);
  return e;
}

const toUrl = (b64: string) => b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
// The package's base64 decoder already reads '-' and '_'; only the name is new.
const fromUrl = (s: string) => s;

// A string key: the typed name would resolve to Object.prototype.toString's signature.
const TO_STRING: string = 'toString';
const origToString = P[TO_STRING] as Method;
P[TO_STRING] = function bufferToString(this: Buf, enc?: unknown, start?: unknown, end?: unknown) {
  const e = enc === undefined ? 'utf8' : checkEncoding(enc);
  if (e === 'base64url') return toUrl(origToString.call(this, 'base64', start, end) as string);
  const text = origToString.call(this, e, start, end) as string;
  // The package replaces each byte of a truncated sequence; Node (and the WHATWG decoder) one
  // U+FFFD per maximal invalid subpart. Only text that has a replacement character needs a second look.
  if (e === 'utf8' && text.includes('\uFFFD')) return decodeUtf8(this, start, end);
  return text;
};

function decodeUtf8(buf: Buf, start: unknown, end: unknown): string {
  const from = Math.max(0, Math.min(buf.length, Number(start) || 0));
  const to = end === undefined ? buf.length : Math.max(from, Math.min(buf.length, Number(end) || 0));
  return new TextDecoder().decode(buf.subarray(from, to));
}
Object.defineProperty(P[TO_STRING], 'name', { value: 'toString' });

const origWrite = P.write as Method;
P.write = function write(this: Buf, str: unknown, ...rest: unknown[]) {
  if (typeof str !== 'string')
    throw nodeError('ERR_INVALID_ARG_TYPE', 'argument must be a string', TypeError);
  // write(string[, offset[, length]][, encoding]): the encoding is the last string argument.
  const encAt = rest.findIndex((a) => typeof a === 'string');
  const enc = encAt === -1 ? 'utf8' : checkEncoding(rest[encAt]);
  const nums = encAt === -1 ? rest : rest.slice(0, encAt);
  const [offset = 0, length] = nums;
  if (typeof offset === 'number' && (offset < 0 || offset > this.length))
    throw outOfRange('offset', `>= 0 && <= ${this.length}`, offset);
  const e = enc === 'base64url' ? 'base64' : enc;
  return origWrite.call(
    this,
    enc === 'base64url' ? fromUrl(str) : str,
    offset,
    length ?? this.length - (offset as number),
    e,
  );
};

const origFill = P.fill as Method;
P.fill = function fill(this: Buf, value: unknown, offset?: unknown, end?: unknown, enc?: unknown) {
  if (typeof offset === 'string') {
    enc = offset;
    offset = 0;
    end = this.length;
  } else if (typeof end === 'string') {
    enc = end;
    end = this.length;
  }
  if (typeof offset === 'number' && (offset < 0 || offset > MAX_SIZE))
    throw outOfRange('offset', `>= 0 && <= ${MAX_SIZE}`, offset);
  if (typeof end === 'number' && (end < 0 || end > this.length))
    throw outOfRange('end', `>= 0 && <= ${this.length}`, end);
  if (typeof value === 'string') {
    const e = checkEncoding(enc);
    if (value.length > 0 && Buffer.byteLength(value, e as 'utf8') === 0)
      throw invalidArgValue('value', value);
    try {
      return origFill.call(this, value, offset, end, e === 'base64url' ? 'base64' : e);
    } catch (err) {
      // The package rejects a string that encodes to no bytes (bad hex) in its own words.
      if (err instanceof TypeError) throw invalidArgValue('value', value);
      throw err;
    }
  }
  return origFill.call(this, value, offset, end);
};

for (const name of ['indexOf', 'lastIndexOf', 'includes']) {
  const orig = P[name] as Method;
  P[name] = function search(this: Buf, value: unknown, offset?: unknown, enc?: unknown) {
    if (typeof offset === 'string')
      return orig.call(this, value, encodingOf(offset) === 'base64url' ? 'base64' : offset);
    return orig.call(this, value, offset, encodingOf(enc) === 'base64url' ? 'base64' : enc);
  };
}

const origIsEncoding = B.isEncoding as Method;
B.isEncoding = function isEncoding(this: Buf, enc: unknown) {
  return typeof enc === 'string' && enc.length > 0 && encodingOf(enc) !== undefined
    ? true
    : (origIsEncoding.call(this, enc) as boolean);
};

const origByteLength = B.byteLength as Method;
B.byteLength = function byteLength(this: Buf, value: unknown, enc?: unknown) {
  if (typeof value !== 'string' && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer))
    throw invalidArgType('string', 'of type string or an instance of Buffer or ArrayBuffer', value);
  if (typeof value === 'string' && encodingOf(enc) === 'base64url')
    return origByteLength.call(this, value, 'base64');
  return origByteLength.call(this, value, enc);
};

// ---------- construction ----------

const MAX_SIZE = kMaxLength;
const FROM_TYPES = 'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object';

function firstArgError(value: unknown): Error {
  const err = invalidArgType('first', FROM_TYPES, value);
  err.message = err.message.replace('The "first" argument', 'The first argument');
  return err;
}

const origFrom = B.from as Method;
B.from = function from(this: Buf, value: unknown, encOrOffset?: unknown, length?: unknown) {
  if (typeof value === 'string') {
    const e = encOrOffset === undefined ? 'utf8' : checkEncoding(encOrOffset);
    return origFrom.call(this, e === 'base64url' ? fromUrl(value) : value, e === 'base64url' ? 'base64' : e);
  }
  if (value === null || value === undefined || (typeof value !== 'object' && typeof value !== 'function'))
    throw firstArgError(value);
  if (
    value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)
  ) {
    const off = encOrOffset === undefined ? 0 : Number(encOrOffset);
    const byteLength = (value as ArrayBuffer).byteLength;
    if (off > byteLength || off < 0)
      throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds', RangeError);
    if (length !== undefined && Number(length) > byteLength - off)
      throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds', RangeError);
  }
  try {
    return origFrom.call(this, value, encOrOffset, length);
  } catch (e) {
    if (e instanceof TypeError && !(e as { code?: unknown }).code) throw firstArgError(value);
    throw e;
  }
};

function checkSize(size: unknown): void {
  if (typeof size !== 'number') throw invalidArgType('size', 'of type number', size);
  if (!(size >= 0 && size <= MAX_SIZE)) throw outOfRange('size', `>= 0 && <= ${MAX_SIZE}`, size);
}

for (const name of ['alloc', 'allocUnsafe', 'allocUnsafeSlow']) {
  const orig = B[name] as Method;
  B[name] = function alloc(this: Buf, size: unknown, fill?: unknown, enc?: unknown) {
    checkSize(size);
    if (
      name === 'alloc' &&
      fill !== undefined &&
      fill !== 0 &&
      (fill as number | string).toString().length > 0
    ) {
      const buf = orig.call(this, size) as Buf;
      return size === 0 ? buf : (P.fill as Method).call(buf, fill, 0, buf.length, enc);
    }
    return orig.call(this, size, fill, enc);
  };
}

const isBytes = (v: unknown) => v instanceof Uint8Array;

/** Buffer.copyBytesFrom(view[, offset[, length]]): a copy of a typed array's elements. */
B.copyBytesFrom = function copyBytesFrom(this: Buf, view: unknown, offset?: unknown, length?: unknown) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView)
    throw invalidArgType('view', 'an instance of TypedArray', view);
  const t = view as Uint8Array;
  const size = (t.constructor as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1;
  let start = 0;
  let end = t.length;
  if (offset !== undefined) {
    if (typeof offset !== 'number') throw invalidArgType('offset', 'of type number', offset);
    if (!(offset >= 0) || Math.floor(offset) !== offset) throw outOfRange('offset', '>= 0', offset);
    start = Math.min(offset, end);
  }
  if (length !== undefined) {
    if (typeof length !== 'number') throw invalidArgType('length', 'of type number', length);
    if (!(length >= 0) || Math.floor(length) !== length) throw outOfRange('length', '>= 0', length);
    end = Math.min(start + length, end);
  }
  const bytes = new Uint8Array(t.buffer, t.byteOffset + start * size, (end - start) * size);
  return Buffer.from(bytes);
};

const origConcat = B.concat as Method;
B.concat = function concat(this: Buf, list: unknown, total?: unknown) {
  if (!Array.isArray(list)) throw invalidArgType('list', 'an instance of Array', list);
  list.forEach((item, i) => {
    if (!isBytes(item)) throw invalidArgType(`list[${i}]`, 'an instance of Buffer or Uint8Array', item);
  });
  if (total !== undefined) {
    if (typeof total !== 'number') throw invalidArgType('length', 'of type number', total);
    if (!(total >= 0 && total <= MAX_SIZE)) throw outOfRange('length', `>= 0 && <= ${MAX_SIZE}`, total);
  }
  return origConcat.call(this, list, total);
};

const origCompare = B.compare as Method;
B.compare = function compare(this: Buf, a: unknown, b: unknown) {
  if (!isBytes(a)) throw invalidArgType('buf1', 'an instance of Buffer or Uint8Array', a);
  if (!isBytes(b)) throw invalidArgType('buf2', 'an instance of Buffer or Uint8Array', b);
  return origCompare.call(this, a, b);
};

for (const [name, arg] of [
  ['equals', 'otherBuffer'],
  ['copy', 'target'],
  ['compare', 'target'],
] as const) {
  const orig = P[name] as Method;
  P[name] = function withTarget(this: Buf, other: unknown, ...rest: unknown[]) {
    if (!isBytes(other)) throw invalidArgType(arg, 'an instance of Buffer or Uint8Array', other);
    // The package's methods want a Buffer; Node's take any Uint8Array.
    const target =
      other instanceof Buffer
        ? other
        : Buffer.from(other.buffer as ArrayBuffer, other.byteOffset, other.byteLength);
    return orig.call(this, target, ...rest);
  };
}

// ---------- numeric reads and writes ----------

/** Node's bounds error for an access of `width` bytes at `offset` into `buf`. */
function boundsError(offset: number, last: number, name = 'offset'): Error {
  if (Math.floor(offset) !== offset) return outOfRange(name, 'an integer', offset);
  if (last < 0)
    return nodeError(
      'ERR_BUFFER_OUT_OF_BOUNDS',
      'Attempt to access memory outside buffer bounds',
      RangeError,
    );
  return outOfRange(name, `>= ${name === 'offset' ? 0 : 1} and <= ${last}`, offset);
}

function checkOffset(buf: Buf, offset: unknown, width: number): number {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw invalidArgType('offset', 'of type number', offset);
  const last = buf.length - width;
  if (!(offset >= 0 && offset <= last) || Math.floor(offset) !== offset) throw boundsError(offset, last);
  return offset;
}

function checkByteLength(byteLength: unknown): number {
  if (typeof byteLength !== 'number') throw invalidArgType('byteLength', 'of type number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength)
    throw boundsError(byteLength, 6, 'byteLength');
  return byteLength;
}

/** The range text Node puts in a value's ERR_OUT_OF_RANGE for a `bytes`-wide integer. */
function intRange(bytes: number, signed: boolean, big: boolean): string {
  const n = big ? 'n' : '';
  const bits = bytes * 8;
  if (bytes > 4 || big) {
    return signed
      ? `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`
      : `>= 0${n} and < 2${n} ** ${bits}${n}`;
  }
  return signed ? `>= ${-(2 ** (bits - 1))} and <= ${2 ** (bits - 1) - 1}` : `>= 0 and <= ${2 ** bits - 1}`;
}

function checkInt(value: unknown, bytes: number, signed: boolean): void {
  const v = Number(value);
  const bits = bytes * 8;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  if (v > max || v < min) throw outOfRange('value', intRange(bytes, signed, false), value);
}

function checkBigInt(value: unknown, signed: boolean): void {
  // A number here is the engine's own mixing TypeError in Node, raised before anything is written.
  if (typeof value !== 'bigint') {
    void ((value as bigint) & 1n);
    return;
  }
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  if (value > max || value < min) throw outOfRange('value', intRange(8, signed, true), value);
}

/** Replaces `names` (all aliases of one method) on the prototype with `make(original)`. */
function patch(names: string[], make: (orig: Method) => Method): void {
  const orig = P[names[0] as string] as Method | undefined;
  if (!orig) return;
  const fn = make(orig);
  Object.defineProperty(fn, 'name', { value: names[0] });
  // Every alias, even those the package lacks (readBigUint64LE): Node's are the same function.
  for (const n of names) P[n] = fn;
}

const FIXED: Array<[string, number, 'u' | 's' | 'f' | 'bu' | 'bs']> = [
  ['UInt8', 1, 'u'],
  ['Int8', 1, 's'],
  ['UInt16LE', 2, 'u'],
  ['UInt16BE', 2, 'u'],
  ['Int16LE', 2, 's'],
  ['Int16BE', 2, 's'],
  ['UInt32LE', 4, 'u'],
  ['UInt32BE', 4, 'u'],
  ['Int32LE', 4, 's'],
  ['Int32BE', 4, 's'],
  ['FloatLE', 4, 'f'],
  ['FloatBE', 4, 'f'],
  ['DoubleLE', 8, 'f'],
  ['DoubleBE', 8, 'f'],
  ['BigUInt64LE', 8, 'bu'],
  ['BigUInt64BE', 8, 'bu'],
  ['BigInt64LE', 8, 'bs'],
  ['BigInt64BE', 8, 'bs'],
];

const view = (b: Buf) => new DataView(b.buffer, b.byteOffset, b.byteLength);

for (const [suffix, width, kind] of FIXED) {
  const aliases = (prefix: string) => [`${prefix}${suffix}`, `${prefix}${suffix.replace('UInt', 'Uint')}`];
  if (kind === 'f') {
    // The engine's own float conversion: the package's encoder writes a different NaN than V8.
    const little = suffix.endsWith('LE');
    const get = width === 4 ? 'getFloat32' : 'getFloat64';
    const set = width === 4 ? 'setFloat32' : 'setFloat64';
    patch(
      aliases('read'),
      () =>
        function read(this: Buf, offset?: unknown) {
          return view(this)[get](checkOffset(this, offset, width), little);
        },
    );
    patch(
      aliases('write'),
      () =>
        function write(this: Buf, value: unknown, offset?: unknown) {
          const at = checkOffset(this, offset, width);
          view(this)[set](at, Number(value), little);
          return at + width;
        },
    );
    continue;
  }
  patch(
    aliases('read'),
    (orig) =>
      function read(this: Buf, offset?: unknown) {
        return orig.call(this, checkOffset(this, offset, width));
      },
  );
  patch(
    aliases('write'),
    (orig) =>
      function write(this: Buf, value: unknown, offset?: unknown) {
        if (kind === 'u' || kind === 's') checkInt(value, width, kind === 's');
        else if (kind === 'bu' || kind === 'bs') checkBigInt(value, kind === 'bs');
        return orig.call(
          this,
          kind === 'bu' || kind === 'bs' ? value : Number(value),
          checkOffset(this, offset, width),
        );
      },
  );
}

for (const suffix of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE']) {
  const signed = suffix.startsWith('Int');
  const aliases = (prefix: string) => [`${prefix}${suffix}`, `${prefix}${suffix.replace('UInt', 'Uint')}`];
  patch(
    aliases('read'),
    (orig) =>
      function read(this: Buf, offset?: unknown, byteLength?: unknown) {
        const width = checkByteLength(byteLength);
        return orig.call(this, checkOffset(this, offset, width), width);
      },
  );
  patch(
    aliases('write'),
    (orig) =>
      function write(this: Buf, value: unknown, offset?: unknown, byteLength?: unknown) {
        const width = checkByteLength(byteLength);
        checkInt(value, width, signed);
        return orig.call(this, Number(value), checkOffset(this, offset, width), width);
      },
  );
}

// The bundle renames some of the package's functions (isBuffer2) and the wrappers above have their
// own names: every method is shown under its own key, as in Node.
for (const target of [B, P] as Array<Record<string, unknown>>) {
  for (const key of Object.getOwnPropertyNames(target)) {
    const fn = Object.getOwnPropertyDescriptor(target, key)?.value;
    if (typeof fn !== 'function' || key === 'constructor' || fn.name === key) continue;
    // Aliases (readUint8) keep the name of the method they alias, as Node's do.
    if (key.includes('Uint') && fn.name === key.replace('Uint', 'UInt')) continue;
    Object.defineProperty(fn, 'name', { value: key, configurable: true });
  }
}

// Installed last: these wrap the checked methods above.
installBufferEdges(B as unknown as Parameters<typeof installBufferEdges>[0]);
