// Guest zone (userland /bin/sh): the shell's text is JavaScript strings, but printf '\377' and echo
// '\303\251' make bytes. Like Python's surrogateescape, a byte that is not part of valid UTF-8 is
// carried as the lone surrogate U+DC80..U+DCFF and written back out as that byte.

import { fs } from './node-api.js';

const ASCII = /^[\x00-\x7f]*$/;
const ESCAPED = /[\udc80-\udcff]/;

/** Text → UTF-8 as a binary string (one char per byte); carried bytes come back as themselves. */
export function toBinary(s: string): string {
  if (ASCII.test(s)) return s;
  let b = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !isHigh(s.charCodeAt(i - 1))) {
      b += String.fromCharCode(c - 0xdc00);
      continue;
    }
    if (isHigh(c) && isLow(s.charCodeAt(i + 1))) {
      c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
    }
    if (c < 0x80) b += String.fromCharCode(c);
    else if (c < 0x800) b += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) b += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      b += String.fromCharCode(
        0xf0 | (c >> 18),
        0x80 | ((c >> 12) & 63),
        0x80 | ((c >> 6) & 63),
        0x80 | (c & 63),
      );
  }
  return b;
}

/** A binary string → text: valid UTF-8 sequences decode, any other byte is carried (U+DC80+). */
export function fromBinary(b: string): string {
  if (ASCII.test(b)) return b;
  let s = '';
  for (let i = 0; i < b.length; ) {
    const c = b.charCodeAt(i);
    const n =
      c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    let cp = n === 1 ? c : n === 2 ? c & 31 : n === 3 ? c & 15 : c & 7;
    let ok = n > 0;
    for (let k = 1; ok && k < n; k++) {
      const t = b.charCodeAt(i + k);
      ok = t >= 0x80 && t < 0xc0;
      cp = (cp << 6) | (t & 63);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
    if (
      ok &&
      ((n === 3 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) ||
        (n === 4 && (cp < 0x10000 || cp > 0x10ffff)))
    )
      ok = false;
    if (!ok) {
      s += String.fromCharCode(0xdc00 + c);
      i++;
      continue;
    }
    s += String.fromCodePoint(cp);
    i += n;
  }
  return s;
}

/** Text → the bytes to write (UTF-8, carried bytes as themselves). */
export function encodeText(s: string): Uint8Array {
  if (!ESCAPED.test(s)) return new TextEncoder().encode(s);
  const b = toBinary(s);
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = b.charCodeAt(i);
  return out;
}

const CHUNK = 8192;

/** Bytes → a binary string, one char per byte. */
function binaryOf(b: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < b.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, b.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}

/** Bytes (a file, a child's output) → shell text, every byte kept (invalid UTF-8 carried). */
export function decodeBytes(b: Uint8Array | string): string {
  return typeof b === 'string' ? b : fromBinary(binaryOf(b));
}

/** A file's bytes as shell text (a script, a `<` redirection read by `read`). */
export function readText(path: string | number): string {
  return decodeBytes(fs.readFileSync(path));
}

/**
 * Decodes a byte stream chunk by chunk: a UTF-8 sequence split between two chunks is held back
 * until the rest arrives (decoding each half alone would carry its bytes as invalid), and
 * `end()` releases whatever is left.
 */
export class ByteDecoder {
  private held = '';

  push(chunk: Uint8Array | string): string {
    const b = this.held + (typeof chunk === 'string' ? toBinary(chunk) : binaryOf(chunk));
    const cut = incompleteTail(b);
    this.held = b.slice(cut);
    return fromBinary(b.slice(0, cut));
  }

  end(): string {
    const b = this.held;
    this.held = '';
    return fromBinary(b);
  }
}

/** Where a trailing, not yet complete UTF-8 sequence starts in `b` (b.length if none). */
function incompleteTail(b: string): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b.charCodeAt(b.length - k);
    if (c < 0x80) return b.length;
    if (c >= 0xc0) {
      const n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return n > k ? b.length - k : b.length;
    }
  }
  return b.length;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c < 0xdc00;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c < 0xe000;
}

declare class TextEncoder {
  encode(s: string): Uint8Array;
}
