// Host zone: the host calls of the bind backend, made safe: every host error becomes an Errno with
// Linux's code and no host message or path; and an open file over a host fd.

import {
  constants as C,
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  futimesSync,
  readSync,
  type Stats,
  writeSync,
} from 'node:fs';
import { isErrnoCode } from '../../abi/errno.js';
import { O_ACCMODE, O_RDONLY, O_RDWR, O_WRONLY, S_IFDIR, S_IFMT } from '../../abi/fs-constants.js';
import { Errno } from '../../kernel/errno.js';
import type { OpenFile, WireStat } from '../types.js';

/** Linux's O_PATH: an fd that pins an inode without opening it for I/O (Node passes it through). */
export const O_PATH = 0o10000000;
/** A directory opened to walk from, never through a symlink. */
export const DIR_FLAGS = O_PATH | C.O_DIRECTORY | C.O_NOFOLLOW;

/**
 * The path of an open fd: `${fdPath(dir)}/${name}` names `name` inside that very directory, whatever
 * has been renamed or swapped for a symlink above it since it was opened.
 */
export const fdPath = (fd: number): string => `/proc/self/fd/${fd}`;

const S_ISUID = 0o4000;
const S_ISGID = 0o2000;

/**
 * The mode a guest may give a host file: never set-user-ID, and set-group-ID only on a directory
 * (where it just passes the group on). A guest's setuid bit on a bind-mounted file would be a real
 * setuid program on the host, owned by the user tsvirt runs as (root, when it runs as root).
 */
export function hostMode(mode: number, directory: boolean): number {
  return mode & 0o7777 & ~S_ISUID & ~(directory ? 0 : S_ISGID);
}

/** Runs a host fs call; its error becomes an Errno of the same code (EIO for anything unknown). */
export function host<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    throw new Errno(isErrnoCode(code) ? code : 'EIO');
  }
}

export function toWire(s: Stats, dev: number): WireStat {
  return {
    dev,
    ino: s.ino,
    mode: s.mode,
    nlink: s.nlink,
    uid: s.uid,
    gid: s.gid,
    rdev: s.rdev,
    size: s.size,
    blksize: 4096,
    blocks: s.blocks,
    atimeMs: s.atimeMs,
    mtimeMs: s.mtimeMs,
    ctimeMs: s.ctimeMs,
    birthtimeMs: s.birthtimeMs,
  };
}

/** An open host file or directory of a bind mount. */
export class HostFile implements OpenFile {
  readonly kind: 'file' | 'directory';
  readonly readable: boolean;
  readonly writable: boolean;
  path = '';
  private closed = false;

  constructor(
    private readonly fd: number,
    flags: number,
    private readonly dev: number,
  ) {
    const acc = flags & O_ACCMODE;
    this.readable = acc === O_RDONLY || acc === O_RDWR;
    this.writable = acc === O_WRONLY || acc === O_RDWR;
    this.kind = (host(() => fstatSync(fd)).mode & S_IFMT) === S_IFDIR ? 'directory' : 'file';
  }

  read(length: number, position: number | null): Uint8Array {
    const buf = Buffer.alloc(length);
    const n = host(() => readSync(this.fd, buf, 0, length, position));
    return n === length ? buf : buf.subarray(0, n);
  }

  write(data: Uint8Array, position: number | null): number {
    return host(() => writeSync(this.fd, data, 0, data.byteLength, position));
  }

  stat(): WireStat {
    return toWire(
      host(() => fstatSync(this.fd)),
      this.dev,
    );
  }

  truncate(len: number): void {
    host(() => ftruncateSync(this.fd, len));
  }

  chmod(mode: number): void {
    host(() => fchmodSync(this.fd, hostMode(mode, this.kind === 'directory')));
  }

  chown(uid: number, gid: number): void {
    const st = host(() => fstatSync(this.fd));
    host(() => fchownSync(this.fd, uid === -1 ? st.uid : uid, gid === -1 ? st.gid : gid));
  }

  utimes(atimeMs: number, mtimeMs: number): void {
    host(() => futimesSync(this.fd, atimeMs / 1000, mtimeMs / 1000));
  }

  sync(): void {
    host(() => fsyncSync(this.fd));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    host(() => closeSync(this.fd));
  }
}
