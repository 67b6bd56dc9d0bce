// Host zone: open files procfs hands out: a read-only snapshot of generated text, and a view of
// another fd's open description (for /proc/<pid>/fd/N of a pipe or terminal).

import { fail } from '../../kernel/errno.js';
import type { ChunkSink, OpenFile, ReadStreamHandle, WireStat } from '../types.js';

/** A read-only regular file whose bytes were generated at open. */
export class TextFile implements OpenFile {
  readonly kind = 'file' as const;
  readonly readable = true;
  readonly writable = false;
  path = '';
  private readonly bytes: Uint8Array;
  private offset = 0;

  constructor(
    body: string,
    private readonly st: WireStat,
  ) {
    this.bytes = new TextEncoder().encode(body);
  }

  read(length: number, position: number | null): Uint8Array {
    const at = position ?? this.offset;
    const out = this.bytes.slice(at, at + length);
    if (position === null) this.offset += out.byteLength;
    return out;
  }
  write(): number {
    return fail('EBADF');
  }
  stat(): WireStat {
    return this.st;
  }
  truncate(): void {
    fail('EINVAL');
  }
  chmod(): void {
    fail('EPERM');
  }
  chown(): void {
    fail('EPERM');
  }
  utimes(): void {
    fail('EPERM');
  }
  sync(): void {}
  close(): void {}
}

/** Another fd's open file, shared: closing this one leaves the original open. */
export class SharedFile implements OpenFile {
  readonly kind: OpenFile['kind'];
  readonly path: string;
  readonly readable: boolean;
  readonly writable: boolean;
  readStream?: (sink: ChunkSink) => ReadStreamHandle;

  constructor(private readonly inner: OpenFile) {
    this.kind = inner.kind;
    this.path = inner.path;
    this.readable = inner.readable;
    this.writable = inner.writable;
    if (inner.readStream)
      this.readStream = (sink) => (inner.readStream as (s: ChunkSink) => ReadStreamHandle)(sink);
  }
  read(length: number, position: number | null): Uint8Array {
    return this.inner.read(length, position);
  }
  write(data: Uint8Array, position: number | null): number {
    return this.inner.write(data, position);
  }
  stat(): WireStat {
    return this.inner.stat();
  }
  truncate(len: number): void {
    this.inner.truncate(len);
  }
  chmod(mode: number): void {
    this.inner.chmod(mode);
  }
  chown(uid: number, gid: number): void {
    this.inner.chown(uid, gid);
  }
  utimes(a: number, m: number): void {
    this.inner.utimes(a, m);
  }
  sync(): void {
    this.inner.sync();
  }
  close(): void {}
}
