// Host zone: the overlay backend — a container's root: an image's shared read-only tree (lower) under
// the container's own tmpfs (upper). Reads fall through to the lower tree; the first change to a lower
// node copies it up (its parents first, hard links together); deletions are recorded as whiteouts.
//
// One set of whiteouts does the work of OCI's whiteouts and opaque directories: a lower path is
// visible only when neither it nor any of its ancestors is whited out. A node made where a whiteout
// stands (a directory removed and made again) lives in the upper layer while the whiteout keeps the
// lower one — and, for a directory, its old contents — hidden: that is an opaque directory.

import {
  O_ACCMODE,
  O_RDONLY,
  O_TRUNC,
  O_WRONLY,
  S_IFDIR,
  S_IFLNK,
  S_IFMT,
  S_IFREG,
} from '../../abi/fs-constants.js';
import type { StorageQuota } from '../../cgroup/storage.js';
import type { FileNode, TreeNode } from '../../image/tree.js';
import { fail } from '../../kernel/errno.js';
import type { FsBackend, Owner, RelPath } from '../backend.js';
import { Tmpfs, type TmpfsOptions } from '../tmpfs/tmpfs.js';
import type { OpenFile, WireDirent, WireStat } from '../types.js';
import { LowerFile, type LowerLayer } from './lower.js';

const TYPE_BITS = { file: S_IFREG, dir: S_IFDIR, symlink: S_IFLNK } as const;

/** Where a path's node lives now. */
type Found = { where: 'upper'; stat: WireStat } | { where: 'lower'; node: TreeNode };

function absOf(rel: RelPath): string {
  return `/${rel.join('/')}`;
}

function relOf(abs: string): RelPath {
  return abs === '/' ? [] : abs.slice(1).split('/');
}

/** A copy-on-write root: `lower` shared and read-only, a private tmpfs on top. */
export class OverlayFs implements FsBackend {
  /** The writable layer, once something was written (see `upper`). */
  private written: Tmpfs | undefined;
  private readonly upperOptions: TmpfsOptions;
  /** Lower paths hidden from view (each hides everything below it too). */
  private readonly whiteouts = new Set<string>();
  private _dev = 0;
  private changeHook: () => void = () => {};
  private quota: StorageQuota | undefined;
  readonly stable = true;

  constructor(
    readonly lower: LowerLayer,
    options: TmpfsOptions = {},
  ) {
    const root = lower.get('/');
    this.upperOptions = { ...options, rootMode: root?.mode ?? 0o755 };
    this.quota = options.quota;
  }

  /**
   * The container's writable layer, made at the first write: until then every lookup is the lower
   * tree's, and a start does not pay for an empty tmpfs (a memfs superblock, ~0.07 ms in place)
   * before its process runs.
   */
  get upper(): Tmpfs {
    if (!this.written) {
      const t = new Tmpfs({ ...this.upperOptions, ...(this.quota ? { quota: this.quota } : {}) });
      t.dev = this._dev;
      t.onChange = this.changeHook;
      this.written = t;
    }
    return this.written;
  }

  /** Charges what the container writes to `quota` (the container's storage cgroup). */
  chargeTo(quota: StorageQuota): void {
    this.quota = quota;
    if (this.written) this.written.quota = quota;
  }

  get dev(): number {
    return this._dev;
  }

  set dev(v: number) {
    this._dev = v;
    if (this.written) this.written.dev = v;
  }

  /** The lower layers never change, so the upper layer and the whiteouts report every change. */
  get onChange(): () => void {
    return this.changeHook;
  }

  set onChange(fn: () => void) {
    this.changeHook = fn;
    if (this.written) this.written.onChange = fn;
  }

  /** The whiteouts recorded so far (absolute paths), for diffs and tests. */
  whiteoutPaths(): ReadonlySet<string> {
    return this.whiteouts;
  }

  // --- lookup ------------------------------------------------------------------------------------

  private upperStat(rel: RelPath): WireStat | undefined {
    return this.written?.peek(rel);
  }

  /** The lower node at `abs` unless it or an ancestor is whited out. */
  lowerVisible(abs: string): TreeNode | undefined {
    const node = this.lower.get(abs);
    if (!node || this.whiteouts.size === 0) return node;
    if (this.whiteouts.has(abs)) return undefined;
    for (let i = abs.lastIndexOf('/'); i > 0; i = abs.lastIndexOf('/', i - 1)) {
      if (this.whiteouts.has(abs.slice(0, i))) return undefined;
    }
    return node;
  }

  /** The lower node `rel` shows when no upper node stands there (for snapshots), else undefined. */
  lowerNodeAt(rel: RelPath): TreeNode | undefined {
    const f = this.find(rel);
    return f.where === 'lower' ? f.node : undefined;
  }

  private find(rel: RelPath): Found {
    const stat = this.upperStat(rel);
    if (stat) return { where: 'upper', stat };
    const node = this.lowerVisible(absOf(rel));
    if (!node) return fail('ENOENT');
    return { where: 'lower', node };
  }

  private isDir(f: Found): boolean {
    return f.where === 'upper' ? (f.stat.mode & S_IFMT) === S_IFDIR : f.node.type === 'dir';
  }

  /** Hides the lower node at `abs` (when one is visible); whiteouts below it become redundant. */
  private whiteout(abs: string): void {
    if (!this.lowerVisible(abs)) return;
    const prefix = `${abs}/`;
    for (const w of this.whiteouts) if (w.startsWith(prefix)) this.whiteouts.delete(w);
    this.whiteouts.add(abs);
    this.upper.changed();
  }

  // --- copy-up -----------------------------------------------------------------------------------

  /** Makes every directory of `rel` exist in the upper layer, copying lower ones up. */
  private upperDirs(rel: RelPath): void {
    for (let i = 1; i <= rel.length; i++) {
      const part = rel.slice(0, i);
      const stat = this.upperStat(part);
      if (stat) {
        if ((stat.mode & S_IFMT) !== S_IFDIR) fail('ENOTDIR');
        continue;
      }
      const node = this.lowerVisible(absOf(part));
      if (!node) fail('ENOENT');
      if (node.type !== 'dir') fail('ENOTDIR');
      this.upper.mkdir(part, node.mode, node);
      this.upper.utimes(part, node.mtime, node.mtime);
    }
  }

  /** Copies the lower node at `rel` into the upper layer (no-op when already there). */
  copyUp(rel: RelPath): void {
    const found = this.find(rel);
    if (found.where === 'upper') return;
    const node = found.node;
    if (node.type === 'dir') {
      this.upperDirs(rel);
      return;
    }
    const parent = rel.slice(0, -1);
    this.upperDirs(parent);
    // A copy-up is not a change to the directory: its times stay as they were.
    const times = this.upper.lstat(parent);
    if (node.type === 'symlink') {
      this.upper.symlink(node.target, rel, node);
      this.upper.utimes(rel, node.mtime, node.mtime);
    } else {
      this.copyFile(node, rel);
    }
    this.upper.utimes(parent, times.atimeMs, times.mtimeMs);
  }

  /** A file copied up with all its visible hard links, so they stay one inode. */
  private copyFile(node: FileNode, rel: RelPath): void {
    const abs = absOf(rel);
    const f = this.upper.create(rel, O_WRONLY, node.mode, node);
    try {
      f.write(node.data, 0);
    } catch (err) {
      // Out of space (ENOSPC): a half-made copy must not hide the lower file.
      this.upper.unlink(rel);
      throw err;
    } finally {
      f.close();
    }
    this.upper.utimes(rel, node.mtime, node.mtime);
    for (const alias of this.lower.aliases(node, abs)) {
      if (alias === abs || this.lowerVisible(alias) !== node) continue;
      const to = relOf(alias);
      if (this.upperStat(to)) continue;
      this.upperDirs(to.slice(0, -1));
      this.upper.link(rel, to);
    }
  }

  // --- FsBackend: reads --------------------------------------------------------------------------

  lstat(rel: RelPath): WireStat {
    const f = this.find(rel);
    if (f.where === 'upper') return f.stat;
    const st = this.lower.stat(f.node, this._dev);
    // A hard link deleted or replaced in this container no longer counts.
    if (st.nlink > 1 && f.node.type === 'file') st.nlink = this.lowerLinks(f.node, absOf(rel));
    return st;
  }

  /** How many paths still show a lower file: its aliases neither whited out nor shadowed. */
  private lowerLinks(node: FileNode, abs: string): number {
    let n = 0;
    for (const alias of this.lower.aliases(node, abs)) {
      if (this.lowerVisible(alias) === node && !this.upperStat(relOf(alias))) n++;
    }
    return n;
  }

  readlink(rel: RelPath): string {
    const f = this.find(rel);
    if (f.where === 'upper') return this.upper.readlink(rel);
    if (f.node.type !== 'symlink') fail('EINVAL');
    return f.node.target;
  }

  readdir(rel: RelPath): WireDirent[] {
    const f = this.find(rel);
    if (!this.isDir(f)) fail('ENOTDIR');
    const out = f.where === 'upper' ? this.upper.readdir(rel) : [];
    const abs = absOf(rel);
    if (!this.lowerVisible(abs) || this.lower.get(abs)?.type !== 'dir') return out;
    const have = new Set(out.map((d) => d.name));
    for (const name of this.lower.children(abs)) {
      if (have.has(name)) continue;
      const child = this.lowerVisible(abs === '/' ? `/${name}` : `${abs}/${name}`);
      if (child) out.push({ name, type: TYPE_BITS[child.type] });
    }
    return out;
  }

  open(rel: RelPath, flags: number): OpenFile {
    const f = this.find(rel);
    if (f.where === 'upper') return this.upper.open(rel, flags);
    if (f.node.type === 'symlink') fail('ELOOP');
    const writes = (flags & O_ACCMODE) !== O_RDONLY || ((flags & O_TRUNC) !== 0 && f.node.type === 'file');
    if (writes && f.node.type === 'file') {
      this.copyUp(rel);
      return this.upper.open(rel, flags);
    }
    const node = f.node;
    return new LowerFile(node, () => this.lstat(rel), this.fdHook(rel), flags);
  }

  /** fchmod/fchown/futimes on a lower fd: copy the path up, then change the copy. */
  private fdHook(rel: RelPath) {
    return {
      chmod: (mode: number) => this.chmod(rel, mode),
      chown: (uid: number, gid: number) => this.chown(rel, uid, gid),
      utimes: (a: number, m: number) => this.utimes(rel, a, m),
    };
  }

  // --- FsBackend: creation -----------------------------------------------------------------------

  /** The parent must exist as a directory and the name must be free; makes the parent an upper dir. */
  private prepareNew(rel: RelPath): void {
    if (rel.length === 0) fail('EEXIST');
    const parent = this.find(rel.slice(0, -1));
    if (!this.isDir(parent)) fail('ENOTDIR');
    if (this.exists(rel)) fail('EEXIST');
    this.upperDirs(rel.slice(0, -1));
  }

  /** Whether `rel` names anything in the merged view (its parent already resolved). */
  private exists(rel: RelPath): boolean {
    return this.upperStat(rel) !== undefined || this.lowerVisible(absOf(rel)) !== undefined;
  }

  create(rel: RelPath, flags: number, mode: number, owner: Owner): OpenFile {
    this.prepareNew(rel);
    return this.upper.create(rel, flags, mode, owner);
  }

  mkdir(rel: RelPath, mode: number, owner: Owner): void {
    this.prepareNew(rel);
    this.upper.mkdir(rel, mode, owner);
  }

  symlink(target: string, rel: RelPath, owner: Owner): void {
    this.prepareNew(rel);
    this.upper.symlink(target, rel, owner);
  }

  link(existing: RelPath, rel: RelPath): void {
    const src = this.find(existing);
    if (this.isDir(src)) fail('EPERM');
    this.prepareNew(rel);
    this.copyUp(existing);
    this.upper.link(existing, rel);
  }

  // --- FsBackend: removal and rename -------------------------------------------------------------

  rmdir(rel: RelPath): void {
    const f = this.find(rel);
    if (!this.isDir(f)) fail('ENOTDIR');
    if (rel.length === 0) fail('EBUSY');
    if (this.readdir(rel).length > 0) fail('ENOTEMPTY');
    if (f.where === 'upper') this.upper.rmdir(rel);
    this.whiteout(absOf(rel));
  }

  unlink(rel: RelPath): void {
    const f = this.find(rel);
    if (this.isDir(f)) fail('EISDIR');
    if (f.where === 'upper') this.upper.unlink(rel);
    this.whiteout(absOf(rel));
  }

  rename(from: RelPath, to: RelPath): void {
    const src = this.find(from);
    const fromAbs = absOf(from);
    const toAbs = absOf(to);
    if (fromAbs === toAbs) return;
    if (this.isDir(src)) this.copyUpTree(from);
    else this.copyUp(from);
    this.upperDirs(to.slice(0, -1));
    const dst = this.exists(to) ? this.find(to) : undefined;
    // A lower directory being replaced is empty in the merged view; give it an (empty) upper copy so
    // the upper rename replaces something of the same type.
    if (dst?.where === 'lower' && dst.node.type === 'dir') this.upperDirs(to);
    this.upper.rename(from, to);
    this.whiteout(fromAbs);
    this.whiteout(toAbs);
  }

  /** Copies a directory and everything visible below it into the upper layer (for a rename). */
  private copyUpTree(rel: RelPath): void {
    this.copyUp(rel);
    for (const d of this.readdir(rel)) {
      const child = [...rel, d.name];
      if (d.type === S_IFDIR) this.copyUpTree(child);
      else this.copyUp(child);
    }
  }

  // --- FsBackend: metadata -----------------------------------------------------------------------

  chmod(rel: RelPath, mode: number): void {
    this.copyUp(rel);
    this.upper.chmod(rel, mode);
  }

  chown(rel: RelPath, uid: number, gid: number): void {
    this.copyUp(rel);
    this.upper.chown(rel, uid, gid);
  }

  utimes(rel: RelPath, atimeMs: number, mtimeMs: number): void {
    this.copyUp(rel);
    this.upper.utimes(rel, atimeMs, mtimeMs);
  }

  truncate(rel: RelPath, len: number): void {
    const f = this.find(rel);
    if (this.isDir(f)) fail('EISDIR');
    if (f.where === 'lower' && f.node.type !== 'file') fail('EINVAL');
    this.copyUp(rel);
    this.upper.truncate(rel, len);
  }
}
