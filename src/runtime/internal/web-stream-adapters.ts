// Guest zone: Readable/Writable/Duplex .toWeb() and .fromWeb(), the bridges between Node streams and
// WHATWG streams that readable-stream leaves to the host runtime. Backpressure crosses both ways: a
// Node readable is paused while the web queue is full, a web writer's promise waits for the Node
// write's callback.

import type * as Web from 'web-streams-polyfill';
import { invalidArgType } from './errors.js';

declare const require: (id: string) => unknown;

/**
 * The WHATWG stream classes, loaded on the first bridge: the polyfill costs about a millisecond to
 * load, which `require('stream')` should not pay for methods few programs call.
 */
function web(): typeof Web {
  return require('./web-streams.js') as typeof Web;
}

type Cb = (err?: Error | null) => void;
type NodeReadable = {
  on(event: string, fn: (arg: never) => void): unknown;
  once(event: string, fn: (arg: never) => void): unknown;
  pause(): unknown;
  resume(): unknown;
  destroy(err?: Error): unknown;
  push(chunk: unknown): boolean;
  readableObjectMode: boolean;
  readableHighWaterMark: number;
};
type NodeWritable = {
  write(chunk: unknown, cb: Cb): boolean;
  end(cb: () => void): unknown;
  destroy(err?: Error): unknown;
};
type StreamCtor<T> = new (opts: object) => T;
type RS = {
  Readable: StreamCtor<NodeReadable>;
  Writable: StreamCtor<NodeWritable>;
  Duplex: unknown;
};
type Options = { objectMode?: boolean; highWaterMark?: number; encoding?: string; signal?: unknown };

function readableToWeb(src: NodeReadable): Web.ReadableStream<unknown> {
  if (typeof (src as { on?: unknown }).on !== 'function')
    throw invalidArgType('streamReadable', 'a stream.Readable', src);
  const objectMode = src.readableObjectMode;
  const highWaterMark = src.readableHighWaterMark;
  let ctl: Web.ReadableStreamDefaultController<unknown>;
  let closed = false;
  return new (web().ReadableStream)(
    {
      start(c) {
        ctl = c;
        src.on('data', (chunk: never) => {
          if (closed) return;
          ctl.enqueue(chunk);
          if ((ctl.desiredSize ?? 0) <= 0) src.pause();
        });
        src.once('end', () => {
          if (closed) return;
          closed = true;
          ctl.close();
        });
        src.once('error', (err: never) => {
          if (closed) return;
          closed = true;
          ctl.error(err);
        });
        src.pause();
      },
      pull() {
        src.resume();
      },
      cancel(reason) {
        closed = true;
        src.destroy(reason as Error);
      },
    },
    objectMode
      ? new (web().CountQueuingStrategy)({ highWaterMark })
      : { highWaterMark, size: (chunk: unknown) => (chunk as Uint8Array).byteLength ?? 1 },
  );
}

function readableFromWeb(Readable: RS['Readable'], stream: Web.ReadableStream<unknown>, opts: Options = {}) {
  if (!(stream instanceof web().ReadableStream))
    throw invalidArgType('readableStream', 'an instance of ReadableStream', stream);
  const reader = stream.getReader();
  return new Readable({
    ...opts,
    read(this: NodeReadable) {
      reader.read().then(
        ({ done, value }) => this.push(done ? null : value),
        (err: Error) => this.destroy(err),
      );
    },
    destroy(err: Error | null, cb: Cb) {
      reader.cancel(err ?? undefined).then(
        () => cb(err),
        () => cb(err),
      );
    },
  });
}

function writableToWeb(dst: NodeWritable): Web.WritableStream<unknown> {
  if (typeof (dst as { write?: unknown }).write !== 'function')
    throw invalidArgType('streamWritable', 'a stream.Writable', dst);
  return new (web().WritableStream)({
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        dst.write(chunk, (err?: Error | null) => (err ? reject(err) : resolve()));
      }),
    close: () => new Promise<void>((resolve) => dst.end(() => resolve())),
    abort: (reason) => {
      dst.destroy(reason as Error);
    },
  });
}

function writableFromWeb(Writable: RS['Writable'], stream: Web.WritableStream<unknown>, opts: Options = {}) {
  if (!(stream instanceof web().WritableStream))
    throw invalidArgType('writableStream', 'an instance of WritableStream', stream);
  const writer = stream.getWriter();
  return new Writable({
    ...opts,
    write(chunk: unknown, _enc: string, cb: Cb) {
      writer.ready.then(() => writer.write(chunk)).then(() => cb(), cb);
    },
    final(cb: Cb) {
      writer.close().then(() => cb(), cb);
    },
    destroy(err: Error | null, cb: Cb) {
      writer.abort(err ?? undefined).then(
        () => cb(err),
        () => cb(err),
      );
    },
  });
}

/** Installs the adapters on readable-stream's classes (once, when streams load). */
export function installWebStreamAdapters(rs: RS): void {
  const R = rs.Readable as unknown as Record<string, unknown>;
  const W = rs.Writable as unknown as Record<string, unknown>;
  const D = rs.Duplex as unknown as Record<string, unknown>;
  R.toWeb = (src: NodeReadable) => readableToWeb(src);
  R.fromWeb = (s: Web.ReadableStream<unknown>, o?: Options) => readableFromWeb(rs.Readable, s, o);
  W.toWeb = (dst: NodeWritable) => writableToWeb(dst);
  W.fromWeb = (s: Web.WritableStream<unknown>, o?: Options) => writableFromWeb(rs.Writable, s, o);
  D.toWeb = (d: NodeReadable & NodeWritable) => ({ readable: readableToWeb(d), writable: writableToWeb(d) });
  D.fromWeb = (
    pair: { readable: Web.ReadableStream<unknown>; writable: Web.WritableStream<unknown> },
    o: Options = {},
  ) => {
    const r = readableFromWeb(rs.Readable, pair.readable, o);
    const w = writableFromWeb(rs.Writable, pair.writable, o);
    return (rs.Duplex as unknown as { from(x: object): unknown }).from({ readable: r, writable: w });
  };
}
