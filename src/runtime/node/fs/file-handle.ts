// Guest zone: fs.promises' FileHandle: an fd wrapped in promise-returning methods, closed once, with
// Node's "file closed" EBADF after close and its own streams and readLines.

import { Buffer } from 'buffer';
import EventEmitter from 'events';
import { invalidArgType } from '../../internal/errors.js';
import { readInto, writeFrom } from './io.js';
import { type Call, ops } from './ops.js';
import { runAsync } from './run.js';
import type { ReadStream, WriteStream } from './streams.js';

declare const require: (id: string) => unknown;

/** The stream constructors, through fs (which loads them on first use and hands them itself). */
function fsStreams(): {
  createReadStream(path: unknown, options: object): ReadStream;
  createWriteStream(path: unknown, options: object): WriteStream;
} {
  return (require('../fs.js') as { default: ReturnType<typeof fsStreams> }).default;
}

function settle(call: Call): Promise<unknown> {
  return new Promise((resolve, reject) => runAsync(call, (err, v) => (err ? reject(err) : resolve(v))));
}

/** fs.promises.FileHandle. */
export class FileHandle extends EventEmitter {
  #fd: number;
  #closing: Promise<void> | null = null;

  constructor(fd: number) {
    super();
    this.#fd = fd;
  }

  get fd(): number {
    return this.#fd;
  }

  /** Node's check before every call: a closed handle answers EBADF "file closed". */
  #call(syscall: string, make: (fd: number) => Call): Promise<unknown> {
    if (this.#fd === -1 || this.#closing) {
      const err = new Error('file closed') as Error & { code: string; syscall: string };
      err.code = 'EBADF';
      err.syscall = syscall;
      return Promise.reject(err);
    }
    let call: Call;
    try {
      call = make(this.#fd);
    } catch (err) {
      return Promise.reject(err);
    }
    return settle(call);
  }

  async read(
    buffer?: unknown,
    offset?: unknown,
    length?: unknown,
    position?: unknown,
  ): Promise<{ bytesRead: number; buffer: unknown }> {
    let buf = buffer;
    let rest: unknown[] = [offset, length, position];
    if (!ArrayBuffer.isView(buffer)) {
      // read() or read({ buffer, offset, length, position })
      const o = (buffer ?? {}) as {
        buffer?: unknown;
        offset?: unknown;
        length?: unknown;
        position?: unknown;
      };
      buf = o.buffer ?? Buffer.alloc(16384);
      rest = [o.offset, o.length, o.position];
    } else if (offset && typeof offset === 'object') {
      rest = [offset];
    }
    const bytesRead = (await this.#call('read', (fd) => {
      const c = readInto(fd, buf, ...rest);
      return { name: c.name, args: c.args, map: c.finish };
    })) as number;
    return { __proto__: null, bytesRead, buffer: buf } as unknown as { bytesRead: number; buffer: unknown };
  }

  async write(
    data: unknown,
    a?: unknown,
    b?: unknown,
    c?: unknown,
  ): Promise<{ bytesWritten: number; buffer: unknown }> {
    const bytesWritten = (await this.#call('write', (fd) => writeFrom(fd, data, a, b, c))) as number;
    return { __proto__: null, bytesWritten, buffer: data } as unknown as {
      bytesWritten: number;
      buffer: unknown;
    };
  }

  async readv(buffers: unknown, position?: unknown): Promise<{ bytesRead: number; buffers: unknown }> {
    if (!Array.isArray(buffers)) throw invalidArgType('buffers', 'an ArrayBufferView[]', buffers);
    let pos = typeof position === 'number' ? position : null;
    let total = 0;
    for (const b of buffers) {
      const { bytesRead } = await this.read(b, 0, (b as Uint8Array).byteLength, pos);
      total += bytesRead;
      if (pos !== null) pos += bytesRead;
      if (bytesRead < (b as Uint8Array).byteLength) break;
    }
    return { __proto__: null, bytesRead: total, buffers } as unknown as {
      bytesRead: number;
      buffers: unknown;
    };
  }

  async writev(buffers: unknown, position?: unknown): Promise<{ bytesWritten: number; buffers: unknown }> {
    if (!Array.isArray(buffers)) throw invalidArgType('buffers', 'an ArrayBufferView[]', buffers);
    let pos = typeof position === 'number' ? position : null;
    let total = 0;
    for (const b of buffers) {
      const { bytesWritten } = await this.write(b, 0, (b as Uint8Array).byteLength, pos);
      total += bytesWritten;
      if (pos !== null) pos += bytesWritten;
    }
    return { __proto__: null, bytesWritten: total, buffers } as unknown as {
      bytesWritten: number;
      buffers: unknown;
    };
  }

  readFile(options?: unknown): Promise<unknown> {
    return this.#call('read', (fd) => ops.readFile(fd, options));
  }
  writeFile(data: unknown, options?: unknown): Promise<unknown> {
    return this.#call('write', (fd) => ops.writeFile(fd, data, options));
  }
  appendFile(data: unknown, options?: unknown): Promise<unknown> {
    return this.#call('write', (fd) => ops.appendFile(fd, data, options));
  }
  stat(options?: unknown): Promise<unknown> {
    return this.#call('fstat', (fd) => ops.fstat(fd, options));
  }
  truncate(len?: unknown): Promise<unknown> {
    return this.#call('ftruncate', (fd) => ops.ftruncate(fd, len));
  }
  chmod(mode: unknown): Promise<unknown> {
    return this.#call('fchmod', (fd) => ops.fchmod(fd, mode));
  }
  chown(uid: unknown, gid: unknown): Promise<unknown> {
    return this.#call('fchown', (fd) => ops.fchown(fd, uid, gid));
  }
  utimes(atime: unknown, mtime: unknown): Promise<unknown> {
    return this.#call('futime', (fd) => ops.futimes(fd, atime, mtime));
  }
  sync(): Promise<unknown> {
    return this.#call('fsync', (fd) => ops.fsync(fd));
  }
  datasync(): Promise<unknown> {
    return this.#call('fdatasync', (fd) => ops.fdatasync(fd));
  }

  /** Closes once; concurrent calls share the same promise, as in Node. */
  close(): Promise<void> {
    if (this.#fd === -1) return Promise.resolve();
    if (this.#closing) return this.#closing;
    const fd = this.#fd;
    this.#closing = (settle(ops.close(fd)) as Promise<void>).then(
      () => {
        this.#fd = -1;
        this.#closing = null;
        this.emit('close');
      },
      (err) => {
        this.#closing = null;
        throw err;
      },
    );
    return this.#closing;
  }

  createReadStream(options?: object): ReadStream {
    return fsStreams().createReadStream(undefined, { ...options, fd: this });
  }
  createWriteStream(options?: object): WriteStream {
    return fsStreams().createWriteStream(undefined, { ...options, fd: this });
  }

  /** Lines of the file through readline, as Node's filehandle.readLines does. */
  readLines(options?: object): unknown {
    const readline = (require('../readline.js') as { default: { createInterface(o: object): unknown } })
      .default;
    return readline.createInterface({
      input: this.createReadStream(options),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
  }

  readableWebStream(): never {
    const err = new Error('filehandle.readableWebStream() is not implemented in tsvirt') as Error & {
      code: string;
    };
    err.code = 'ERR_NOT_IMPLEMENTED';
    throw err;
  }
}

const asyncDispose = (Symbol as unknown as { asyncDispose?: symbol }).asyncDispose;
if (asyncDispose)
  Object.defineProperty(FileHandle.prototype, asyncDispose, {
    value(this: FileHandle) {
      return this.close();
    },
  });

/** fs.promises.open(path, flags, mode) → FileHandle. */
export async function openHandle(path: unknown, flags?: unknown, mode?: unknown): Promise<FileHandle> {
  const fd = (await settle(ops.open(path, flags, mode))) as number;
  return new FileHandle(fd);
}
