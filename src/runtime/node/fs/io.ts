// Guest zone: fd reads and writes with Node's (buffer, offset, length, position) signatures, plus
// readv/writev, in sync and callback forms.

import { Buffer } from 'buffer';
import { sys } from '../../internal/door.js';
import { invalidArgType, validateFunction } from '../../internal/errors.js';
import { toFd } from './args.js';
import type { Call } from './ops.js';
import { runAsync } from './run.js';

export function readInto(
  fd: unknown,
  buffer: unknown,
  offsetOrOpts?: unknown,
  length?: unknown,
  position?: unknown,
): Call & { finish: (v: unknown) => number } {
  const f = toFd(fd);
  if (!ArrayBuffer.isView(buffer))
    throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  let offset = 0;
  let len: number;
  let pos: number | null = null;
  if (offsetOrOpts && typeof offsetOrOpts === 'object') {
    const o = offsetOrOpts as { offset?: number; length?: number; position?: number | bigint | null };
    offset = o.offset ?? 0;
    len = o.length ?? buffer.byteLength - offset;
    pos = o.position === undefined || o.position === null ? null : Number(o.position);
  } else {
    offset = typeof offsetOrOpts === 'number' ? offsetOrOpts : 0;
    len = typeof length === 'number' ? length : buffer.byteLength - offset;
    pos =
      typeof position === 'number' && position >= 0
        ? position
        : typeof position === 'bigint'
          ? Number(position)
          : null;
  }
  if (offset < 0 || offset > buffer.byteLength)
    throw new RangeError(
      `The value of "offset" is out of range. It must be >= 0 && <= ${buffer.byteLength}. Received ${offset}`,
    );
  if (len < 0 || offset + len > buffer.byteLength)
    throw new RangeError(
      `The value of "length" is out of range. It must be >= 0 && <= ${buffer.byteLength - offset}. Received ${len}`,
    );
  const target = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const finish = (v: unknown) => {
    const bytes = v as Uint8Array;
    target.set(bytes, offset);
    return bytes.byteLength;
  };
  return { name: 'fs.read', args: { fd: f, length: len, position: pos }, finish };
}

export function writeFrom(fd: unknown, data: unknown, a?: unknown, b?: unknown, c?: unknown): Call {
  const f = toFd(fd);
  if (typeof data === 'string') {
    const position = typeof a === 'number' ? a : null;
    const encoding = typeof b === 'string' ? b : 'utf8';
    const payload = /^utf-?8$/i.test(encoding) ? data : Buffer.from(data, encoding as 'hex');
    return { name: 'fs.write', args: { fd: f, data: payload, position } };
  }
  if (!ArrayBuffer.isView(data))
    throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  let offset = 0;
  let length: number;
  let position: number | null = null;
  if (a && typeof a === 'object') {
    const o = a as { offset?: number; length?: number; position?: number | null };
    offset = o.offset ?? 0;
    length = o.length ?? data.byteLength - offset;
    position = o.position ?? null;
  } else {
    offset = typeof a === 'number' ? a : 0;
    length = typeof b === 'number' ? b : data.byteLength - offset;
    position = typeof c === 'number' ? c : null;
  }
  const bytes = new Uint8Array(data.buffer, data.byteOffset + offset, length);
  return { name: 'fs.write', args: { fd: f, data: bytes, position } };
}

export function readSync(
  fd: unknown,
  buffer: unknown,
  offset?: unknown,
  length?: unknown,
  position?: unknown,
): number {
  const call = readInto(fd, buffer, offset, length, position);
  return call.finish(sys(call.name, call.args));
}

export function read(fd: unknown, buffer: unknown, ...rest: unknown[]): void {
  const cb = rest.pop();
  validateFunction(cb, 'cb');
  const call = readInto(fd, buffer, ...rest);
  runAsync({ name: call.name, args: call.args, map: call.finish }, (err, n) =>
    (cb as (...a: unknown[]) => void)(err, n ?? 0, buffer),
  );
}

export function writeSync(fd: unknown, data: unknown, a?: unknown, b?: unknown, c?: unknown): number {
  const call = writeFrom(fd, data, a, b, c);
  return sys<number>(call.name, call.args);
}

export function write(fd: unknown, data: unknown, ...rest: unknown[]): void {
  const cb = rest.pop();
  validateFunction(cb, 'cb');
  runAsync(writeFrom(fd, data, ...rest), (err, n) => (cb as (...a: unknown[]) => void)(err, n ?? 0, data));
}

type Views = ArrayBufferView[];

function toViews(buffers: unknown): Views {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b)))
    throw invalidArgType('buffers', 'an ArrayBufferView[]', buffers);
  return buffers as Views;
}

const bytesOf = (v: ArrayBufferView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
const toPos = (p: unknown): number | null => (typeof p === 'number' && p >= 0 ? p : null);

/** Reads into each buffer in turn, stopping at the first short read (end of file). */
export function readvSync(fd: unknown, buffers: unknown, position?: unknown): number {
  const f = toFd(fd);
  const views = toViews(buffers);
  let pos = toPos(position);
  let total = 0;
  for (const v of views) {
    const target = bytesOf(v);
    if (target.byteLength === 0) continue;
    const got = sys<Uint8Array>('fs.read', { fd: f, length: target.byteLength, position: pos });
    target.set(got);
    total += got.byteLength;
    if (pos !== null) pos += got.byteLength;
    if (got.byteLength < target.byteLength) break;
  }
  return total;
}

/** Writes each buffer in turn at `position` (or the fd's offset). */
export function writevSync(fd: unknown, buffers: unknown, position?: unknown): number {
  const f = toFd(fd);
  const views = toViews(buffers);
  let pos = toPos(position);
  let total = 0;
  for (const v of views) {
    const n = sys<number>('fs.write', { fd: f, data: bytesOf(v), position: pos });
    total += n;
    if (pos !== null) pos += n;
  }
  return total;
}

function chain(
  steps: Array<() => Call & { size: number }>,
  cb: (err: Error | null, total: number) => void,
  stopShort: boolean,
): void {
  let total = 0;
  const next = (i: number): void => {
    const make = steps[i];
    if (!make) {
      cb(null, total);
      return;
    }
    const call = make();
    runAsync(call, (err, n) => {
      if (err) return cb(err, total);
      total += n as number;
      if (stopShort && (n as number) < call.size) return cb(null, total);
      next(i + 1);
    });
  };
  next(0);
}

export function readv(fd: unknown, buffers: unknown, ...rest: unknown[]): void {
  const cb = rest.pop();
  validateFunction(cb, 'cb');
  const f = toFd(fd);
  const views = toViews(buffers);
  let pos = toPos(rest[0]);
  const steps = views.map((v) => () => {
    const target = bytesOf(v);
    const at = pos;
    return {
      name: 'fs.read',
      args: { fd: f, length: target.byteLength, position: at },
      size: target.byteLength,
      map: (got: unknown) => {
        const bytes = got as Uint8Array;
        target.set(bytes);
        if (pos !== null) pos += bytes.byteLength;
        return bytes.byteLength;
      },
    };
  });
  chain(steps, (err, n) => (cb as (...a: unknown[]) => void)(err, n, buffers), true);
}

export function writev(fd: unknown, buffers: unknown, ...rest: unknown[]): void {
  const cb = rest.pop();
  validateFunction(cb, 'cb');
  const f = toFd(fd);
  const views = toViews(buffers);
  let pos = toPos(rest[0]);
  const steps = views.map((v) => () => {
    const data = bytesOf(v);
    const at = pos;
    return {
      name: 'fs.write',
      args: { fd: f, data, position: at },
      size: data.byteLength,
      map: (n: unknown) => {
        if (pos !== null) pos += n as number;
        return n;
      },
    };
  });
  chain(steps, (err, n) => (cb as (...a: unknown[]) => void)(err, n, buffers), false);
}
