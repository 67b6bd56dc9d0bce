// Guest zone: Node streams over kernel fds that are not regular files (pipes to and from child
// processes). Reads arrive as a kernel read stream (data events); writes are synchronous until the
// pipe is full, then wait for room (fd.waitWritable), which is the backpressure Node programs expect.

import type { Readable, Writable } from 'readable-stream';
import { offData, onData, start, sysTry } from './door.js';
import { uvException } from './errors.js';
import { nextTick } from './loop.js';
import { streams } from './streams.js';
import type { TextEncoder } from './text-codec.js';

declare const require: (id: string) => unknown;

const queue = (fn: () => void) => nextTick(fn, []);

// The Readables made here: only these may be handed to another child as its stdio (as Node takes only
// streams with a handle), so a look-alike object is the same invalid stdio value it is in Node.
const fdReadables = new WeakSet<object>();

/** True for a Readable made by fdReadable (a child's stdout or stderr, a pipe's read end). */
export function isFdReadable(s: object): boolean {
  return fdReadables.has(s);
}

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
  const stream: Readable & { _opId?: number; _fd?: number } = new (streams().Readable)({
    highWaterMark: 64 * 1024,
    read() {
      if (id === -1) {
        id = start('fs.readStream', { fd }, () => {}, queue);
        if (id === -1) {
          // The kernel cannot stream this fd: end rather than hang forever (as process.stdin does).
          id = -2;
          closeFd();
          stream.push(null);
          return;
        }
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
  fdReadables.add(stream);
  return stream;
}

/**
 * Writes all of `data` to `fd`: synchronously while the kernel takes it, then (a full pipe answers
 * EAGAIN) waiting for room with fd.waitWritable, which is the backpressure a Writable needs.
 */
export function writeToFd(fd: number, data: Uint8Array | string, cb: (err?: Error | null) => void): void {
  let rest: Uint8Array | string = data;
  const attempt = (): void => {
    for (;;) {
      const size = typeof rest === 'string' ? rest.length : rest.byteLength;
      if (size === 0) break;
      const r = sysTry('fs.write', { fd, data: rest, position: null });
      if (r[0] === null) {
        // The kernel takes a string whole (it is UTF-8 encoded there) or not at all.
        if (typeof rest === 'string') break;
        rest = rest.subarray(r[1] as number);
        continue;
      }
      if (r[0].code === 'EAGAIN') {
        start('fd.waitWritable', { fd }, (err) => (err ? cb(err) : attempt()), queue);
      } else {
        cb(uvException({ ...r[0], syscall: 'write' }));
      }
      return;
    }
    cb();
  };
  attempt();
}

/** A Writable over `fd`; end() closes the fd (the reader then sees EOF). */
export function fdWritable(fd: number): Writable {
  let closed = false;
  const closeFd = () => {
    if (closed) return;
    closed = true;
    sysTry('fs.close', { fd });
  };
  // Loaded with the first stream, not with the runtime: console output never needs it.
  const encoder = new (require('./text-codec.js') as { TextEncoder: typeof TextEncoder }).TextEncoder();
  return new (streams().Writable)({
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
      writeToFd(fd, bytes, cb);
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
