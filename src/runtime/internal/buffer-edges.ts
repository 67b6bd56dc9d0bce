// Guest zone: Buffer edges where the `buffer` package and Node 20 part ways: the base64 byteLength
// estimate, searching for an empty needle, the swap methods' error code, buffer.transcode, Node's
// per-encoding slice/write methods, and no browser-polyfill marker (TYPED_ARRAY_SUPPORT).

import { invalidArgType, nodeError } from './errors.js';

type Buf = Uint8Array & { toString(enc?: string): string };
type Method = (this: Buf, ...a: unknown[]) => unknown;
type BufferCtor = Record<string, Method> & {
  prototype: Record<string, Method>;
  from(s: string | ArrayLike<number>, enc?: string): Buf;
};

/** Node's estimate for base64 input: 3/4 of its length after up to two '=' (no decoding). */
function base64ByteLength(s: string): number {
  let n = s.length;
  if (s.charCodeAt(n - 1) === 0x3d) n--;
  if (n > 1 && s.charCodeAt(n - 1) === 0x3d) n--;
  return (n * 3) >>> 2;
}

/** Where an empty needle is "found": the clamped start offset, as Node answers. */
function emptyNeedleAt(len: number, offset: unknown, last: boolean): number {
  let at = Number(offset);
  if (offset === undefined || Number.isNaN(at)) return last ? len : 0;
  at = Math.trunc(at);
  if (at < 0) at = Math.max(0, len + at);
  return Math.min(at, len);
}

const isEmptyNeedle = (v: unknown) => v === '' || (v instanceof Uint8Array && v.length === 0);

/** Installs the edges on the package's Buffer (after buffer-impl's own wrappers). */
export function installBufferEdges(B: BufferCtor): void {
  const P = B.prototype;
  // Guests read method names (Buffer.byteLength.name): each wrapper carries its key's.
  const named = (o: Record<string, Method>, key: string, fn: Method) => {
    Object.defineProperty(fn, 'name', { value: key, configurable: true });
    o[key] = fn;
  };
  const byteLength = B.byteLength as Method;
  named(B, 'byteLength', function (this: Buf, value: unknown, enc?: unknown) {
    if (typeof value === 'string' && typeof enc === 'string' && /^base64(url)?$/i.test(enc))
      return base64ByteLength(value);
    return byteLength.call(this, value, enc);
  });
  for (const name of ['indexOf', 'lastIndexOf'] as const) {
    const orig = P[name] as Method;
    named(P, name, function (this: Buf, value: unknown, offset?: unknown, enc?: unknown) {
      if (isEmptyNeedle(value))
        return emptyNeedleAt(
          this.length,
          typeof offset === 'string' ? undefined : offset,
          name === 'lastIndexOf',
        );
      return orig.call(this, value, offset, enc);
    });
  }
  const fill = P.fill as Method;
  named(P, 'fill', function (this: Buf, value: unknown, offset?: unknown, end?: unknown, enc?: unknown) {
    // Node fills nothing (and does not throw) when the range is empty because it starts past its end.
    const stop = end === undefined || typeof end === 'string' ? this.length : end;
    if (
      typeof offset === 'number' &&
      typeof stop === 'number' &&
      stop >= 0 &&
      stop <= this.length &&
      offset >= stop &&
      offset <= 2 ** 32
    )
      return this;
    return fill.call(this, value, offset, end, enc);
  });
  for (const [name, bits] of [
    ['swap16', 16],
    ['swap32', 32],
    ['swap64', 64],
  ] as const) {
    const orig = P[name] as Method;
    named(P, name, function (this: Buf) {
      if (this.length % (bits / 8) !== 0)
        throw nodeError(
          'ERR_INVALID_BUFFER_SIZE',
          `Buffer size must be a multiple of ${bits}-bits`,
          RangeError,
        );
      return orig.call(this);
    });
  }
  installEncodingMethods(P, named);
  // The package's browser marker: feature tests read it to tell a polyfill from Node's Buffer.
  delete (B as Record<string, unknown>).TYPED_ARRAY_SUPPORT;
}

/**
 * Node's `buf.utf8Slice(start, end)` / `buf.utf8Write(string, offset, length)` family (public on
 * Buffer.prototype, used by packages for speed): toString/write with the encoding fixed.
 */
function installEncodingMethods(
  P: Record<string, Method>,
  named: (o: Record<string, Method>, key: string, fn: Method) => void,
): void {
  const bufToString = P.toString as Method;
  const write = P.write as Method;
  const encodings = {
    ascii: 'ascii',
    base64: 'base64',
    base64url: 'base64url',
    latin1: 'latin1',
    hex: 'hex',
    ucs2: 'utf16le',
    utf8: 'utf8',
  };
  for (const [prefix, enc] of Object.entries(encodings)) {
    named(P, `${prefix}Slice`, function (this: Buf, start?: unknown, end?: unknown) {
      return bufToString.call(this, enc, start ?? 0, end ?? this.length);
    });
    named(P, `${prefix}Write`, function (this: Buf, str: unknown, offset?: unknown, length?: unknown) {
      const at = (offset as number | undefined) ?? 0;
      return write.call(this, str, at, (length as number | undefined) ?? this.length - at, enc);
    });
  }
}

const TRANSCODE: Record<string, string> = {
  ascii: 'ascii',
  latin1: 'latin1',
  binary: 'latin1',
  ucs2: 'utf16le',
  'ucs-2': 'utf16le',
  utf16le: 'utf16le',
  'utf-16le': 'utf16le',
  utf8: 'utf8',
  'utf-8': 'utf8',
};

/** buffer.transcode(source, from, to) for the encodings Node's ICU build converts between. */
export function transcode(B: BufferCtor, source: unknown, from: unknown, to: unknown): Buf {
  if (!(source instanceof Uint8Array))
    throw invalidArgType('source', 'an instance of Buffer or Uint8Array', source);
  const f = TRANSCODE[String(from).toLowerCase()];
  const t = TRANSCODE[String(to).toLowerCase()];
  if (f === undefined || t === undefined) {
    // ICU's failure, shaped as Node reports it: a plain Error with the ICU code and errno.
    throw Object.assign(new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]'), {
      code: 'U_ILLEGAL_ARGUMENT_ERROR',
      errno: 1,
    });
  }
  const bytes = B.from(source as unknown as ArrayLike<number>);
  // ICU reads a byte above 0x7f in ASCII input as U+FFFD; Buffer's 'ascii' would mask it.
  const text =
    f === 'ascii'
      ? Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '\ufffd')).join('')
      : bytes.toString(f);
  if (t === 'utf8' || t === 'utf16le') return B.from(text, t);
  // Single-byte targets: a code point they cannot hold becomes '?', as ICU substitutes.
  const limit = t === 'ascii' ? 0x7f : 0xff;
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0x3f;
    out.push(cp <= limit ? cp : 0x3f);
  }
  return B.from(out);
}
