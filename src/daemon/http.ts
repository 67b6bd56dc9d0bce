// Host zone (daemon): HTTP plumbing of the API server: JSON errors as Docker sends them
// ({"message": …} with a 4xx/5xx status), bounded JSON bodies, query flags, and the multiplexed
// stdout/stderr framing of Docker's attach, logs and exec streams.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StreamNo } from './protocol.js';

/** The largest request body the API reads (container specs are small). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** An API failure: the HTTP status and a one-line message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Sends `value` as JSON with `status`. */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Sends an empty reply (204 done, 304 nothing to do). */
export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

/** Reads a JSON object body of at most MAX_BODY_BYTES (an empty body is `{}`). */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new ApiError(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  if (size === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (err) {
    throw new ApiError(400, `invalid JSON body: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ApiError(400, 'the request body must be a JSON object');
  return value as Record<string, unknown>;
}

/** A boolean query flag as Docker reads them: 1/true/yes on, absent/0/false off. */
export function flag(q: URLSearchParams, name: string, dflt = false): boolean {
  const v = q.get(name);
  if (v === null || v === '') return dflt;
  if (/^(1|true|yes)$/i.test(v)) return true;
  if (/^(0|false|no)$/i.test(v)) return false;
  throw new ApiError(400, `invalid value for ${name}: "${v}"`);
}

/** A non-negative integer query parameter (undefined when absent). */
export function intParam(q: URLSearchParams, name: string, max = 1e9): number | undefined {
  const v = q.get(name);
  if (v === null || v === '') return undefined;
  if (!/^\d{1,10}$/.test(v) || Number(v) > max) throw new ApiError(400, `invalid value for ${name}: "${v}"`);
  return Number(v);
}

/** One frame of Docker's multiplexed stream: [stream, 0, 0, 0, size (u32 BE)] then the bytes. */
export function frame(stream: StreamNo, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head[0] = stream;
  head.writeUInt32BE(data.byteLength, 4);
  return Buffer.concat([head, data]);
}

/** Splits a multiplexed byte stream back into frames; feed it chunks, it calls `onFrame` per frame. */
export function demuxer(onFrame: (stream: number, data: Buffer) => void): (chunk: Buffer) => void {
  let buf: Buffer = Buffer.alloc(0);
  return (chunk) => {
    buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    while (buf.length >= 8) {
      const size = buf.readUInt32BE(4);
      if (buf.length < 8 + size) break;
      onFrame(buf[0] ?? 1, buf.subarray(8, 8 + size));
      buf = buf.subarray(8 + size);
    }
  };
}
