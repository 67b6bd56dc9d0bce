// Guest zone: TextEncoder / TextDecoder (the encodings Node supports without ICU data), over Buffer.

import { Buffer } from 'buffer';
import { StringDecoder } from 'string_decoder';

const LABELS: Record<string, 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1'> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16be': 'utf-16be',
  latin1: 'latin1',
  'iso-8859-1': 'latin1',
  'windows-1252': 'latin1',
  ascii: 'latin1',
  'us-ascii': 'latin1',
};

export class TextEncoder {
  get encoding(): string {
    return 'utf-8';
  }
  encode(input = ''): Uint8Array {
    const b = Buffer.from(String(input), 'utf8');
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  }
  encodeInto(src: string, dest: Uint8Array): { read: number; written: number } {
    let read = 0;
    let written = 0;
    for (const ch of String(src)) {
      const bytes = Buffer.from(ch, 'utf8');
      if (written + bytes.length > dest.length) break;
      dest.set(bytes, written);
      written += bytes.length;
      read += ch.length;
    }
    return { read, written };
  }
  get [Symbol.toStringTag](): string {
    return 'TextEncoder';
  }
}

function toBytes(input: unknown): Uint8Array {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const err = new TypeError(
    'The "input" argument must be an instance of ArrayBuffer or ArrayBufferView.',
  ) as TypeError & { code: string };
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

export class TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  private decoder: StringDecoder | null = null;
  private bomSeen = false;
  /** utf-16be: a byte left over from the previous streamed chunk (pairs are swapped to utf-16le). */
  private oddByte: number | null = null;

  constructor(label = 'utf-8', options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    const enc = LABELS[String(label).trim().toLowerCase()];
    if (!enc) {
      const err = new RangeError(`The "${label}" encoding is not supported`) as RangeError & { code: string };
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    this.encoding = enc === 'latin1' ? 'windows-1252' : enc;
    this.fatal = Boolean(options.fatal);
    this.ignoreBOM = Boolean(options.ignoreBOM);
  }

  decode(input?: unknown, options: { stream?: boolean } = {}): string {
    let bytes = toBytes(input);
    if (this.encoding === 'utf-16be') bytes = this.swapPairs(bytes, options.stream === true);
    const enc =
      this.encoding === 'windows-1252' ? 'latin1' : this.encoding.startsWith('utf-16') ? 'utf16le' : 'utf8';
    if (this.fatal && enc === 'utf8' && !options.stream && !isValidUtf8(bytes)) {
      const err = new TypeError('The encoded data was not valid for encoding utf-8') as TypeError & {
        code: string;
      };
      err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
      throw err;
    }
    this.decoder ??= new StringDecoder(enc);
    let out = this.decoder.write(
      Buffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength),
    );
    if (!options.stream) {
      out += this.decoder.end();
      this.decoder = null;
    }
    if (!this.ignoreBOM && !this.bomSeen && out.length > 0) {
      if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
      this.bomSeen = options.stream === true;
    }
    if (!options.stream) this.bomSeen = false;
    return out;
  }

  /** Big-endian UTF-16 as little-endian bytes, keeping an odd trailing byte for the next chunk. */
  private swapPairs(input: Uint8Array, stream: boolean): Uint8Array {
    const all = new Uint8Array(input.byteLength + (this.oddByte === null ? 0 : 1));
    if (this.oddByte !== null) all[0] = this.oddByte;
    all.set(input, this.oddByte === null ? 0 : 1);
    const even = all.byteLength - (all.byteLength % 2);
    this.oddByte = stream && even < all.byteLength ? (all[even] as number) : null;
    const out = new Uint8Array(stream ? even : all.byteLength);
    for (let i = 0; i + 1 < all.byteLength; i += 2) {
      out[i] = all[i + 1] as number;
      out[i + 1] = all[i] as number;
    }
    if (!stream && even < all.byteLength) out[even] = all[even] as number;
    return out;
  }

  get [Symbol.toStringTag](): string {
    return 'TextDecoder';
  }
}

function isValidUtf8(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return false;
    if (i + n >= b.length + (n === 0 ? 1 : 0) && n > 0 && i + n > b.length - 1 + 1) return false;
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return false;
    }
    i += n + 1;
  }
  return true;
}
