// Host zone: bind mounts, a host directory confined as a backend. Confinement is race-free on Linux:
// the walk starts from an fd of the bind root taken at mount time and opens each component as
// `/proc/self/fd/<parent>/<name>` with O_NOFOLLOW, so a symlink (even one swapped in between a check
// and a use) fails with ELOOP instead of being followed; the final operation is made relative to the
// verified parent fd, or on an O_PATH fd of the verified node itself. `..` never reaches the host.

import {
  constants as C,
  chmodSync,
  chownSync,
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  lchownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  utimesSync,
} from 'node:fs';
import { S_IFDIR, S_IFLNK, S_IFMT, S_IFREG } from '../../abi/fs-constants.js';
import { fail } from '../../kernel/errno.js';
import type { FsBackend, Owner, RelPath } from '../backend.js';
import type { OpenFile, WireDirent, WireStat } from '../types.js';
import { DIR_FLAGS, fdPath, HostFile, host, hostMode, O_PATH, toWire } from './host.js';

const NODE_FLAGS = O_PATH | C.O_NOFOLLOW;

function checkName(name: string): string {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0'))
    fail('EINVAL');
  return name;
}

export class BindFs implements FsBackend {
  dev = 0;
  private rootFd: number | null;

  /** Opens `source` (a host directory) as the bind root; the fd is held until `close()`. */
  constructor(readonly source: string) {
    this.rootFd = host(() => openSync(source, C.O_RDONLY | C.O_DIRECTORY));
  }

  /** Releases the root fd (container teardown). */
  close(): void {
    if (this.rootFd !== null) closeSync(this.rootFd);
    this.rootFd = null;
  }

  private root(): number {
    if (this.rootFd === null) return fail('EIO');
    return this.rootFd;
  }

  /** Runs `fn` with a `/proc/self/fd/N` path of the directory `rel`, every step opened O_NOFOLLOW. */
  private inDir<T>(rel: RelPath, fn: (dir: string) => T): T {
    const opened: number[] = [];
    try {
      let cur = this.root();
      for (const name of rel) {
        const next = host(() => openSync(`${fdPath(cur)}/${checkName(name)}`, DIR_FLAGS));
        opened.push(next);
        cur = next;
      }
      return fn(fdPath(cur));
    } finally {
      for (const fd of opened) closeSync(fd);
    }
  }

  /** Runs `fn` with the path of entry `rel` inside its verified parent (the entry is not followed). */
  private inParent<T>(rel: RelPath, fn: (entry: string) => T): T {
    const name = rel[rel.length - 1];
    if (name === undefined) return fail('EBUSY');
    return this.inDir(rel.slice(0, -1), (dir) => fn(`${dir}/${checkName(name)}`));
  }

  /** Runs `fn` on an O_PATH fd of the node `rel` itself, which must not be a symlink. */
  private onNode<T>(rel: RelPath, fn: (node: string, st: WireStat) => T): T {
    if (rel.length === 0) return fn(fdPath(this.root()), this.lstat([]));
    return this.inParent(rel, (entry) => {
      const fd = host(() => openSync(entry, NODE_FLAGS));
      try {
        const st = toWire(
          host(() => fstatSync(fd)),
          this.dev,
        );
        if ((st.mode & S_IFMT) === S_IFLNK) fail('ELOOP');
        return fn(fdPath(fd), st);
      } finally {
        closeSync(fd);
      }
    });
  }

  lstat(rel: RelPath): WireStat {
    if (rel.length === 0)
      return toWire(
        host(() => fstatSync(this.root())),
        this.dev,
      );
    return this.inParent(rel, (entry) =>
      toWire(
        host(() => lstatSync(entry)),
        this.dev,
      ),
    );
  }

  readlink(rel: RelPath): string {
    return this.inParent(rel, (entry) => host(() => readlinkSync(entry, 'utf8')));
  }

  readdir(rel: RelPath): WireDirent[] {
    return this.inDir(rel, (dir) =>
      host(() => readdirSync(dir, { withFileTypes: true })).map((d) => ({
        name: d.name,
        type: d.isDirectory()
          ? S_IFDIR
          : d.isSymbolicLink()
            ? S_IFLNK
            : d.isFile()
              ? S_IFREG
              : this.lstat([...rel, d.name]).mode & S_IFMT,
      })),
    );
  }

  open(rel: RelPath, flags: number): OpenFile {
    return this.onNode(rel, (node, st) => {
      const type = st.mode & S_IFMT;
      // Only files and directories: a host fifo or device in a bind could block or act on the host.
      if (type !== S_IFREG && type !== S_IFDIR) fail('EACCES');
      const fd = host(() => openSync(node, flags & ~C.O_CREAT & ~C.O_EXCL));
      return new HostFile(fd, flags, this.dev);
    });
  }

  create(rel: RelPath, flags: number, mode: number, owner: Owner): OpenFile {
    return this.inParent(rel, (entry) => {
      const fd = host(() => openSync(entry, flags | C.O_CREAT | C.O_EXCL | C.O_NOFOLLOW, mode));
      // The host's umask must not apply; ownership follows the container user where the host allows.
      host(() => fchmodSync(fd, hostMode(mode, false)));
      tryOwn(() => fchownSync(fd, owner.uid, owner.gid));
      return new HostFile(fd, flags, this.dev);
    });
  }

  mkdir(rel: RelPath, mode: number, owner: Owner): void {
    this.inParent(rel, (entry) => host(() => mkdirSync(entry, mode)));
    this.onNode(rel, (node) => {
      host(() => chmodSync(node, hostMode(mode, true)));
      tryOwn(() => chownSync(node, owner.uid, owner.gid));
    });
  }

  rmdir(rel: RelPath): void {
    this.inParent(rel, (entry) => host(() => rmdirSync(entry)));
  }

  unlink(rel: RelPath): void {
    this.inParent(rel, (entry) => host(() => unlinkSync(entry)));
  }

  rename(from: RelPath, to: RelPath): void {
    this.inParent(from, (a) => this.inParent(to, (b) => host(() => renameSync(a, b))));
  }

  link(existing: RelPath, rel: RelPath): void {
    this.inParent(existing, (a) => this.inParent(rel, (b) => host(() => linkSync(a, b))));
  }

  symlink(target: string, rel: RelPath, owner: Owner): void {
    this.inParent(rel, (entry) => {
      host(() => symlinkSync(target, entry));
      tryOwn(() => lchownSync(entry, owner.uid, owner.gid));
    });
  }

  chmod(rel: RelPath, mode: number): void {
    this.onNode(rel, (node, st) =>
      host(() => chmodSync(node, hostMode(mode, (st.mode & S_IFMT) === S_IFDIR))),
    );
  }

  chown(rel: RelPath, uid: number, gid: number): void {
    this.onNode(rel, (node, st) =>
      host(() => chownSync(node, uid === -1 ? st.uid : uid, gid === -1 ? st.gid : gid)),
    );
  }

  utimes(rel: RelPath, atimeMs: number, mtimeMs: number): void {
    this.onNode(rel, (node) => host(() => utimesSync(node, atimeMs / 1000, mtimeMs / 1000)));
  }

  truncate(rel: RelPath, len: number): void {
    this.onNode(rel, (node, st) => {
      if ((st.mode & S_IFMT) !== S_IFREG) fail('EINVAL');
      host(() => truncateSync(node, len));
    });
  }
}

/** chown on the host succeeds only when tsvirt runs as root; otherwise files stay the host user's. */
function tryOwn(fn: () => void): void {
  try {
    fn();
  } catch {
    // Not permitted on this host: keep the host user's ownership, as rootless Docker does.
  }
}
