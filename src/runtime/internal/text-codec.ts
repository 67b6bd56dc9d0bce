// Guest zone: TextEncoder / TextDecoder (the encodings Node supports without ICU data). Neither needs
// Buffer: a program whose only use of text coding is a TextDecoder (every coreutil) does not pay for
// loading the buffer package.

const LABELS: Record<string, 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1'> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  unicodefffe: 'utf-16be',
  'utf-16': 'utf-16le',
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
    const s = String(input);
    const n = s.length;
    const ascii = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        // At most 3 bytes per UTF-16 unit (a surrogate pair's 4 bytes stand for 2 units).
        const out = new Uint8Array(n * 3);
        const { written } = this.encodeInto(s, out);
        return out.slice(0, written);
      }
      ascii[i] = c;
    }
    return ascii;
  }
  encodeInto(src: string, dest: Uint8Array): { read: number; written: number } {
    const s = String(src);
    let read = 0;
    let written = 0;
    const room = dest.length;
    while (read < s.length) {
      let cp = s.charCodeAt(read);
      let units = 1;
      if (cp >= 0xd800 && cp <= 0xdbff && read + 1 < s.length) {
        const lo = s.charCodeAt(read + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          units = 2;
        }
      }
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // a lone surrogate encodes as U+FFFD
      const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (written + size > room) break;
      if (size === 1) dest[written] = cp;
      else if (size === 2) {
        dest[written] = 0xc0 | (cp >> 6);
        dest[written + 1] = 0x80 | (cp & 0x3f);
      } else if (size === 3) {
        dest[written] = 0xe0 | (cp >> 12);
        dest[written + 1] = 0x80 | ((cp >> 6) & 0x3f);
        dest[written + 2] = 0x80 | (cp & 0x3f);
      } else {
        dest[written] = 0xf0 | (cp >> 18);
        dest[written + 1] = 0x80 | ((cp >> 12) & 0x3f);
        dest[written + 2] = 0x80 | ((cp >> 6) & 0x3f);
        dest[written + 3] = 0x80 | (cp & 0x3f);
      }
      written += size;
      read += units;
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

function invalidData(encoding: string): TypeError {
  const err = new TypeError(`The encoded data was not valid for encoding ${encoding}`) as TypeError & {
    code: string;
  };
  err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
  return err;
}

/** Collects UTF-16 code units and turns them into a string in slices (no huge argument lists). */
class Units {
  private units: number[] = [];
  private parts: string[] = [];
  push(u: number): void {
    this.units.push(u);
    if (this.units.length >= 8192) this.flush();
  }
  pushCodePoint(cp: number): void {
    if (cp < 0x10000) {
      this.push(cp);
      return;
    }
    const v = cp - 0x10000;
    this.push(0xd800 + (v >> 10));
    this.push(0xdc00 + (v & 0x3ff));
  }
  private flush(): void {
    this.parts.push(String.fromCharCode.apply(null, this.units));
    this.units = [];
  }
  toString(): string {
    if (this.units.length) this.flush();
    return this.parts.join('');
  }
}

/** The WHATWG UTF-8 decoder: streaming state, one U+FFFD per maximal invalid subpart, or fatal. */
class Utf8State {
  private cp = 0;
  private needed = 0;
  private seen = 0;
  private lower = 0x80;
  private upper = 0xbf;

  decode(bytes: Uint8Array, out: Units, fatal: boolean, end: boolean): void {
    const bad = () => {
      if (fatal) throw invalidData('utf-8');
      out.push(0xfffd);
    };
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      if (this.needed === 0) {
        if (b <= 0x7f) out.push(b);
        else if (b >= 0xc2 && b <= 0xdf) this.start(1, b & 0x1f);
        else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) this.lower = 0xa0;
          if (b === 0xed) this.upper = 0x9f;
          this.start(2, b & 0x0f);
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) this.lower = 0x90;
          if (b === 0xf4) this.upper = 0x8f;
          this.start(3, b & 0x07);
        } else bad();
        continue;
      }
      if (b < this.lower || b > this.upper) {
        this.reset();
        bad();
        i--; // the byte starts afresh
        continue;
      }
      this.lower = 0x80;
      this.upper = 0xbf;
      this.cp = (this.cp << 6) | (b & 0x3f);
      if (++this.seen === this.needed) {
        out.pushCodePoint(this.cp);
        this.reset();
      }
    }
    if (end && this.needed !== 0) {
      this.reset();
      bad();
    }
  }

  private start(needed: number, bits: number): void {
    this.needed = needed;
    this.cp = bits;
    this.seen = 0;
  }

  reset(): void {
    this.cp = 0;
    this.needed = 0;
    this.seen = 0;
    this.lower = 0x80;
    this.upper = 0xbf;
  }
}

/** UTF-16 (LE or BE) with an odd trailing byte and a trailing high surrogate carried across stream calls. */
class Utf16State {
  private byte = -1;
  private high = -1;

  constructor(private readonly bigEndian = false) {}

  private pair(first: number, second: number): number {
    return this.bigEndian ? (first << 8) | second : first | (second << 8);
  }

  decode(bytes: Uint8Array, out: Units, fatal: boolean, end: boolean): void {
    const bad = () => {
      if (fatal) throw invalidData(this.bigEndian ? 'utf-16be' : 'utf-16le');
      out.push(0xfffd);
    };
    const unit = (u: number) => {
      if (this.high !== -1) {
        const h = this.high;
        this.high = -1;
        if (u >= 0xdc00 && u <= 0xdfff) {
          out.push(h);
          out.push(u);
          return;
        }
        bad();
      }
      if (u >= 0xd800 && u <= 0xdbff) this.high = u;
      else if (u >= 0xdc00 && u <= 0xdfff) bad();
      else out.push(u);
    };
    let i = 0;
    if (this.byte !== -1 && bytes.length > 0) {
      unit(this.pair(this.byte, bytes[0] as number));
      this.byte = -1;
      i = 1;
    }
    for (; i + 1 < bytes.length; i += 2) unit(this.pair(bytes[i] as number, bytes[i + 1] as number));
    if (i < bytes.length) this.byte = bytes[i] as number;
    if (end) {
      if (this.high !== -1 || this.byte !== -1) {
        this.high = -1;
        this.byte = -1;
        bad();
      }
    }
  }

  reset(): void {
    this.byte = -1;
    this.high = -1;
  }
}

export class TextDecoder {
  readonly #encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  readonly #fatal: boolean;
  readonly #ignoreBOM: boolean;
  #utf8 = new Utf8State();
  #utf16: Utf16State;
  /** Whether the BOM check of the current stream is behind us. */
  #bomDone = false;

  constructor(label: unknown = 'utf-8', options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    const enc = LABELS[String(label).trim().toLowerCase()];
    if (!enc) {
      const err = new RangeError(`The "${String(label)}" encoding is not supported`) as RangeError & {
        code: string;
      };
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    this.#encoding = enc === 'latin1' ? 'windows-1252' : enc;
    this.#utf16 = new Utf16State(enc === 'utf-16be');
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  get encoding(): string {
    return this.#encoding;
  }

  get fatal(): boolean {
    return this.#fatal;
  }

  get ignoreBOM(): boolean {
    return this.#ignoreBOM;
  }

  decode(input?: unknown, options: { stream?: boolean } = {}): string {
    const bytes = toBytes(input);
    const stream = Boolean(options?.stream);
    let out: string;
    if (this.#encoding === 'windows-1252') {
      // Node 20 decodes this label as plain Latin-1, without the cp1252 mappings of 0x80-0x9F.
      const units = new Units();
      for (const b of bytes) units.push(b);
      out = units.toString();
    } else {
      const units = new Units();
      const state = this.#encoding === 'utf-8' ? this.#utf8 : this.#utf16;
      try {
        state.decode(bytes, units, this.#fatal, !stream);
      } catch (err) {
        state.reset();
        this.#bomDone = false;
        throw err;
      }
      out = units.toString();
    }
    if (!this.#ignoreBOM && !this.#bomDone && out.length > 0) {
      if (out.charCodeAt(0) === 0xfeff && this.#encoding !== 'windows-1252') out = out.slice(1);
      this.#bomDone = true;
    }
    if (!stream) this.#bomDone = false;
    return out;
  }

  get [Symbol.toStringTag](): string {
    return 'TextDecoder';
  }
}

// The bundler may rename these classes (TextEncoder2); guests read constructor.name.
Object.defineProperty(TextEncoder, 'name', { value: 'TextEncoder' });
Object.defineProperty(TextDecoder, 'name', { value: 'TextDecoder' });
// Node prints an encoder as its one field.
Object.defineProperty(TextEncoder.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  value(this: TextEncoder, depth: number, options: object, inspect: (v: unknown, o: object) => string) {
    if (depth < 0) return this;
    return inspect({ encoding: this.encoding }, options);
  },
  configurable: true,
  writable: true,
});
