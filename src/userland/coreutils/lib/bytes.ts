// Guest zone (userland): fast byte/string conversions. The bundled Buffer polyfill encodes and decodes
// in plain JavaScript (seconds for megabytes), so the text utilities convert here instead.

const CHUNK = 8192;
const decoder = new (
  globalThis as unknown as { TextDecoder: new () => { decode(b: Uint8Array): string } }
).TextDecoder();
const encoder = new (
  globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } }
).TextEncoder();

/** Bytes → string, one char per byte (latin1): byte-exact for any input. */
export function latin1(b: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < b.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, b.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}

/** A latin1 string (chars < 256) → its bytes. */
export function latin1Bytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** UTF-8 bytes → string. */
export function utf8(b: Uint8Array): string {
  return decoder.decode(b);
}

/** String → UTF-8 bytes (ASCII without the encoder's overhead). */
export function utf8Bytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return encoder.encode(s);
    b[i] = c;
  }
  return b;
}
