// Host zone: OpenFiles over host streams: a container's stdin (a Readable) and stdout/stderr
// (Writables), with a tty flag for `-t`. Reads are delivered as a stream; writes never block the guest.

import type { Readable, Writable } from 'node:stream';
import { S_IFCHR, S_IFIFO } from '../abi/fs-constants.js';
import { fail } from '../kernel/errno.js';
import type { ChunkSink, OpenFile, ReadStreamHandle, WireStat } from './types.js';

function streamStat(tty: boolean): WireStat {
  const now = Date.now();
  return {
    dev: 0,
    ino: 0,
    mode: (tty ? S_IFCHR : S_IFIFO) | 0o620,
    nlink: 1,
    uid: 0,
    gid: 0,
    rdev: 0,
    size: 0,
    blksize: 4096,
    blocks: 0,
    atimeMs: now,
    mtimeMs: now,
    ctimeMs: now,
    birthtimeMs: now,
  };
}

abstract class StreamFileBase {
  readonly path = '';
  readonly kind: 'pipe' | 'tty';
  constructor(readonly tty: boolean) {
    this.kind = tty ? 'tty' : 'pipe';
  }
  stat(): WireStat {
    return streamStat(this.tty);
  }
  truncate(): void {
    fail('EINVAL');
  }
  chmod(): void {}
  chown(): void {}
  utimes(): void {}
  sync(): void {}
}

/** A write-only end over a host Writable (container stdout/stderr). */
/** Bytes a container's stdout or stderr may hold unread on the host before writes fail (EAGAIN). */
export const MAX_UNREAD_BYTES = 64 * 1024 * 1024;

export class WritableStreamFile extends StreamFileBase implements OpenFile {
  readonly readable = false;
  readonly writable = true;
  constructor(
    private readonly out: Writable,
    tty: boolean,
  ) {
    super(tty);
  }
  read(): Uint8Array {
    return fail('EBADF');
  }
  write(data: Uint8Array, position: number | null): number {
    if (position !== null) fail('ESPIPE');
    if (this.out.destroyed || this.out.writableEnded) fail('EPIPE');
    // A full pipe: nobody drains the host end (a library user not reading container.stdout), and
    // every byte would stay in kernel memory. Past the cap the write fails as a non-blocking pipe's.
    if (this.out.writableLength + data.byteLength > MAX_UNREAD_BYTES) fail('EAGAIN');
    // Copy: the caller's buffer may be reused; host streams keep what we hand them.
    this.out.write(Buffer.from(data));
    return data.byteLength;
  }
  close(): void {}
}

/** A read-only end over a host Readable (container stdin). One reader at a time. */
export class ReadableStreamFile extends StreamFileBase implements OpenFile {
  readonly readable = true;
  readonly writable = false;
  private ended = false;
  constructor(
    private readonly input: Readable,
    tty: boolean,
  ) {
    super(tty);
  }
  read(): Uint8Array {
    // Blocking reads of a stream cannot be served synchronously without stalling the kernel.
    if (this.ended) return new Uint8Array(0);
    return fail('EAGAIN');
  }
  write(): number {
    return fail('EBADF');
  }
  readStream(sink: ChunkSink): ReadStreamHandle {
    if (this.ended) {
      queueMicrotask(() => sink(null));
      return { pause() {}, resume() {}, close() {} };
    }
    const onData = (chunk: Buffer | string) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      sink(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
    };
    const onEnd = () => {
      this.ended = true;
      cleanup();
      sink(null);
    };
    const cleanup = () => {
      this.input.off('data', onData);
      this.input.off('end', onEnd);
      this.input.off('close', onEnd);
      this.input.pause();
    };
    this.input.on('data', onData);
    this.input.on('end', onEnd);
    this.input.on('close', onEnd);
    this.input.resume();
    return {
      pause: () => this.input.pause(),
      resume: () => this.input.resume(),
      close: cleanup,
    };
  }
  close(): void {}
}

/** /dev/tty: the container's terminal, read from its stdin and written to its stdout. */
export class TerminalFile implements OpenFile {
  readonly kind = 'tty' as const;
  readonly path = '/dev/tty';
  readonly readable: boolean;
  readonly writable: boolean;
  readonly readStream?: (sink: ChunkSink) => ReadStreamHandle;

  constructor(
    private readonly input: ReadableStreamFile,
    private readonly output: WritableStreamFile,
    access: number,
  ) {
    this.readable = access === 0 || access === 2;
    this.writable = access === 1 || access === 2;
    if (this.readable) this.readStream = (sink) => this.input.readStream(sink);
  }
  read(): Uint8Array {
    return this.input.read();
  }
  write(data: Uint8Array, position: number | null): number {
    return this.output.write(data, position);
  }
  stat(): WireStat {
    return { ...streamStat(true), rdev: (5 << 8) | 0 };
  }
  truncate(): void {}
  chmod(): void {}
  chown(): void {}
  utimes(): void {}
  sync(): void {}
  close(): void {}
}
