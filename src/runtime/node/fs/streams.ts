// Guest zone: fs.ReadStream and fs.WriteStream, Node's file streams over the callback fs API (or the
// `fs` option's replacement), with Node's option checks, events (open, ready, close) and fd lifetime.

import { Buffer } from 'buffer';
import { Readable, Writable } from 'readable-stream';
import { invalidArgType, outOfRange, validateFunction } from '../../internal/errors.js';
import { nextTick } from '../../internal/loop.js';
import { checkEncoding, toPath } from './args.js';

type Cb = (err: Error | null, ...rest: unknown[]) => void;
/** The subset of fs a file stream calls (Node lets `options.fs` replace each of them). */
export interface StreamFs {
  open: (path: unknown, flags: unknown, mode: unknown, cb: Cb) => void;
  read: (fd: number, buf: Uint8Array, off: number, len: number, pos: number | null, cb: Cb) => void;
  write: (fd: number, buf: Uint8Array, off: number, len: number, pos: number | null, cb: Cb) => void;
  close: (fd: number, cb: Cb) => void;
  fsync: (fd: number, cb: Cb) => void;
}

let defaultFs: StreamFs | null = null;
/** fs.ts hands itself over once it is built (the streams module cannot import it: a cycle). */
export function setStreamFs(fs: StreamFs): void {
  defaultFs = fs;
}

interface StreamOptions {
  flags?: string | number;
  encoding?: string | null;
  fd?: number | { fd: number } | null;
  mode?: number;
  autoClose?: boolean;
  emitClose?: boolean;
  start?: number;
  end?: number;
  highWaterMark?: number;
  fs?: Partial<StreamFs> | null;
  signal?: unknown;
  flush?: boolean;
}

function getOptions(options: unknown): StreamOptions {
  if (options === undefined || options === null) return {};
  if (typeof options === 'string') {
    checkEncoding(options);
    return { encoding: options };
  }
  if (typeof options !== 'object') throw invalidArgType('options', 'one of type string or object', options);
  const o = { ...(options as StreamOptions) };
  if (o.encoding !== undefined && o.encoding !== null && o.encoding !== 'buffer') checkEncoding(o.encoding);
  return o;
}

function checkInteger(value: unknown, name: string): number {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < 0 || value > Number.MAX_SAFE_INTEGER)
    throw outOfRange(name, `>= 0 && <= ${Number.MAX_SAFE_INTEGER}`, value);
  return value;
}

/** The fs calls a stream makes: the defaults, `options.fs` overrides, or a FileHandle's own close. */
function pickFs(o: StreamOptions, fd: number | null, needs: ReadonlyArray<keyof StreamFs>): StreamFs {
  let merged = defaultFs as StreamFs;
  if (o.fs) {
    merged = { ...merged, ...o.fs } as StreamFs;
    for (const k of needs) if (fd === null || k !== 'open') validateFunction(merged[k], `options.fs.${k}`);
  }
  const handle = o.fd as { close?: () => Promise<void> } | null | undefined;
  if (handle && typeof handle === 'object' && typeof handle.close === 'function') {
    merged = { ...merged, close: (_fd, cb) => void handle.close?.().then(() => cb(null), cb) };
  }
  return merged;
}

/** A path as Node keeps it on the stream: file: URLs become strings, strings and Buffers stay. */
function pathValue(path: unknown): unknown {
  const s = toPath(path);
  return typeof path === 'string' || path instanceof Uint8Array ? path : s;
}

function takeFd(o: StreamOptions): number | null {
  if (o.fd === undefined || o.fd === null) return null;
  const fd = typeof o.fd === 'object' && 'fd' in o.fd ? o.fd.fd : o.fd;
  if (typeof fd !== 'number')
    throw invalidArgType('options.fd', 'of type number or an instance of FileHandle', o.fd);
  return checkInteger(fd, 'options.fd');
}

type FileStream = (Readable | Writable) & {
  fd: number | null;
  path: unknown;
  flags: string | number;
  mode: number;
  kFs: StreamFs;
  busy: boolean;
  flush?: boolean;
  ioDone: Array<(err: Error | null) => void>;
  emit(event: string, ...a: unknown[]): boolean;
};

/** Opens the file before the first read/write (Node's _construct), then emits open and ready. */
function construct(stream: FileStream, cb: (err?: Error | null) => void): void {
  if (typeof stream.fd === 'number') {
    cb();
    return;
  }
  stream.kFs.open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) return cb(err);
    stream.fd = fd as number;
    cb();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

/** Closes the fd once no read or write is in flight (Node's _destroy). */
function destroy(stream: FileStream, err: Error | null, cb: (err: Error | null) => void): void {
  const close = (ioErr: Error | null) => {
    const e = err ?? ioErr;
    if (!stream.fd) return cb(e);
    const fd = stream.fd;
    stream.fd = null;
    const closeFd = () => stream.kFs.close(fd, (closeErr) => cb(closeErr ?? e));
    // WriteStream's `flush` option: the data reaches storage (fsync) before the fd is closed.
    if (stream.flush && !e) stream.kFs.fsync(fd, (syncErr) => (syncErr ? cb(syncErr) : closeFd()));
    else closeFd();
  };
  if (stream.busy) stream.ioDone.push(close);
  else close(null);
}

function ioFinished(stream: FileStream, err: Error | null): boolean {
  stream.busy = false;
  if (!(stream as Readable).destroyed) return false;
  for (const f of stream.ioDone.splice(0)) f(err);
  return true;
}

/** fs.ReadStream: reads [start, end] (inclusive) of a file, highWaterMark bytes at a time. */
export class ReadStream extends Readable {
  fd: number | null;
  path: unknown;
  flags: string | number;
  mode: number;
  start: number | undefined;
  end: number;
  pos: number | undefined;
  bytesRead = 0;
  kFs: StreamFs;
  busy = false;
  ioDone: Array<(err: Error | null) => void> = [];

  constructor(path: unknown, options?: unknown) {
    const o = getOptions(options);
    if (o.highWaterMark === undefined) o.highWaterMark = 64 * 1024;
    const fd = takeFd(o);
    const kFs = pickFs(o, fd, ['open', 'read', 'close']);
    const p = fd === null ? pathValue(path) : undefined;
    const start = o.start === undefined ? undefined : checkInteger(o.start, 'start');
    const end = o.end === undefined ? Number.POSITIVE_INFINITY : o.end;
    if (end !== Number.POSITIVE_INFINITY) {
      checkInteger(end, 'end');
      if (start !== undefined && start > end) throw outOfRange('start', `<= "end" (here: ${end})`, start);
    }
    // Everything is checked before the stream exists: Readable schedules _construct (the open) at once.
    super({
      highWaterMark: o.highWaterMark,
      encoding: o.encoding === 'buffer' ? null : (o.encoding ?? null),
      emitClose: o.emitClose ?? true,
      autoDestroy: o.autoClose === undefined ? true : o.autoClose,
      ...(o.signal ? { signal: o.signal } : {}),
    });
    this.kFs = kFs;
    this.fd = fd;
    this.path = p;
    this.flags = o.flags === undefined ? 'r' : o.flags;
    this.mode = o.mode === undefined ? 0o666 : o.mode;
    this.start = start;
    this.end = end;
    this.pos = start;
  }

  get pending(): boolean {
    return this.fd === null;
  }

  get autoClose(): boolean {
    return (this as unknown as { _readableState: { autoDestroy: boolean } })._readableState.autoDestroy;
  }

  _construct(cb: (err?: Error | null) => void): void {
    construct(this as unknown as FileStream, cb);
  }

  override _destroy(err: Error | null, cb: (err: Error | null) => void): void {
    destroy(this as unknown as FileStream, err, cb);
  }

  _read(size: number): void {
    const n =
      this.pos !== undefined
        ? Math.min(this.end - this.pos + 1, size)
        : Math.min(this.end - this.bytesRead + 1, size);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafeSlow(n);
    this.busy = true;
    this.kFs.read(this.fd as number, buf, 0, n, this.pos ?? null, (err, bytesRead) => {
      if (ioFinished(this as unknown as FileStream, err)) return;
      const got = (bytesRead as number) ?? 0;
      if (err) {
        this.destroy(err);
      } else if (got > 0) {
        if (this.pos !== undefined) this.pos += got;
        this.bytesRead += got;
        this.push(got === buf.length ? buf : Buffer.from(buf.subarray(0, got)));
      } else {
        this.push(null);
      }
    });
  }

  /** Node's close(cb): destroy, and call back once closed. */
  close(cb?: (err?: Error | null) => void): void {
    if (typeof cb === 'function') whenClosed(this, cb);
    this.destroy();
  }
}

/** fs.WriteStream: writes at `start` (or the fd's position) and keeps count in bytesWritten. */
export class WriteStream extends Writable {
  fd: number | null;
  path: unknown;
  flags: string | number;
  mode: number;
  start: number | undefined;
  pos: number | undefined;
  bytesWritten = 0;
  flush: boolean;
  kFs: StreamFs;
  busy = false;
  ioDone: Array<(err: Error | null) => void> = [];

  constructor(path: unknown, options?: unknown) {
    const o = getOptions(options);
    const fd = takeFd(o);
    const kFs = pickFs(o, fd, ['open', 'write', 'close']);
    const p = fd === null ? pathValue(path) : undefined;
    const start = o.start === undefined ? undefined : checkInteger(o.start, 'start');
    if (o.flush !== undefined && typeof o.flush !== 'boolean')
      throw invalidArgType('options.flush', 'of type boolean', o.flush);
    super({
      ...(o.highWaterMark !== undefined ? { highWaterMark: o.highWaterMark } : {}),
      decodeStrings: true,
      emitClose: o.emitClose ?? true,
      autoDestroy: o.autoClose === undefined ? true : o.autoClose,
      ...(o.signal ? { signal: o.signal } : {}),
    });
    this.kFs = kFs;
    this.fd = fd;
    this.path = p;
    this.flags = o.flags === undefined ? 'w' : o.flags;
    this.mode = o.mode === undefined ? 0o666 : o.mode;
    this.start = start;
    this.pos = start;
    this.flush = o.flush === true;
    if (o.encoding)
      (this as unknown as { setDefaultEncoding(e: string): void }).setDefaultEncoding(o.encoding);
  }

  get pending(): boolean {
    return this.fd === null;
  }

  get autoClose(): boolean {
    return (this as unknown as { _writableState: { autoDestroy: boolean } })._writableState.autoDestroy;
  }

  _construct(cb: (err?: Error | null) => void): void {
    construct(this as unknown as FileStream, cb);
  }

  _destroy(err: Error | null, cb: (err: Error | null) => void): void {
    destroy(this as unknown as FileStream, err, cb);
  }

  _write(chunk: Uint8Array, _enc: string, cb: (err?: Error | null) => void): void {
    this.busy = true;
    const writeAll = (off: number): void => {
      this.kFs.write(this.fd as number, chunk, off, chunk.byteLength - off, this.pos ?? null, (err, n) => {
        if (ioFinished(this as unknown as FileStream, err)) return cb(err ?? null);
        const wrote = (n as number) ?? 0;
        if (err) return cb(err);
        this.bytesWritten += wrote;
        if (this.pos !== undefined) this.pos += wrote;
        if (off + wrote < chunk.byteLength && wrote > 0) {
          this.busy = true;
          return writeAll(off + wrote);
        }
        cb();
      });
    };
    writeAll(0);
  }

  /** Node's close(cb): end the stream, and call back once the fd is closed. */
  close(cb?: (err?: Error | null) => void): void {
    if (typeof cb === 'function') {
      if ((this as unknown as { closed: boolean }).closed) nextTick(() => cb(), []);
      else this.on('close', cb);
    }
    if (!this.autoClose) this.on('finish', () => this.destroy());
    this.end();
  }

  destroySoon(): void {
    this.end();
  }
}

function whenClosed(stream: Readable, cb: (err?: Error | null) => void): void {
  if ((stream as unknown as { closed: boolean }).closed) nextTick(() => cb(), []);
  else {
    stream.on('close', () => cb());
  }
}

export function createReadStream(path: unknown, options?: unknown): ReadStream {
  return new ReadStream(path, options);
}

export function createWriteStream(path: unknown, options?: unknown): WriteStream {
  return new WriteStream(path, options);
}
