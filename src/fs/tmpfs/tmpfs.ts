// Host zone: tmpfs, the in-memory backend (the container's root today, `--tmpfs` mounts, later the
// overlay's upper layer). memfs's inode and link objects are the storage; this module is the only one
// that touches memfs, and it uses memfs's core directly so that no memfs policy (its own permission
// checks against the host's uid, its inode reuse, its path parsing) gets between the VFS and the data.

import { Volume } from 'memfs';
import { S_IFDIR, S_IFLNK, S_IFMT, S_IFREG } from '../../abi/fs-constants.js';
import type { StorageQuota } from '../../cgroup/storage.js';
import { Errno, fail } from '../../kernel/errno.js';
import type { FsBackend, Owner, RelPath } from '../backend.js';
import type { OpenFile, WireDirent, WireStat } from '../types.js';
import { TmpfsFile } from './file.js';

/**
 * About what one directory entry costs the host beside file data (memfs's link and inode records,
 * measured at ~1.6 KiB for an empty directory): charged to the container's quota with its name and a
 * symlink's target, so a flood of empty files, directories or long symlinks meets ENOSPC like a flood
 * of bytes does (it grew the host by 2 GB in 20 s under a 1 MiB quota). Not part of `usedBytes`.
 */
export const ENTRY_BYTES = 1024;

/** The quota charge of an entry named `name` (UTF-16 code units, as the host holds them). */
function entryCost(name: string, node?: { isSymlink(): boolean; symlink: string }): number {
  return ENTRY_BYTES + 2 * name.length + (node?.isSymlink() ? 2 * node.symlink.length : 0);
}

type Superblock = InstanceType<typeof Volume>['_core'];

/**
 * memfs's Superblock class, taken from one Volume: a Volume also binds its whole fs API (hundreds of
 * closures, ~60 µs) that tmpfs never calls, and every container makes at least one tmpfs.
 */
const SuperblockClass = new Volume()._core.constructor as new () => Superblock;
export type MemLink = Superblock['root'];
export type MemNode = ReturnType<MemLink['getNode']>;

export interface TmpfsOptions {
  /** Bytes of file data the mount may hold; writing past it is ENOSPC. */
  size?: number;
  /** Mode of the root directory. */
  rootMode?: number;
  /** A container-wide quota this mount's bytes also count against (cgroup storage). */
  quota?: StorageQuota;
}

/** An in-memory filesystem: a tree of memfs links over memfs inodes, with its own inode numbers. */
export class Tmpfs implements FsBackend {
  dev = 0;
  readonly stable = true;
  /** Called after every change (see FsBackend.onChange); every mutation below ends in `changed()`. */
  onChange: () => void = () => {};
  private readonly sb: Superblock;
  private nextIno = 1;
  private used = 0;
  readonly limit: number;
  /** The container-wide quota (set at creation, or attached after a root is imported). */
  quota: StorageQuota | undefined;
  private quotaCharged = 0;

  constructor(options: TmpfsOptions = {}) {
    this.sb = new SuperblockClass();
    this.quota = options.quota;
    this.limit = options.size && options.size > 0 ? options.size : Number.POSITIVE_INFINITY;
    const root = this.sb.root.getNode();
    root.ino = this.nextIno++;
    root.mode = S_IFDIR | ((options.rootMode ?? 0o755) & 0o7777);
    root.uid = 0;
    root.gid = 0;
  }

  /** Bytes of file data stored now. */
  get usedBytes(): number {
    return this.used;
  }

  /** Reserves `delta` more bytes of file data (negative: releases), or ENOSPC. */
  charge(delta: number): void {
    if (delta > 0 && this.used + delta > this.limit) fail('ENOSPC');
    // The container's quota may refuse too (ENOSPC); only then is the mount's own count moved. A
    // release gives back at most what this mount charged, so bytes imported before the quota was
    // attached (a --rootfs tree) are never credited: the host holds at most those plus the limit.
    if (this.quota) {
      const give = delta > 0 ? delta : -Math.min(-delta, this.quotaCharged);
      this.quotaCharged += this.quota.charge(give);
    }
    this.used = Math.max(0, this.used + delta);
  }

  private entriesCharged = 0;

  /** Charges (or releases, negative) the quota for directory entries; ENOSPC past it. */
  private chargeEntry(delta: number): void {
    if (!this.quota) return;
    const give = delta > 0 ? delta : -Math.min(-delta, this.entriesCharged);
    this.entriesCharged += this.quota.chargeEntries(give);
  }

  /** Reports a change of this mount's contents or metadata to the VFS (the fs generation). */
  changed(): void {
    this.trailNames.length = 0;
    this.trailLinks.length = 0;
    this.onChange();
  }

  /**
   * The names and links of the last path looked up, one per component. A path walk asks for each
   * prefix of a path in turn (`/a`, `/a/b`, …): starting from the longest prefix still on the trail
   * makes that walk linear in the depth instead of quadratic (a 2,000-deep path cost the kernel's
   * thread ~0.2 s per syscall). Any change to the tree clears it.
   */
  private readonly trailNames: string[] = [];
  private readonly trailLinks: MemLink[] = [];

  /** The link at `rel`, or why there is none. */
  private lookup(rel: RelPath): MemLink | 'EINVAL' | 'ENOTDIR' | 'ENOENT' {
    const names = this.trailNames;
    const links = this.trailLinks;
    const shared = Math.min(names.length, rel.length);
    let i = 0;
    while (i < shared && names[i] === rel[i]) i++;
    names.length = i;
    links.length = i;
    let cur = i === 0 ? this.sb.root : (links[i - 1] as MemLink);
    for (; i < rel.length; i++) {
      const name = rel[i] as string;
      if (name === '' || name === '.' || name === '..') return 'EINVAL';
      if (!cur.getNode().isDirectory()) return 'ENOTDIR';
      // children.get, not getChild: a lookup must not touch the directory's atime.
      const next = cur.children.get(name);
      if (!next) return 'ENOENT';
      cur = next;
      names.push(name);
      links.push(cur);
    }
    return cur;
  }

  private find(rel: RelPath): MemLink {
    const found = this.lookup(rel);
    return typeof found === 'string' ? fail(found) : found;
  }

  private parent(rel: RelPath): { dir: MemLink; name: string } {
    const name = rel[rel.length - 1];
    if (name === undefined) return fail('EEXIST');
    const dir = this.find(rel.slice(0, -1));
    if (!dir.getNode().isDirectory()) fail('ENOTDIR');
    return { dir, name };
  }

  private newNode(dir: MemLink, name: string, mode: number, owner: Owner, extraBytes = 0): MemNode {
    if (dir.children.get(name)) fail('EEXIST');
    this.chargeEntry(entryCost(name) + extraBytes);
    const isDir = (mode & S_IFMT) === S_IFDIR;
    const link = this.sb.createLink(dir, name, isDir, mode);
    const node = link.getNode();
    node.ino = this.nextIno++;
    link.ino = node.ino;
    node.mode = mode;
    node.uid = owner.uid;
    node.gid = owner.gid;
    this.changed();
    return node;
  }

  lstat(rel: RelPath): WireStat {
    return this.statOf(this.find(rel).getNode());
  }

  /** Like lstat, but undefined instead of ENOENT/ENOTDIR: the overlay asks this on every lookup. */
  peek(rel: RelPath): WireStat | undefined {
    const found = this.lookup(rel);
    return typeof found === 'string' ? undefined : this.statOf(found.getNode());
  }

  /** The stat record of an inode of this mount. */
  statOf(node: MemNode): WireStat {
    const type = node.mode & S_IFMT;
    const size = type === S_IFDIR ? 4096 : type === S_IFLNK ? byteLength(node.symlink) : node.getSize();
    return {
      dev: this.dev,
      ino: node.ino,
      mode: node.mode,
      nlink: node.nlink,
      uid: node.uid,
      gid: node.gid,
      rdev: 0,
      size,
      blksize: 4096,
      blocks: type === S_IFREG ? Math.ceil(size / 4096) * 8 : 0,
      atimeMs: node.atime.getTime(),
      mtimeMs: node.mtime.getTime(),
      ctimeMs: node.ctime.getTime(),
      birthtimeMs: node.btime.getTime(),
    };
  }

  readlink(rel: RelPath): string {
    const node = this.find(rel).getNode();
    if (!node.isSymlink()) fail('EINVAL');
    return node.symlink;
  }

  readdir(rel: RelPath): WireDirent[] {
    const dir = this.find(rel);
    if (!dir.getNode().isDirectory()) fail('ENOTDIR');
    const out: WireDirent[] = [];
    for (const [name, child] of dir.children) {
      if (name === '.' || name === '..' || !child) continue;
      out.push({ name, type: child.getNode().mode & S_IFMT });
    }
    return out;
  }

  open(rel: RelPath, flags: number): OpenFile {
    const node = this.find(rel).getNode();
    if (node.isSymlink()) fail('ELOOP');
    return new TmpfsFile(this, node, flags);
  }

  create(rel: RelPath, flags: number, mode: number, owner: Owner): OpenFile {
    const { dir, name } = this.parent(rel);
    const node = this.newNode(dir, name, S_IFREG | (mode & 0o7777), owner);
    return new TmpfsFile(this, node, flags);
  }

  mkdir(rel: RelPath, mode: number, owner: Owner): void {
    const { dir, name } = this.parent(rel);
    this.newNode(dir, name, S_IFDIR | (mode & 0o7777), owner);
  }

  symlink(target: string, rel: RelPath, owner: Owner): void {
    const { dir, name } = this.parent(rel);
    const node = this.newNode(dir, name, S_IFLNK | 0o777, owner, 2 * target.length);
    node.symlink = target;
  }

  rmdir(rel: RelPath): void {
    const link = this.find(rel);
    const node = link.getNode();
    if (!node.isDirectory()) fail('ENOTDIR');
    if (!link.parent || rel.length === 0) fail('EBUSY');
    if ([...link.children.keys()].some((n) => n !== '.' && n !== '..')) fail('ENOTEMPTY');
    link.parent.deleteChild(link);
    node.nlink = 0;
    this.chargeEntry(-entryCost(link.getName()));
    this.changed();
  }

  unlink(rel: RelPath): void {
    const link = this.find(rel);
    const node = link.getNode();
    if (node.isDirectory()) fail('EISDIR');
    const parent = link.parent;
    if (!parent) throw new Errno('EBUSY');
    parent.deleteChild(link);
    node.nlink--;
    this.chargeEntry(-entryCost(link.getName(), node));
    if (node.nlink <= 0 && node.isFile()) this.charge(-node.getSize());
    this.changed();
  }

  rename(from: RelPath, to: RelPath): void {
    const link = this.find(from);
    const { dir, name } = this.parent(to);
    const old = dir.children.get(name);
    if (old === link) return;
    // The entry's name changes: charge the difference first, so ENOSPC leaves everything as it was.
    const node = link.getNode();
    this.chargeEntry(entryCost(name, node) - entryCost(link.getName(), node));
    if (old) {
      if (old.getNode().isDirectory()) this.rmdir(to);
      else this.unlink(to);
    }
    link.parent?.deleteChild(link);
    link.name = name;
    dir.setChild(name, link);
    link.syncSteps();
    node.ctime = new Date();
    this.changed();
  }

  link(existing: RelPath, rel: RelPath): void {
    const node = this.find(existing).getNode();
    if (node.isDirectory()) fail('EPERM');
    const { dir, name } = this.parent(rel);
    if (dir.children.get(name)) fail('EEXIST');
    this.chargeEntry(entryCost(name, node));
    node.nlink++;
    dir.createChild(name, node);
    this.changed();
  }

  chmod(rel: RelPath, mode: number): void {
    const node = this.find(rel).getNode();
    node.mode = (node.mode & S_IFMT) | (mode & 0o7777);
    node.ctime = new Date();
    this.changed();
  }

  chown(rel: RelPath, uid: number, gid: number): void {
    const node = this.find(rel).getNode();
    if (uid !== -1) node.uid = uid;
    if (gid !== -1) node.gid = gid;
    node.ctime = new Date();
    this.changed();
  }

  utimes(rel: RelPath, atimeMs: number, mtimeMs: number): void {
    const node = this.find(rel).getNode();
    node.atime = new Date(atimeMs);
    node.mtime = new Date(mtimeMs);
    node.ctime = new Date();
    this.changed();
  }

  truncate(rel: RelPath, len: number): void {
    const node = this.find(rel).getNode();
    if (node.isDirectory()) fail('EISDIR');
    if (!node.isFile()) fail('EINVAL');
    this.resize(node, len);
  }

  /** Sets a file's length, charging or releasing the difference. */
  resize(node: MemNode, len: number): void {
    this.charge(len - node.getSize());
    node.truncate(len);
    node.ctime = new Date();
    this.changed();
  }
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).byteLength;
}
