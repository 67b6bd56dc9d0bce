// Guest zone: Node streams over kernel fds that are not regular files (pipes to and from child
// processes). Reads arrive as a kernel read stream (data events); writes are synchronous until the
// pipe is full, then wait for room (fd.waitWritable), which is the backpressure Node programs expect.

import { Readable, Writable } from 'readable-stream';
import { offData, onData, start, sysTry } from './door.js';
import { uvException } from './errors.js';
import { nextTick } from './loop.js';
import { TextEncoder } from './text-codec.js';

const queue = (fn: () => void) => nextTick(fn, []);

/** A Readable over `fd`; the fd is closed when the stream ends or is destroyed. */
export function fdReadable(
  fd: number,
  opts: { ref?: () => boolean } = {},
): Readable & { _opId?: number; _fd?: number } {
  let id = -1;
  let paused = false;
  let closed = false;
  const closeFd = () => {
    if (closed) return;
    closed = true;
    sysTry('fs.close', { fd });
  };
  const stream: Readable & { _opId?: number; _fd?: number } = new Readable({
    highWaterMark: 64 * 1024,
    read() {
      if (id === -1) {
        id = start('fs.readStream', { fd }, () => {}, queue);
        if (id === -1) return;
        stream._opId = id;
        if (opts.ref && !opts.ref()) sysTry('op.ref', { id, ref: false });
        onData(id, (chunk) => {
          if (chunk === null) {
            id = -2;
            closeFd();
            stream.push(null);
            return;
          }
          if (!stream.push(chunk) && !paused) {
            paused = true;
            sysTry('stream.pause', { id });
          }
        });
      } else if (paused && id >= 0) {
        paused = false;
        sysTry('stream.resume', { id });
      }
    },
    destroy(err: Error | null, cb: (err: Error | null) => void) {
      if (id >= 0) {
        sysTry('stream.close', { id });
        offData(id);
      }
      id = -2;
      closeFd();
      cb(err);
    },
  });
  // The fd itself, so a shell can hand a pipe's read end to the next process of a pipeline.
  stream._fd = fd;
  return stream;
}

/** A Writable over `fd`; end() closes the fd (the reader then sees EOF). */
export function fdWritable(fd: number): Writable {
  let closed = false;
  const closeFd = () => {
    if (closed) return;
    closed = true;
    sysTry('fs.close', { fd });
  };
  const writeAll = (data: Uint8Array, cb: (err?: Error | null) => void) => {
    let off = 0;
    const attempt = () => {
      while (off < data.byteLength) {
        const r = sysTry('fs.write', { fd, data: off === 0 ? data : data.subarray(off), position: null });
        if (r[0] === null) {
          off += r[1] as number;
          continue;
        }
        if (r[0].code === 'EAGAIN') {
          start('fd.waitWritable', { fd }, (err) => (err ? cb(err) : attempt()), queue);
          return;
        }
        cb(uvException({ ...r[0], syscall: 'write' }));
        return;
      }
      cb();
    };
    attempt();
  };
  const encoder = new TextEncoder();
  return new Writable({
    write(chunk: unknown, encoding: string, cb: (err?: Error | null) => void) {
      const bytes =
        typeof chunk === 'string'
          ? encoding === 'utf8' || encoding === 'utf-8' || !encoding
            ? encoder.encode(chunk)
            : new Uint8Array(
                (globalThis as unknown as { Buffer: { from(s: string, e: string): Uint8Array } }).Buffer.from(
                  chunk,
                  encoding,
                ),
              )
          : (chunk as Uint8Array);
      writeAll(bytes, cb);
    },
    final(cb: (err?: Error | null) => void) {
      closeFd();
      cb();
    },
    destroy(err: Error | null, cb: (err: Error | null) => void) {
      closeFd();
      cb(err);
    },
  });
}
