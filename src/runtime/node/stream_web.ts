// Guest zone: node:stream/web: the WHATWG streams (web-streams-polyfill), the text codec streams and
// CompressionStream / DecompressionStream over the kernel's zlib stream handles.

import * as ws from 'web-streams-polyfill';
import { sys } from '../internal/door.js';
import { invalidArgType, invalidArgValue } from '../internal/errors.js';
import { libAsync, libSync } from '../internal/lib-call.js';
import { TextDecoder, TextEncoder } from '../internal/text-codec.js';

const { TransformStream } = ws;

export class TextEncoderStream extends TransformStream<string, Uint8Array> {
  constructor() {
    const enc = new TextEncoder();
    let pending = '';
    super({
      transform(chunk, controller) {
        let s = pending + String(chunk);
        pending = '';
        // A lone high surrogate at the end may pair with the next chunk's first unit.
        const last = s.charCodeAt(s.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pending = s.slice(-1);
          s = s.slice(0, -1);
        }
        if (s) controller.enqueue(enc.encode(s));
      },
      flush(controller) {
        if (pending) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
  }
  get encoding(): string {
    return 'utf-8';
  }
}

export class TextDecoderStream extends TransformStream<ArrayBufferView | ArrayBuffer, string> {
  #decoder: TextDecoder;
  constructor(label = 'utf-8', options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    const decoder = new TextDecoder(label, options);
    super({
      transform(chunk, controller) {
        const s = decoder.decode(chunk, { stream: true });
        if (s) controller.enqueue(s);
      },
      flush(controller) {
        const s = decoder.decode();
        if (s) controller.enqueue(s);
      },
    });
    this.#decoder = decoder;
  }
  get encoding(): string {
    return this.#decoder.encoding;
  }
  get fatal(): boolean {
    return this.#decoder.fatal;
  }
  get ignoreBOM(): boolean {
    return this.#decoder.ignoreBOM;
  }
}

const FORMATS = { gzip: 'gzip', deflate: 'deflate', 'deflate-raw': 'deflateRaw' } as const;
const INFLATE = { gzip: 'gunzip', deflate: 'inflate', 'deflate-raw': 'inflateRaw' } as const;

function zlibTransform(kind: string): Transformer<BufferSource, Uint8Array> {
  const id = libSync<number>('zlib.open', { kind, options: {} });
  const write = (data: Uint8Array, flush: number) =>
    new Promise<Uint8Array>((resolve, reject) =>
      libAsync<Uint8Array>('zlib.write', { id, data, flush }, (err, out) =>
        err ? reject(err) : resolve(out as Uint8Array),
      ),
    );
  const close = () => {
    try {
      sys('zlib.close', { id });
    } catch {
      // already closed
    }
  };
  return {
    async transform(chunk, controller) {
      if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer)) {
        close();
        throw invalidArgType('chunk', 'an instance of ArrayBuffer or ArrayBufferView', chunk);
      }
      const bytes = ArrayBuffer.isView(chunk)
        ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength).slice()
        : new Uint8Array(chunk.slice(0));
      const out = await write(bytes, 0);
      if (out.byteLength) controller.enqueue(out);
    },
    async flush(controller) {
      try {
        const out = await write(new Uint8Array(0), 4);
        if (out.byteLength) controller.enqueue(out);
      } finally {
        close();
      }
    },
  };
}

type Transformer<I, O> = ConstructorParameters<typeof TransformStream<I, O>>[0] & object;

function format(f: unknown): keyof typeof FORMATS {
  if (typeof f === 'string' && Object.hasOwn(FORMATS, f)) return f as keyof typeof FORMATS;
  throw invalidArgValue('format', f);
}

export class CompressionStream extends TransformStream<BufferSource, Uint8Array> {
  constructor(fmt: unknown) {
    super(zlibTransform(FORMATS[format(fmt)]));
  }
}

export class DecompressionStream extends TransformStream<BufferSource, Uint8Array> {
  constructor(fmt: unknown) {
    super(zlibTransform(INFLATE[format(fmt)]));
  }
}

type BufferSource = ArrayBufferView | ArrayBuffer;

const streamWeb = {
  ReadableStream: ws.ReadableStream,
  ReadableStreamDefaultReader: ws.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: ws.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: ws.ReadableStreamBYOBRequest,
  ReadableByteStreamController: ws.ReadableByteStreamController,
  ReadableStreamDefaultController: ws.ReadableStreamDefaultController,
  TransformStream: ws.TransformStream,
  TransformStreamDefaultController: ws.TransformStreamDefaultController,
  WritableStream: ws.WritableStream,
  WritableStreamDefaultWriter: ws.WritableStreamDefaultWriter,
  WritableStreamDefaultController: ws.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: ws.ByteLengthQueuingStrategy,
  CountQueuingStrategy: ws.CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
  CompressionStream,
  DecompressionStream,
};

export default streamWeb;
