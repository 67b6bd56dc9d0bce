// Guest zone: node:fs and fs/promises. Every operation is described once (fs/ops.ts); the sync form
// calls the door, the callback form starts an async syscall, the promise form wraps the callback one.

import { Buffer } from 'buffer';
import * as C from '../../abi/fs-constants.js';
import { start, sys, sysTry } from '../internal/door.js';
import { invalidArgType, validateFunction } from '../internal/errors.js';
import { nextTick } from '../internal/loop.js';
import { toFd, toPath } from './fs/args.js';
import { type Call, type OpName, ops } from './fs/ops.js';
import { Dirent, Stats } from './fs/stats.js';

type Cb = (err: Error | null, value?: unknown) => void;

function runSync(call: Call): unknown {
  try {
    const v = sys(call.name, call.args);
    return call.map ? call.map(v) : v;
  } catch (err) {
    const r = call.recover?.(err as Error & { code?: string });
    if (r) return r.value;
    throw err;
  }
}

function runAsync(call: Call, cb: Cb): void {
  start(
    call.name,
    call.args,
    (err, value) => {
      if (err) {
        const r = call.recover?.(err as Error & { code?: string });
        if (r) return cb(null, r.value);
        return cb(err);
      }
      let out: unknown;
      try {
        out = call.map ? call.map(value) : value;
      } catch (e) {
        return cb(e as Error);
      }
      cb(null, out);
    },
    (fn) => nextTick(fn, []),
  );
}

function makeSync(name: OpName) {
  const op = ops[name] as (...a: unknown[]) => Call;
  return (...args: unknown[]) => runSync(op(...args));
}

function makeCallback(name: OpName) {
  const op = ops[name] as (...a: unknown[]) => Call;
  return (...args: unknown[]) => {
    const cb = args.pop();
    validateFunction(cb, 'cb');
    runAsync(op(...args), cb as Cb);
  };
}

function makePromise(name: OpName) {
  const op = ops[name] as (...a: unknown[]) => Call;
  return (...args: unknown[]) =>
    new Promise((resolve, reject) => {
      let call: Call;
      try {
        call = op(...args);
      } catch (err) {
        reject(err);
        return;
      }
      runAsync(call, (err, value) => (err ? reject(err) : resolve(value)));
    });
}

// ---- fd reads and writes (Node's buffer/offset/length/position signatures) ---------------------

function readInto(
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

function writeFrom(fd: unknown, data: unknown, a?: unknown, b?: unknown, c?: unknown): Call {
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

function readSync(
  fd: unknown,
  buffer: unknown,
  offset?: unknown,
  length?: unknown,
  position?: unknown,
): number {
  const call = readInto(fd, buffer, offset, length, position);
  return call.finish(sys(call.name, call.args));
}

function read(fd: unknown, buffer: unknown, ...rest: unknown[]): void {
  const cb = rest.pop();
  validateFunction(cb, 'cb');
  const call = readInto(fd, buffer, ...rest);
  runAsync({ name: call.name, args: call.args, map: call.finish }, (err, n) =>
    (cb as (...a: unknown[]) => void)(err, n ?? 0, buffer),
  );
}

function writeSync(fd: unknown, data: unknown, a?: unknown, b?: unknown, c?: unknown): number {
  const call = writeFrom(fd, data, a, b, c);
  return sys<number>(call.name, call.args);
}

function write(fd: unknown, data: unknown, ...rest: unknown[]): void {
  const cb = rest.pop();
  validateFunction(cb, 'cb');
  runAsync(writeFrom(fd, data, ...rest), (err, n) => (cb as (...a: unknown[]) => void)(err, n ?? 0, data));
}

function existsSync(path: unknown): boolean {
  let p: string;
  try {
    p = toPath(path);
  } catch {
    return false;
  }
  return sysTry('fs.access', { path: p, mode: C.F_OK })[0] === null;
}

function exists(path: unknown, cb: (exists: boolean) => void): void {
  validateFunction(cb, 'cb');
  const result = existsSync(path);
  nextTick(() => cb(result), []);
}

const names = Object.keys(ops) as OpName[];
const fs: Record<string, unknown> = {};
const promises: Record<string, unknown> = {};
for (const name of names) {
  fs[`${name}Sync`] = makeSync(name);
  fs[name] = makeCallback(name);
  promises[name] = makePromise(name);
}
(fs.realpathSync as { native?: unknown }).native = fs.realpathSync;
(fs.realpath as { native?: unknown }).native = fs.realpath;

Object.assign(fs, {
  readSync,
  read,
  writeSync,
  write,
  existsSync,
  exists,
  Stats,
  Dirent,
  constants: { ...C, UV_FS_COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2, COPYFILE_FICLONE_FORCE: 4 },
  F_OK: C.F_OK,
  R_OK: C.R_OK,
  W_OK: C.W_OK,
  X_OK: C.X_OK,
  promises,
});
promises.constants = fs.constants;

export default fs;
