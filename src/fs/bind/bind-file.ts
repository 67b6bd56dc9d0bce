// Host zone: a bind mount of a single host file (`-v ./config.json:/app/config.json`). The file is
// pinned by an O_PATH fd taken at mount time, so replacing the host path with a symlink later cannot
// redirect the container; the mount is the file itself and has no entries below it.

import {
  constants as C,
  chmodSync,
  chownSync,
  closeSync,
  fstatSync,
  openSync,
  truncateSync,
  utimesSync,
} from 'node:fs';
import { S_IFMT, S_IFREG } from '../../abi/fs-constants.js';
import { Errno, fail } from '../../kernel/errno.js';
import type { FsBackend, RelPath } from '../backend.js';
import type { OpenFile, WireDirent, WireStat } from '../types.js';
import { HostFile, host, hostMode, toWire } from './host.js';

const O_PATH = 0o10000000;

export class BindFileFs implements FsBackend {
  dev = 0;
  private fd: number | null;

  /** Pins the regular file `source` (symlinks in `source` are the operator's, resolved once, now). */
  constructor(readonly source: string) {
    const fd = host(() => openSync(source, O_PATH));
    if ((fstatSync(fd).mode & S_IFMT) !== S_IFREG) {
      closeSync(fd);
      fail('EINVAL');
    }
    this.fd = fd;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** The path of the pinned file, for calls that take one; only the mount's root exists. */
  private node(rel: RelPath): string {
    if (rel.length > 0) fail('ENOTDIR');
    if (this.fd === null) return fail('EIO');
    return `/proc/self/fd/${this.fd}`;
  }

  lstat(rel: RelPath): WireStat {
    this.node(rel);
    return toWire(
      host(() => fstatSync(this.fd as number)),
      this.dev,
    );
  }
  readlink(rel: RelPath): string {
    this.node(rel);
    return fail('EINVAL');
  }
  readdir(rel: RelPath): WireDirent[] {
    this.node(rel);
    return fail('ENOTDIR');
  }
  open(rel: RelPath, flags: number): OpenFile {
    const p = this.node(rel);
    const fd = host(() => openSync(p, flags & ~C.O_CREAT & ~C.O_EXCL));
    return new HostFile(fd, flags, this.dev);
  }
  chmod(rel: RelPath, mode: number): void {
    const p = this.node(rel);
    // The mount is a single host file, never a directory.
    host(() => chmodSync(p, hostMode(mode, false)));
  }
  chown(rel: RelPath, uid: number, gid: number): void {
    const p = this.node(rel);
    const st = this.lstat(rel);
    host(() => chownSync(p, uid === -1 ? st.uid : uid, gid === -1 ? st.gid : gid));
  }
  utimes(rel: RelPath, atimeMs: number, mtimeMs: number): void {
    const p = this.node(rel);
    host(() => utimesSync(p, atimeMs / 1000, mtimeMs / 1000));
  }
  truncate(rel: RelPath, len: number): void {
    const p = this.node(rel);
    host(() => truncateSync(p, len));
  }
  create(rel: RelPath): OpenFile {
    this.node(rel);
    throw new Errno('EEXIST');
  }
  mkdir(rel: RelPath): void {
    this.node(rel);
    fail('EEXIST');
  }
  rmdir(rel: RelPath): void {
    this.node(rel);
    fail('ENOTDIR');
  }
  unlink(rel: RelPath): void {
    this.node(rel);
    fail('EBUSY');
  }
  rename(from: RelPath): void {
    this.node(from);
    fail('EBUSY');
  }
  link(existing: RelPath): void {
    this.node(existing);
    fail('EXDEV');
  }
  symlink(_target: string, rel: RelPath): void {
    this.node(rel);
    fail('EEXIST');
  }
}
