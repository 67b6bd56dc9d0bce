// Host zone: pipes. A Pipe is a bounded byte queue with a read end and a write end, each an OpenFile
// (so dup'd and inherited fds share them). Readers take bytes as a stream (data events) or by sync
// read (EAGAIN when empty, EOF when every writer is closed); writers get EPIPE when every reader is
// gone and EAGAIN when the buffer is full, with `onWritable` to wait for room (backpressure).

import { S_IFIFO } from '../abi/fs-constants.js';
import { fail } from '../kernel/errno.js';
import type { ChunkSink, OpenFile, ReadStreamHandle, WireStat } from './types.js';

/** Bytes a pipe buffers before writers see EAGAIN (Linux's default is 64 KiB; bigger is cheaper here). */
export const PIPE_CAPACITY = 1024 * 1024;

let inodes = 1;

export class Pipe {
  private readonly chunks: Uint8Array[] = [];
  private bytes = 0;
  readers = 0;
  writers = 0;
  private sink: ChunkSink | undefined;
  private paused = false;
  private flushing = false;
  private readonly writableWaiters: Array<() => void> = [];
  readonly ino = inodes++;
  private readonly created = Date.now();

  constructor(readonly capacity = PIPE_CAPACITY) {}

  /** A new read end and write end over this pipe. */
  static create(capacity?: number): { reader: PipeReader; writer: PipeWriter; pipe: Pipe } {
    const pipe = new Pipe(capacity);
    return { pipe, reader: new PipeReader(pipe), writer: new PipeWriter(pipe) };
  }

  get buffered(): number {
    return this.bytes;
  }

  write(data: Uint8Array): number {
    if (this.readers === 0) fail('EPIPE');
    if (data.byteLength === 0) return 0;
    if (this.bytes >= this.capacity) fail('EAGAIN');
    // Copy: the caller's buffer is reused by the door.
    this.chunks.push(data.slice());
    this.bytes += data.byteLength;
    this.flush();
    return data.byteLength;
  }

  read(length: number): Uint8Array {
    if (this.bytes === 0) {
      if (this.writers === 0) return new Uint8Array(0);
      return fail('EAGAIN');
    }
    const out = new Uint8Array(Math.min(length, this.bytes));
    let off = 0;
    while (off < out.length) {
      const head = this.chunks[0] as Uint8Array;
      const n = Math.min(head.byteLength, out.length - off);
      out.set(head.subarray(0, n), off);
      off += n;
      if (n === head.byteLength) this.chunks.shift();
      else this.chunks[0] = head.subarray(n);
    }
    this.bytes -= out.length;
    this.wakeWriters();
    return out;
  }

  /** Streams the pipe's bytes to `sink` until EOF (every writer closed) or close(). */
  stream(sink: ChunkSink): ReadStreamHandle {
    this.sink = sink;
    this.paused = false;
    this.flush();
    return {
      pause: () => {
        this.paused = true;
      },
      resume: () => {
        this.paused = false;
        this.flush();
      },
      close: () => {
        if (this.sink === sink) this.sink = undefined;
      },
    };
  }

  /** Runs `cb` once the pipe has room again (or the readers are gone, so the write fails fast). */
  onWritable(cb: () => void): void {
    if (this.bytes < this.capacity || this.readers === 0) queueMicrotask(cb);
    else this.writableWaiters.push(cb);
  }

  /** Delivery happens in a microtask so a writer's syscall returns before the reader's event is queued. */
  private flush(): void {
    if (this.flushing || !this.sink) return;
    this.flushing = true;
    queueMicrotask(() => {
      this.flushing = false;
      const sink = this.sink;
      if (!sink) return;
      while (!this.paused && this.chunks.length > 0 && this.sink === sink) {
        const chunk = this.chunks.shift() as Uint8Array;
        this.bytes -= chunk.byteLength;
        sink(chunk);
      }
      this.wakeWriters();
      if (this.writers === 0 && this.bytes === 0 && this.sink === sink) {
        this.sink = undefined;
        sink(null);
      }
    });
  }

  private wakeWriters(): void {
    if (this.bytes >= this.capacity && this.readers > 0) return;
    for (const cb of this.writableWaiters.splice(0)) cb();
  }

  /** @internal end bookkeeping */
  closeEnd(end: 'read' | 'write'): void {
    if (end === 'read') {
      this.readers--;
      if (this.readers === 0) {
        this.chunks.length = 0;
        this.bytes = 0;
        this.wakeWriters();
      }
    } else {
      this.writers--;
      if (this.writers === 0) this.flush();
    }
  }

  stat(): WireStat {
    return {
      dev: 12,
      ino: this.ino,
      mode: S_IFIFO | 0o600,
      nlink: 1,
      uid: 0,
      gid: 0,
      rdev: 0,
      size: 0,
      blksize: 4096,
      blocks: 0,
      atimeMs: this.created,
      mtimeMs: this.created,
      ctimeMs: this.created,
      birthtimeMs: this.created,
    };
  }
}

abstract class PipeEnd {
  readonly kind = 'pipe' as const;
  readonly path = '';
  constructor(protected readonly pipe: Pipe) {}
  stat(): WireStat {
    return this.pipe.stat();
  }
  truncate(): void {
    fail('EINVAL');
  }
  chmod(): void {}
  chown(): void {}
  utimes(): void {}
  sync(): void {
    fail('EINVAL');
  }
}

export class PipeReader extends PipeEnd implements OpenFile {
  readonly readable = true;
  readonly writable = false;
  constructor(pipe: Pipe) {
    super(pipe);
    pipe.readers++;
  }
  read(length: number, position: number | null): Uint8Array {
    if (position !== null) fail('ESPIPE');
    return this.pipe.read(length);
  }
  write(): number {
    return fail('EBADF');
  }
  readStream(sink: ChunkSink): ReadStreamHandle {
    return this.pipe.stream(sink);
  }
  close(): void {
    this.pipe.closeEnd('read');
  }
}

export class PipeWriter extends PipeEnd implements OpenFile {
  readonly readable = false;
  readonly writable = true;
  constructor(pipe: Pipe) {
    super(pipe);
    pipe.writers++;
  }
  read(): Uint8Array {
    return fail('EBADF');
  }
  write(data: Uint8Array, position: number | null): number {
    if (position !== null) fail('ESPIPE');
    return this.pipe.write(data);
  }
  /** Waits for room in the pipe (the guest's backpressure path after EAGAIN). */
  onWritable(cb: () => void): void {
    this.pipe.onWritable(cb);
  }
  close(): void {
    this.pipe.closeEnd('write');
  }
}
