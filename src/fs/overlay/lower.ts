// Host zone: the overlay's read-only lower layer — an image's shared `MergedTree` plus what the VFS
// needs to serve it (inode numbers, hard-link counts) — and open files reading a lower node in place.
// One `LowerLayer` per tree is shared by every container of the image; it never changes the tree.

import { O_ACCMODE, O_RDONLY, O_RDWR, S_IFDIR, S_IFLNK, S_IFREG } from '../../abi/fs-constants.js';
import type { FileNode, MergedTree, TreeNode } from '../../image/tree.js';
import { fail } from '../../kernel/errno.js';
import type { OpenFile, WireStat } from '../types.js';

/** Lower inode numbers start here, far above any upper (tmpfs) inode, so the two never collide. */
const LOWER_INO_BASE = 0x4000_0000;

const TYPE_BITS = { file: S_IFREG, dir: S_IFDIR, symlink: S_IFLNK } as const;

/** An image's read-only tree, indexed once for every overlay that stacks on it. */
export class LowerLayer {
  private readonly inos = new Map<TreeNode, number>();
  /** Every path of each file with more than one (hard links), in tree order. */
  private readonly aliasesOf = new Map<FileNode, string[]>();

  constructor(readonly tree: MergedTree) {
    const first = new Map<TreeNode, string>();
    for (const [path, node] of tree.nodes) {
      const seen = first.get(node);
      if (seen === undefined) {
        first.set(node, path);
        this.inos.set(node, LOWER_INO_BASE + this.inos.size);
        continue;
      }
      if (node.type !== 'file') continue;
      const list = this.aliasesOf.get(node);
      if (list) list.push(path);
      else this.aliasesOf.set(node, [seen, path]);
    }
  }

  /** The node at an absolute path of the image, if any. */
  get(path: string): TreeNode | undefined {
    return this.tree.nodes.get(path);
  }

  /** Child names of a directory of the image (sorted). */
  children(path: string): readonly string[] {
    return this.tree.children.get(path) ?? [];
  }

  /** All paths of a hard-linked file (just `[path]` for a file with one link). */
  aliases(node: FileNode, path: string): readonly string[] {
    return this.aliasesOf.get(node) ?? [path];
  }

  /** The stat record of a lower node, as seen on the mount `dev`. */
  stat(node: TreeNode, dev: number): WireStat {
    const size =
      node.type === 'file' ? node.data.byteLength : node.type === 'symlink' ? byteLength(node.target) : 4096;
    const nlink =
      node.type === 'file' ? (this.aliasesOf.get(node)?.length ?? 1) : node.type === 'dir' ? 2 : 1;
    return {
      dev,
      ino: this.inos.get(node) ?? 0,
      mode: TYPE_BITS[node.type] | (node.mode & 0o7777),
      nlink,
      uid: node.uid,
      gid: node.gid,
      rdev: 0,
      size,
      blksize: 4096,
      blocks: node.type === 'file' ? Math.ceil(size / 4096) * 8 : 0,
      atimeMs: node.mtime,
      mtimeMs: node.mtime,
      ctimeMs: node.mtime,
      birthtimeMs: node.mtime,
    };
  }
}

/** What a lower open file asks of its overlay when a metadata change forces a copy-up. */
export interface CopyUpHook {
  chmod(mode: number): void;
  chown(uid: number, gid: number): void;
  utimes(atimeMs: number, mtimeMs: number): void;
}

/**
 * A lower file or directory opened read-only. It reads the shared node in place; metadata changes
 * through the fd (fchmod, fchown, futimes) copy the path up first, as overlayfs does.
 */
export class LowerFile implements OpenFile {
  readonly kind: 'file' | 'directory';
  readonly readable: boolean;
  readonly writable = false;
  path = '';
  private offset = 0;

  constructor(
    private readonly node: TreeNode,
    private readonly statOf: () => WireStat,
    private readonly hook: CopyUpHook,
    flags: number,
  ) {
    this.kind = node.type === 'dir' ? 'directory' : 'file';
    const acc = flags & O_ACCMODE;
    this.readable = acc === O_RDONLY || acc === O_RDWR;
  }

  read(length: number, position: number | null): Uint8Array {
    if (this.node.type !== 'file') return fail('EISDIR');
    const at = position ?? this.offset;
    const data = this.node.data;
    const end = Math.min(data.byteLength, at + length);
    const out = at >= end ? new Uint8Array(0) : data.slice(at, end);
    if (position === null) this.offset += out.byteLength;
    return out;
  }

  write(): number {
    return fail('EBADF');
  }

  stat(): WireStat {
    return this.statOf();
  }

  truncate(): void {
    fail('EINVAL');
  }

  chmod(mode: number): void {
    this.hook.chmod(mode);
  }

  chown(uid: number, gid: number): void {
    this.hook.chown(uid, gid);
  }

  utimes(atimeMs: number, mtimeMs: number): void {
    this.hook.utimes(atimeMs, mtimeMs);
  }

  sync(): void {}

  close(): void {}
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).byteLength;
}
