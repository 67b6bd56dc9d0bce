// Guest zone: Blob and File (globals in Node 20, also exported by node:buffer), bytes held in the guest.

import { Buffer } from 'buffer';
import { invalidArgType } from './errors.js';

declare const require: (id: string) => unknown;

function partBytes(part: unknown): Uint8Array {
  if (part instanceof Blob) return Blob.bytesOf(part);
  if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength).slice();
  return new Uint8Array(Buffer.from(String(part), 'utf8'));
}

export class Blob {
  #bytes: Uint8Array;
  #type: string;

  constructor(parts: unknown = [], options: { type?: unknown; endings?: unknown } = {}) {
    if (
      parts === null ||
      typeof parts !== 'object' ||
      typeof (parts as Iterable<unknown>)[Symbol.iterator] !== 'function'
    )
      throw invalidArgType('sources', 'a sequence', parts);
    const chunks = Array.from(parts as Iterable<unknown>, partBytes);
    const size = chunks.reduce((n, c) => n + c.byteLength, 0);
    this.#bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      this.#bytes.set(c, at);
      at += c.byteLength;
    }
    const type = options?.type === undefined ? '' : String(options.type);
    this.#type = /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
  }

  /** @internal */
  static bytesOf(b: Blob): Uint8Array {
    return b.#bytes;
  }

  get size(): number {
    return this.#bytes.byteLength;
  }

  get type(): string {
    return this.#type;
  }

  slice(start?: number, end?: number, contentType?: string): Blob {
    const size = this.size;
    const rel = (v: number | undefined, d: number) =>
      v === undefined ? d : v < 0 ? Math.max(size + Math.trunc(v), 0) : Math.min(Math.trunc(v), size);
    const from = rel(start, 0);
    const to = Math.max(rel(end, size), from);
    return new Blob([this.#bytes.subarray(from, to)], { type: contentType ?? '' });
  }

  async text(): Promise<string> {
    return Buffer.from(this.#bytes).toString('utf8');
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#bytes.slice().buffer as ArrayBuffer;
  }

  stream(): unknown {
    // The same ReadableStream class as the global and node:stream/web (the package's ES build).
    const { ReadableStream } = (require('../node/stream_web.js') as { default: Record<string, unknown> })
      .default as { ReadableStream: new (src: object) => unknown };
    const bytes = this.#bytes.slice();
    return new ReadableStream({
      pull(controller: { enqueue(c: Uint8Array): void; close(): void }) {
        if (bytes.byteLength) controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  get [Symbol.toStringTag](): string {
    return 'Blob';
  }
}

export class File extends Blob {
  #name: string;
  #lastModified: number;

  constructor(bits: unknown, name: unknown, options: { type?: unknown; lastModified?: unknown } = {}) {
    // biome-ignore lint/complexity/noArguments: Node counts the arguments given, not undefined ones
    if (arguments.length < 2) {
      const err = new TypeError('The "fileName" argument must be specified') as TypeError & { code: string };
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    super(bits, options);
    this.#name = String(name);
    this.#lastModified = options?.lastModified === undefined ? Date.now() : Number(options.lastModified);
  }

  get name(): string {
    return this.#name;
  }

  get lastModified(): number {
    return this.#lastModified;
  }

  override get [Symbol.toStringTag](): string {
    return 'File';
  }
}
