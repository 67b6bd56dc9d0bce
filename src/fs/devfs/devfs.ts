// Host zone: devfs, the container's /dev: the memory devices, the stdio links into /proc/self/fd,
// and /dev/tty (the container's terminal; ENXIO to open without one). Its layout is fixed: nothing can be created in it.

import { S_IFCHR, S_IFDIR, S_IFLNK } from '../../abi/fs-constants.js';
import { Errno, fail } from '../../kernel/errno.js';
import { type FsBackend, makeStat, type RelPath } from '../backend.js';
import type { FsCaller, OpenFile, WireDirent, WireStat } from '../types.js';
import { DEVICES, DeviceFile, type DeviceName, deviceStat, makedev } from './devices.js';

const LINKS: Readonly<Record<string, string>> = {
  stdin: '/proc/self/fd/0',
  stdout: '/proc/self/fd/1',
  stderr: '/proc/self/fd/2',
  fd: '/proc/self/fd',
};

export interface DevfsOptions {
  /** Opens the container's terminal (present only when the container has one). */
  tty?: (flags: number) => OpenFile;
}

export class Devfs implements FsBackend {
  dev = 0;
  private readonly born = Date.now();

  constructor(private readonly options: DevfsOptions = {}) {}

  private names(): string[] {
    return [...Object.keys(DEVICES), ...Object.keys(LINKS), 'tty'];
  }

  lstat(rel: RelPath): WireStat {
    const times = { atimeMs: this.born, mtimeMs: this.born, ctimeMs: this.born, birthtimeMs: this.born };
    if (rel.length === 0)
      return makeStat({ dev: this.dev, ino: 1, mode: S_IFDIR | 0o755, nlink: 2, size: 0, ...times });
    const name = rel[0] as string;
    if (rel.length > 1) fail(this.names().includes(name) && name !== 'fd' ? 'ENOTDIR' : 'ENOENT');
    if (Object.hasOwn(DEVICES, name)) return { ...deviceStat(name as DeviceName, this.dev), ...times };
    const link = LINKS[name];
    if (link !== undefined && Object.hasOwn(LINKS, name))
      return makeStat({
        dev: this.dev,
        ino: 20 + Object.keys(LINKS).indexOf(name),
        mode: S_IFLNK | 0o777,
        size: link.length,
        ...times,
      });
    if (name === 'tty')
      return makeStat({ dev: this.dev, ino: 30, mode: S_IFCHR | 0o666, rdev: makedev(5, 0), ...times });
    return fail('ENOENT');
  }

  readlink(rel: RelPath): string {
    const name = rel[0];
    if (rel.length === 1 && name !== undefined && Object.hasOwn(LINKS, name)) return LINKS[name] as string;
    this.lstat(rel);
    return fail('EINVAL');
  }

  readdir(rel: RelPath): WireDirent[] {
    if (rel.length > 0) {
      this.lstat(rel);
      fail('ENOTDIR');
    }
    return this.names().map((name) => ({ name, type: this.lstat([name]).mode & 0o170000 }));
  }

  open(rel: RelPath, flags: number, _caller: FsCaller): OpenFile {
    const st = this.lstat(rel);
    const name = rel[0];
    if (name === undefined) return new DirFile(st, flags);
    if (Object.hasOwn(DEVICES, name)) return new DeviceFile(name as DeviceName, this.dev, flags);
    // Without a terminal there is no controlling tty: Linux answers ENXIO, as in `docker run` without -t.
    if (name === 'tty') return this.options.tty ? this.options.tty(flags) : fail('ENXIO');
    return fail('ELOOP');
  }

  create(rel: RelPath): OpenFile {
    return this.readOnly(rel);
  }
  mkdir(rel: RelPath): void {
    this.readOnly(rel);
  }
  rmdir(rel: RelPath): void {
    this.readOnly(rel);
  }
  unlink(rel: RelPath): void {
    this.readOnly(rel);
  }
  rename(from: RelPath): void {
    this.readOnly(from);
  }
  link(existing: RelPath): void {
    this.readOnly(existing);
  }
  symlink(_target: string, rel: RelPath): void {
    this.readOnly(rel);
  }
  chmod(rel: RelPath): void {
    this.readOnly(rel);
  }
  chown(rel: RelPath): void {
    this.readOnly(rel);
  }
  utimes(rel: RelPath): void {
    this.lstat(rel);
  }
  truncate(rel: RelPath): void {
    this.lstat(rel);
  }

  /** The layout is fixed: changing it is EPERM (as for a device node a container may not make). */
  private readOnly(_rel: RelPath): never {
    throw new Errno('EPERM');
  }
}

/** An open synthetic directory (for fstat and fchdir-like uses); reading it is EISDIR. */
export class DirFile implements OpenFile {
  readonly kind = 'directory' as const;
  readonly readable = true;
  readonly writable = false;
  path = '';
  constructor(
    private readonly st: WireStat,
    _flags: number,
  ) {}
  read(): Uint8Array {
    return fail('EISDIR');
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
  utimes(): void {}
  sync(): void {}
  close(): void {}
}
