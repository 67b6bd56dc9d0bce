// Host zone: an open file description of a tmpfs inode: the file offset, the access mode, O_APPEND,
// and writes charged against the mount's size limit. Every change it makes (data, metadata, atime) is
// reported to the mount (Tmpfs.changed), which bumps the container's fs generation.
//
// atime follows Linux's relatime, without its once-a-day refresh: a read updates atime only when it is
// not already later than mtime and ctime. So after the first read following a change, reads leave the
// inode alone, and a read the guest serves from its page cache (which never reaches the kernel) shows
// exactly what a real read would have: nothing new.

import { O_ACCMODE, O_APPEND, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY } from '../../abi/fs-constants.js';
import { fail } from '../../kernel/errno.js';
import type { OpenFile, WireStat } from '../types.js';
import type { MemNode, Tmpfs } from './tmpfs.js';

export class TmpfsFile implements OpenFile {
  readonly kind: 'file' | 'directory';
  readonly readable: boolean;
  readonly writable: boolean;
  path = '';
  private offset = 0;
  private readonly append: boolean;

  constructor(
    private readonly fs: Tmpfs,
    private readonly node: MemNode,
    flags: number,
  ) {
    this.kind = node.isDirectory() ? 'directory' : 'file';
    const acc = flags & O_ACCMODE;
    this.readable = acc === O_RDONLY || acc === O_RDWR;
    this.writable = acc === O_WRONLY || acc === O_RDWR;
    this.append = (flags & O_APPEND) !== 0;
    if ((flags & O_TRUNC) !== 0 && this.writable && node.isFile()) fs.resize(node, 0);
  }

  read(length: number, position: number | null): Uint8Array {
    if (this.kind === 'directory') fail('EISDIR');
    const buf = Buffer.alloc(length);
    const at = position ?? this.offset;
    const before = this.node.atime;
    // memfs stamps atime on every read; relatime keeps the old one unless it is stale.
    const n = this.node.read(buf, 0, length, at);
    const atime = before.getTime();
    if (atime > this.node.mtime.getTime() && atime > this.node.ctime.getTime()) this.node.atime = before;
    else if (this.node.atime.getTime() !== atime) this.fs.changed();
    if (position === null) this.offset += n;
    return n === length ? buf : buf.subarray(0, n);
  }

  write(data: Uint8Array, position: number | null): number {
    if (this.kind === 'directory') fail('EISDIR');
    const size = this.node.getSize();
    // Linux ignores the position of pwrite on an O_APPEND file: it always appends.
    const at = this.append ? size : (position ?? this.offset);
    if (data.byteLength === 0) return 0;
    this.fs.charge(Math.max(0, at + data.byteLength - size));
    const n = this.node.write(
      Buffer.from(data.buffer, data.byteOffset, data.byteLength),
      0,
      data.byteLength,
      at,
    );
    this.node.ctime = new Date();
    this.fs.changed();
    if (position === null || this.append) this.offset = at + n;
    return n;
  }

  stat(): WireStat {
    return this.fs.statOf(this.node);
  }

  truncate(len: number): void {
    if (this.kind === 'directory' || !this.writable) fail('EINVAL');
    this.fs.resize(this.node, len);
  }

  chmod(mode: number): void {
    this.node.mode = (this.node.mode & 0o170000) | (mode & 0o7777);
    this.node.ctime = new Date();
    this.fs.changed();
  }

  chown(uid: number, gid: number): void {
    if (uid !== -1) this.node.uid = uid;
    if (gid !== -1) this.node.gid = gid;
    this.node.ctime = new Date();
    this.fs.changed();
  }

  utimes(atimeMs: number, mtimeMs: number): void {
    this.node.atime = new Date(atimeMs);
    this.node.mtime = new Date(mtimeMs);
    this.node.ctime = new Date();
    this.fs.changed();
  }

  sync(): void {}

  close(): void {}
}
