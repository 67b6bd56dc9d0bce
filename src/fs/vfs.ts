// Host zone: the VFS of one container (its mount namespace). It owns path resolution (walk.ts), the
// mount table, permissions (perm.ts), read-only mounts and errno with the guest's paths; backends
// (tmpfs/, bind/, devfs/, procfs/) only store. Every method takes the calling process first.

import {
  O_ACCMODE,
  O_APPEND,
  O_CREAT,
  O_DIRECTORY,
  O_EXCL,
  O_NOFOLLOW,
  O_RDONLY,
  O_TRUNC,
  S_IFDIR,
  S_IFLNK,
  S_IFMT,
  S_IFREG,
} from '../abi/fs-constants.js';
import { Errno, fail } from '../kernel/errno.js';
import type { FsBackend, RelPath } from './backend.js';
import { withPath } from './errors.js';
import { FsGeneration } from './generation.js';
import { type Mount, MountTable } from './mounts.js';
import { check, checkChown, checkOwner, checkSticky, MAY_EXEC, MAY_READ, MAY_WRITE } from './perm.js';
import { Tmpfs } from './tmpfs/tmpfs.js';
import type { FsCaller, OpenFile, WireDirent, WireStat } from './types.js';
import { copyFile, mkdirRecursive, mkdtemp, readWhole, rmTree, writeWhole } from './vfs-tree.js';
import { components, type Walked, type WalkFs, walk } from './walk.js';

export interface MountOptions {
  readOnly?: boolean;
  /** The backend is a single file: the target must be a non-directory. */
  file?: boolean;
  /** As /proc/mounts prints it. */
  fsType?: string;
  source?: string;
}

const ROOT_CALLER: FsCaller = { cwd: '/', uid: 0, gid: 0, umask: 0 };

/** Where a resolved node lives: its mount and the path below the mount's root. */
interface Place {
  mount: Mount;
  rel: RelPath;
}

export class Vfs implements WalkFs {
  readonly mounts = new MountTable();
  /** Bumped on every change to stable storage and every mount change: what process caches check. */
  readonly generation = new FsGeneration();
  /** Lookups that touched a mount whose storage is not stable (see `unstableLookups`). */
  private unstable = 0;

  /** A VFS whose root is `root` (a fresh, empty tmpfs when omitted). */
  constructor(root: FsBackend = new Tmpfs()) {
    this.attach(root);
    this.mounts.add([], root, 'tmpfs', 'overlay', false);
  }

  /**
   * A stable backend reports its every change to the generation: the storage is where all mutations
   * meet (path calls, fd writes, copy-ups, host-side calls), so none can skip the bump.
   */
  private attach(backend: FsBackend): void {
    if (backend.stable) backend.onChange = () => this.generation.bump();
  }

  /**
   * How many lookups so far reached a mount that is not stable (bind, /proc, /dev). A read is
   * cacheable only when this count did not move while it ran: every path component and symlink it
   * resolved came from storage the VFS is the whole truth for.
   */
  get unstableLookups(): number {
    return this.unstable;
  }

  /**
   * Mounts `backend` on the existing `target` (resolved as root, symlinks followed): a directory, or
   * with `options.file` a non-directory (a single-file bind mount).
   */
  mount(target: string, backend: FsBackend, options: MountOptions = {}): void {
    const w = walk(this, ROOT_CALLER, target, true);
    if (!w.stat) throw new Errno('ENOENT', target);
    const isDir = (w.stat.mode & S_IFMT) === S_IFDIR;
    if (isDir === (options.file === true)) fail(isDir ? 'EISDIR' : 'ENOTDIR', target);
    const type = options.fsType ?? 'tmpfs';
    this.attach(backend);
    this.mounts.add(w.abs, backend, type, options.source ?? type, options.readOnly === true);
    this.generation.bump();
  }

  /** Changes the read-only flag of the mount at `target` (`mount -o remount,ro`). */
  remount(target: string, readOnly: boolean): void {
    const m = this.mounts.at(components(target));
    if (!m) throw new Errno('EINVAL', target);
    m.readOnly = readOnly;
    this.generation.bump();
  }

  // --- WalkFs: storage by canonical path -------------------------------------------------------

  lstatAt(abs: readonly string[], caller: FsCaller): WireStat {
    const { mount, rel } = this.mounts.locate(abs);
    if (mount.backend.stable !== true) this.unstable++;
    return mount.backend.lstat(rel, caller);
  }

  readlinkAt(abs: readonly string[], caller: FsCaller): string {
    const { mount, rel } = this.mounts.locate(abs);
    if (mount.backend.stable !== true) this.unstable++;
    return mount.backend.readlink(rel, caller);
  }

  isMagic(abs: readonly string[]): boolean {
    const { mount, rel } = this.mounts.locate(abs);
    return mount.backend.isMagic?.(rel) === true;
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** The absolute, normalised form of `p` for `caller` (no symlinks resolved). */
  absolute(caller: FsCaller, p: string): string {
    if (p === '') fail('ENOENT', p);
    const out: string[] = p.startsWith('/') ? [] : components(caller.cwd);
    for (const c of components(p)) {
      if (c === '..') out.pop();
      else if (c !== '.') out.push(c);
    }
    return `/${out.join('/')}`;
  }

  private place(abs: readonly string[]): Place {
    return this.mounts.locate(abs);
  }

  /** Resolves `p`, which must exist. */
  private existing(caller: FsCaller, p: string, follow: boolean): Walked & { stat: WireStat } {
    const w = walk(this, caller, p, follow);
    if (!w.stat) return fail('ENOENT');
    if (!w.magic) return w as Walked & { stat: WireStat };
    const { mount, rel } = this.place(w.abs);
    const f = mount.backend.magic?.(rel, caller, O_RDONLY);
    if (!f) return this.existing(caller, this.magicTarget(caller, w), true);
    try {
      return { ...w, stat: f.stat() };
    } finally {
      f.close();
    }
  }

  /** The text of a magic link as an absolute path (for links the backend does not open itself). */
  private magicTarget(caller: FsCaller, w: Walked): string {
    const target = this.readlinkAt(w.abs, caller);
    return target.startsWith('/') ? target : `/${[...w.abs.slice(0, -1), target].join('/')}`;
  }

  private openMagic(caller: FsCaller, w: Walked, flags: number): OpenFile {
    const { mount, rel } = this.place(w.abs);
    // Not a live pipe or terminal: reopen what the link names, with the caller's rights.
    return (
      mount.backend.magic?.(rel, caller, flags) ?? this.open(caller, this.magicTarget(caller, w), flags, 0)
    );
  }

  /** EROFS when the mount holding `abs` is read-only. */
  private writable(abs: readonly string[]): Place {
    const pl = this.place(abs);
    if (pl.mount.readOnly) fail('EROFS');
    return pl;
  }

  /** Checks that `caller` may add or remove the entry of a walked path in its parent; returns the entry's place. */
  private mayChangeParent(caller: FsCaller, w: Walked): Place {
    this.writable(w.abs.length > 0 ? w.abs.slice(0, -1) : w.abs);
    check(caller, w.parent, MAY_WRITE | MAY_EXEC);
    return this.place(w.abs);
  }

  private owner(caller: FsCaller, parent: WireStat): { uid: number; gid: number } {
    // A setgid directory hands its group down, as on Linux.
    return { uid: caller.uid, gid: parent.mode & 0o2000 ? parent.gid : caller.gid };
  }

  // --- the operations ---------------------------------------------------------------------------

  stat(caller: FsCaller, p: string): WireStat {
    return withPath(p, undefined, () => this.existing(caller, p, true).stat);
  }

  lstat(caller: FsCaller, p: string): WireStat {
    return withPath(p, undefined, () => this.existing(caller, p, false).stat);
  }

  readlink(caller: FsCaller, p: string): string {
    return withPath(p, undefined, () => {
      const w = this.existing(caller, p, false);
      if ((w.stat.mode & S_IFMT) !== S_IFLNK) fail('EINVAL');
      return this.readlinkAt(w.abs, caller);
    });
  }

  open(caller: FsCaller, p: string, flags: number, mode: number): OpenFile {
    return withPath(p, undefined, () => {
      const creat = (flags & O_CREAT) !== 0;
      const excl = creat && (flags & O_EXCL) !== 0;
      const w = walk(this, caller, p, (flags & O_NOFOLLOW) === 0 && !excl);
      const acc = flags & O_ACCMODE;
      const wantWrite = acc !== O_RDONLY || (flags & O_TRUNC) !== 0;
      let file: OpenFile;
      if (!w.stat) {
        if (!creat) fail('ENOENT');
        if (w.trailingSlash) fail('EISDIR');
        const pl = this.mayChangeParent(caller, w);
        file = pl.mount.backend.create(
          pl.rel,
          flags & (O_ACCMODE | O_APPEND),
          mode & ~caller.umask,
          this.owner(caller, w.parent),
        );
      } else if (w.magic && (flags & O_NOFOLLOW) === 0) {
        if (excl) fail('EEXIST');
        return this.openMagic(caller, w, flags);
      } else {
        if (excl) fail('EEXIST');
        const type = w.stat.mode & S_IFMT;
        if (type === S_IFLNK) fail('ELOOP');
        if ((flags & O_DIRECTORY) !== 0 && type !== S_IFDIR) fail('ENOTDIR');
        if (type === S_IFDIR && (acc !== O_RDONLY || creat)) fail('EISDIR');
        const pl = this.place(w.abs);
        // As Linux's inode_permission: a read-only mount answers EROFS before the mode bits are read.
        if (wantWrite && pl.mount.readOnly && (type === S_IFREG || type === S_IFDIR)) fail('EROFS');
        if (acc !== 1) check(caller, w.stat, MAY_READ);
        if (wantWrite) check(caller, w.stat, MAY_WRITE);
        file = pl.mount.backend.open(pl.rel, flags & (O_ACCMODE | O_APPEND | O_TRUNC), caller);
      }
      setPath(file, `/${w.abs.join('/')}`);
      return file;
    });
  }

  readFile(caller: FsCaller, p: string): Uint8Array {
    return readWhole(this, caller, p);
  }

  writeFile(caller: FsCaller, p: string, data: Uint8Array | string, flags: number, mode: number): void {
    writeWhole(this, caller, p, data, flags, mode);
  }

  readdir(caller: FsCaller, p: string): WireDirent[] {
    return withPath(p, undefined, () => {
      const w = this.existing(caller, p, true);
      if ((w.stat.mode & S_IFMT) !== S_IFDIR) fail('ENOTDIR');
      check(caller, w.stat, MAY_READ);
      const { mount, rel } = this.place(w.abs);
      // Sorted by name: a directory reads the same way every time, whatever order entries were made in.
      return mount.backend
        .readdir(rel, caller)
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    });
  }

  mkdir(caller: FsCaller, p: string, mode: number, recursive: boolean): string | null {
    if (recursive) return withPath(p, undefined, () => mkdirRecursive(this, caller, p, mode));
    return withPath(p, undefined, () => {
      const w = walk(this, caller, p, false);
      if (w.stat) fail('EEXIST');
      const pl = this.mayChangeParent(caller, w);
      pl.mount.backend.mkdir(pl.rel, mode & ~caller.umask & 0o7777, this.owner(caller, w.parent));
      return null;
    });
  }

  rmdir(caller: FsCaller, p: string): void {
    withPath(p, undefined, () => {
      const w = walk(this, caller, p, false);
      if (!w.stat) fail('ENOENT');
      if ((w.stat.mode & S_IFMT) !== S_IFDIR) fail('ENOTDIR');
      if (w.dotFinal) fail(/(^|\/)\.\.\/?$/.test(p) ? 'ENOTEMPTY' : w.abs.length === 0 ? 'EBUSY' : 'EINVAL');
      if (this.mounts.isMountPoint(w.abs)) fail('EBUSY');
      const pl = this.mayChangeParent(caller, w);
      checkSticky(caller, w.parent, w.stat);
      pl.mount.backend.rmdir(pl.rel);
    });
  }

  unlink(caller: FsCaller, p: string): void {
    withPath(p, undefined, () => {
      const w = walk(this, caller, p, false);
      if (!w.stat) fail('ENOENT');
      if ((w.stat.mode & S_IFMT) === S_IFDIR) fail('EISDIR');
      if (this.mounts.isMountPoint(w.abs)) fail('EBUSY');
      const pl = this.mayChangeParent(caller, w);
      checkSticky(caller, w.parent, w.stat);
      pl.mount.backend.unlink(pl.rel);
    });
  }

  rm(caller: FsCaller, p: string, recursive: boolean, force: boolean): void {
    withPath(p, undefined, () => rmTree(this, caller, p, recursive, force));
  }

  rename(caller: FsCaller, from: string, to: string): void {
    withPath(from, to, () => {
      const a = walk(this, caller, from, false);
      if (!a.stat) fail('ENOENT');
      const b = walk(this, caller, to, false);
      if (a.dotFinal || b.dotFinal) fail(a.abs.length === 0 || b.abs.length === 0 ? 'EBUSY' : 'EINVAL');
      const src = this.mayChangeParent(caller, a);
      const dst = this.mayChangeParent(caller, b);
      // A mount point is busy; otherwise both must be on one mount (Linux compares the parents' mounts).
      if (this.mounts.isMountPoint(a.abs) || this.mounts.isMountPoint(b.abs)) fail('EBUSY');
      if (src.mount !== dst.mount) fail('EXDEV');
      const aDir = (a.stat.mode & S_IFMT) === S_IFDIR;
      if (aDir && b.abs.length > a.abs.length && a.abs.every((c, i) => b.abs[i] === c)) fail('EINVAL');
      checkSticky(caller, a.parent, a.stat);
      if (b.stat) {
        if (b.stat.ino === a.stat.ino && b.stat.dev === a.stat.dev) return;
        const bDir = (b.stat.mode & S_IFMT) === S_IFDIR;
        if (aDir && !bDir) fail('ENOTDIR');
        if (!aDir && bDir) fail('EISDIR');
        if (bDir && dst.mount.backend.readdir(dst.rel, caller).length > 0) fail('ENOTEMPTY');
        checkSticky(caller, b.parent, b.stat);
      } else if ((a.trailingSlash || b.trailingSlash) && !aDir) {
        fail('ENOTDIR');
      }
      src.mount.backend.rename(src.rel, dst.rel);
    });
  }

  link(caller: FsCaller, existing: string, p: string): void {
    withPath(existing, p, () => {
      const a = this.existing(caller, existing, false);
      const b = walk(this, caller, p, false);
      if (b.stat) fail('EEXIST');
      if ((a.stat.mode & S_IFMT) === S_IFDIR) fail('EPERM');
      const src = this.place(a.abs);
      const dst = this.mayChangeParent(caller, b);
      if (src.mount !== dst.mount) fail('EXDEV');
      dst.mount.backend.link(src.rel, dst.rel);
    });
  }

  symlink(caller: FsCaller, target: string, p: string): void {
    withPath(target, p, () => {
      const w = walk(this, caller, p, false);
      if (w.stat) fail('EEXIST');
      if (target === '') fail('ENOENT');
      const pl = this.mayChangeParent(caller, w);
      pl.mount.backend.symlink(target, pl.rel, this.owner(caller, w.parent));
    });
  }

  realpath(caller: FsCaller, p: string): string {
    return withPath(p, undefined, () => `/${this.existing(caller, p, true).abs.join('/')}`);
  }

  chmod(caller: FsCaller, p: string, mode: number): void {
    withPath(p, undefined, () => {
      const w = this.existing(caller, p, true);
      const pl = this.writable(w.abs);
      checkOwner(caller, w.stat);
      pl.mount.backend.chmod(pl.rel, clearSgid(caller, w.stat, mode));
    });
  }

  chown(caller: FsCaller, p: string, uid: number, gid: number): void {
    withPath(p, undefined, () => {
      const w = this.existing(caller, p, true);
      const pl = this.writable(w.abs);
      checkChown(caller, w.stat, uid, gid);
      pl.mount.backend.chown(pl.rel, uid, gid);
    });
  }

  utimes(caller: FsCaller, p: string, atimeMs: number, mtimeMs: number): void {
    withPath(p, undefined, () => {
      const w = this.existing(caller, p, true);
      const pl = this.writable(w.abs);
      checkOwner(caller, w.stat);
      pl.mount.backend.utimes(pl.rel, atimeMs, mtimeMs);
    });
  }

  truncate(caller: FsCaller, p: string, len: number): void {
    withPath(p, undefined, () => {
      const w = this.existing(caller, p, true);
      const type = w.stat.mode & S_IFMT;
      if (type === S_IFDIR) fail('EISDIR');
      if (type !== S_IFREG) fail('EINVAL');
      const pl = this.writable(w.abs);
      check(caller, w.stat, MAY_WRITE);
      pl.mount.backend.truncate(pl.rel, len);
    });
  }

  access(caller: FsCaller, p: string, mode: number): void {
    withPath(p, undefined, () => {
      const w = this.existing(caller, p, true);
      if (mode & MAY_WRITE && this.place(w.abs).mount.readOnly) {
        const type = w.stat.mode & S_IFMT;
        if (type === S_IFREG || type === S_IFDIR || type === S_IFLNK) fail('EROFS');
      }
      // access(2) checks with the real uid, which is the uid here.
      check(caller, w.stat, mode & 7);
    });
  }

  copyFile(caller: FsCaller, src: string, dest: string, mode: number): void {
    withPath(src, dest, () => copyFile(this, caller, src, dest, mode));
  }

  mkdtemp(caller: FsCaller, prefix: string): string {
    return withPath(`${prefix}XXXXXX`, undefined, () => mkdtemp(this, caller, prefix));
  }

  /** True when `p` names a directory (for chdir). */
  isDirectory(caller: FsCaller, p: string): boolean {
    return (this.stat(caller, p).mode & S_IFMT) === S_IFDIR;
  }

  /** The canonical path of a directory `caller` may enter (chdir: ENOENT, ENOTDIR, EACCES). */
  chdir(caller: FsCaller, p: string): string {
    return withPath(p, undefined, () => {
      const w = this.existing(caller, p, true);
      if ((w.stat.mode & S_IFMT) !== S_IFDIR) fail('ENOTDIR');
      check(caller, w.stat, MAY_EXEC);
      return `/${w.abs.join('/')}`;
    });
  }
}

/** A non-root caller that is not in the file's group loses the setgid bit on chmod, as on Linux. */
function clearSgid(caller: FsCaller, st: WireStat, mode: number): number {
  if (caller.uid !== 0 && st.gid !== caller.gid) return mode & ~0o2000;
  return mode;
}

function setPath(file: OpenFile, path: string): void {
  if (!file.path) (file as { path: string }).path = path;
}
