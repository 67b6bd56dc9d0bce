// Guest zone: node:stream/consumers: read a whole stream (a Node Readable, a web ReadableStream or
// any async iterable of chunks) into text, JSON, bytes or a Blob.

import { invalidArgType } from '../internal/errors.js';
import { TextDecoder } from '../internal/text-codec.js';

type Bytes = Uint8Array;
const NodeBuffer = () =>
  (globalThis as unknown as { Buffer: { from(v: unknown, e?: string): Bytes; concat(l: Bytes[]): Bytes } })
    .Buffer;

/** Every chunk as bytes (strings as UTF-8), in order. */
async function chunks(stream: unknown): Promise<Bytes[]> {
  const it = stream as { [Symbol.asyncIterator]?: () => AsyncIterator<unknown> };
  if (stream === null || typeof stream !== 'object' || typeof it[Symbol.asyncIterator] !== 'function')
    throw invalidArgType('stream', 'an instance of ReadableStream, Stream or AsyncIterable', stream);
  const out: Bytes[] = [];
  for await (const chunk of stream as AsyncIterable<unknown>) {
    if (typeof chunk === 'string') out.push(NodeBuffer().from(chunk, 'utf8'));
    else if (chunk instanceof Uint8Array) out.push(chunk);
    else if (ArrayBuffer.isView(chunk))
      out.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    else if (chunk instanceof ArrayBuffer) out.push(new Uint8Array(chunk));
    else throw invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
  }
  return out;
}

async function buffer(stream: unknown): Promise<Bytes> {
  return NodeBuffer().concat(await chunks(stream));
}

async function arrayBuffer(stream: unknown): Promise<ArrayBuffer> {
  const b = await buffer(stream);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

async function text(stream: unknown): Promise<string> {
  // One decoder over the joined bytes, so a character split across chunks stays whole.
  return new TextDecoder().decode(await buffer(stream));
}

async function json(stream: unknown): Promise<unknown> {
  return JSON.parse(await text(stream));
}

async function blob(stream: unknown): Promise<unknown> {
  const Blob = (globalThis as unknown as { Blob: new (parts: Bytes[]) => unknown }).Blob;
  return new Blob(await chunks(stream));
}

export default { arrayBuffer, blob, buffer, json, text };
