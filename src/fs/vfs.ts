// Host zone: the VFS. First version: one memfs volume as the whole tree, paths resolved against the
// caller's cwd, memfs's errors mapped to errno with the path the guest gave. Mounts, permissions and
// confinement are layered on in this same API.

import { posix } from 'node:path';
import { Volume } from 'memfs';
import type { ErrnoCode } from '../abi/errno.js';
import { S_IFDIR, S_IFLNK, S_IFMT, S_IFREG } from '../abi/fs-constants.js';
import { Errno, fail } from '../kernel/errno.js';
import type { FsCaller, OpenFile, WireDirent, WireStat } from './types.js';

type MemStat = {
  dev: number | bigint;
  ino: number | bigint;
  mode: number | bigint;
  nlink: number | bigint;
  uid: number | bigint;
  gid: number | bigint;
  rdev: number | bigint;
  size: number | bigint;
  blksize: number | bigint;
  blocks: number | bigint;
  atimeMs: number | bigint;
  mtimeMs: number | bigint;
  ctimeMs: number | bigint;
  birthtimeMs: number | bigint;
};

function toWireStat(s: MemStat): WireStat {
  return {
    dev: Number(s.dev),
    ino: Number(s.ino),
    mode: Number(s.mode),
    nlink: Number(s.nlink),
    uid: Number(s.uid),
    gid: Number(s.gid),
    rdev: Number(s.rdev),
    size: Number(s.size),
    blksize: Number(s.blksize),
    blocks: Number(s.blocks),
    atimeMs: Number(s.atimeMs),
    mtimeMs: Number(s.mtimeMs),
    ctimeMs: Number(s.ctimeMs),
    birthtimeMs: Number(s.birthtimeMs),
  };
}

/** Runs a memfs call, turning its Node-style error into an Errno that carries the guest's path. */
function mem<T>(fn: () => T, path?: string, dest?: string): T {
  try {
    return fn();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) throw new Errno(code as ErrnoCode, path, dest);
    throw err;
  }
}

export class Vfs {
  readonly volume: InstanceType<typeof Volume>;

  constructor(volume?: InstanceType<typeof Volume>) {
    this.volume = volume ?? new Volume();
  }

  /** The absolute, normalised form of `p` for `caller` (no symlinks resolved). */
  absolute(caller: FsCaller, p: string): string {
    if (p === '') fail('ENOENT', p);
    return posix.resolve(caller.cwd, p);
  }

  stat(caller: FsCaller, p: string): WireStat {
    return toWireStat(mem(() => this.volume.statSync(this.absolute(caller, p)) as MemStat, p));
  }

  lstat(caller: FsCaller, p: string): WireStat {
    return toWireStat(mem(() => this.volume.lstatSync(this.absolute(caller, p)) as MemStat, p));
  }

  open(caller: FsCaller, p: string, flags: number, mode: number): OpenFile {
    const abs = this.absolute(caller, p);
    const fd = mem(() => this.volume.openSync(abs, flags, mode & ~caller.umask), p);
    return new MemOpenFile(this.volume, fd, p, flags);
  }

  readFile(caller: FsCaller, p: string): Uint8Array {
    const abs = this.absolute(caller, p);
    const buf = mem(() => this.volume.readFileSync(abs), p) as Uint8Array;
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  writeFile(caller: FsCaller, p: string, data: Uint8Array | string, flags: number, mode: number): void {
    const abs = this.absolute(caller, p);
    mem(() => this.volume.writeFileSync(abs, data, { flag: flags, mode: mode & ~caller.umask }), p);
  }

  readdir(caller: FsCaller, p: string): WireDirent[] {
    const abs = this.absolute(caller, p);
    const names = mem(() => this.volume.readdirSync(abs) as string[], p);
    return names.map((name) => {
      const st = mem(() => this.volume.lstatSync(posix.join(abs, name)) as MemStat, p);
      return { name, type: Number(st.mode) & S_IFMT };
    });
  }

  mkdir(caller: FsCaller, p: string, mode: number, recursive: boolean): string | null {
    const abs = this.absolute(caller, p);
    const made = mem(() => this.volume.mkdirSync(abs, { mode: mode & ~caller.umask, recursive }), p);
    return typeof made === 'string' ? made : null;
  }

  rmdir(caller: FsCaller, p: string): void {
    mem(() => this.volume.rmdirSync(this.absolute(caller, p)), p);
  }

  rm(caller: FsCaller, p: string, recursive: boolean, force: boolean): void {
    mem(() => this.volume.rmSync(this.absolute(caller, p), { recursive, force }), p);
  }

  unlink(caller: FsCaller, p: string): void {
    mem(() => this.volume.unlinkSync(this.absolute(caller, p)), p);
  }

  rename(caller: FsCaller, from: string, to: string): void {
    mem(() => this.volume.renameSync(this.absolute(caller, from), this.absolute(caller, to)), from, to);
  }

  link(caller: FsCaller, existing: string, p: string): void {
    mem(() => this.volume.linkSync(this.absolute(caller, existing), this.absolute(caller, p)), existing, p);
  }

  symlink(caller: FsCaller, target: string, p: string): void {
    mem(() => this.volume.symlinkSync(target, this.absolute(caller, p)), target, p);
  }

  readlink(caller: FsCaller, p: string): string {
    return String(mem(() => this.volume.readlinkSync(this.absolute(caller, p)), p));
  }

  realpath(caller: FsCaller, p: string): string {
    return String(mem(() => this.volume.realpathSync(this.absolute(caller, p)), p));
  }

  chmod(caller: FsCaller, p: string, mode: number): void {
    mem(() => this.volume.chmodSync(this.absolute(caller, p), mode), p);
  }

  chown(caller: FsCaller, p: string, uid: number, gid: number): void {
    mem(() => this.volume.chownSync(this.absolute(caller, p), uid, gid), p);
  }

  utimes(caller: FsCaller, p: string, atimeMs: number, mtimeMs: number): void {
    mem(() => this.volume.utimesSync(this.absolute(caller, p), atimeMs / 1000, mtimeMs / 1000), p);
  }

  truncate(caller: FsCaller, p: string, len: number): void {
    mem(() => this.volume.truncateSync(this.absolute(caller, p), len), p);
  }

  access(caller: FsCaller, p: string, mode: number): void {
    mem(() => this.volume.accessSync(this.absolute(caller, p), mode), p);
  }

  copyFile(caller: FsCaller, src: string, dest: string, mode: number): void {
    mem(
      () => this.volume.copyFileSync(this.absolute(caller, src), this.absolute(caller, dest), mode),
      src,
      dest,
    );
  }

  mkdtemp(caller: FsCaller, prefix: string): string {
    return String(mem(() => this.volume.mkdtempSync(this.absolute(caller, prefix)), prefix));
  }

  /** True when `p` names a directory (for chdir). */
  isDirectory(caller: FsCaller, p: string): boolean {
    return (this.stat(caller, p).mode & S_IFMT) === S_IFDIR;
  }
}

/** An fd of the memfs volume. */
class MemOpenFile implements OpenFile {
  readonly kind: 'file' | 'directory';
  readonly readable: boolean;
  readonly writable: boolean;

  constructor(
    private readonly volume: InstanceType<typeof Volume>,
    private readonly fd: number,
    readonly path: string,
    flags: number,
  ) {
    const st = volume.fstatSync(fd) as MemStat;
    const type = Number(st.mode) & S_IFMT;
    this.kind = type === S_IFDIR ? 'directory' : 'file';
    const acc = flags & 3;
    this.readable = acc === 0 || acc === 2;
    this.writable = acc === 1 || acc === 2;
    void S_IFREG;
    void S_IFLNK;
  }

  read(length: number, position: number | null): Uint8Array {
    if (this.kind === 'directory') fail('EISDIR');
    const buf = new Uint8Array(length);
    const n = mem(() => this.volume.readSync(this.fd, buf, 0, length, position));
    return n === length ? buf : buf.subarray(0, n);
  }

  write(data: Uint8Array, position: number | null): number {
    return mem(() => this.volume.writeSync(this.fd, data, 0, data.byteLength, position));
  }

  stat(): WireStat {
    return toWireStat(mem(() => this.volume.fstatSync(this.fd) as MemStat));
  }

  truncate(len: number): void {
    mem(() => this.volume.ftruncateSync(this.fd, len));
  }

  chmod(mode: number): void {
    mem(() => this.volume.fchmodSync(this.fd, mode));
  }

  chown(uid: number, gid: number): void {
    mem(() => this.volume.fchownSync(this.fd, uid, gid));
  }

  utimes(atimeMs: number, mtimeMs: number): void {
    mem(() => this.volume.futimesSync(this.fd, atimeMs / 1000, mtimeMs / 1000));
  }

  sync(): void {}

  close(): void {
    mem(() => this.volume.closeSync(this.fd));
  }
}
