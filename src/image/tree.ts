// Host zone: the in-memory trees images are made of. A `LayerTree` is one layer as read from its tar
// (entries plus OCI whiteouts); a `MergedTree` is the read-only root filesystem that applying an
// image's layers in order produces. Both are immutable once built, so one merged tree can back every
// container of an image (the overlay puts each container's writable layer on top).

/** Ownership, permissions and modification time shared by every node. */
export interface NodeMeta {
  /** Permission bits including setuid/setgid/sticky (`mode & 0o7777`); the type is `type`. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Modification time in milliseconds since the epoch (tar keeps whole seconds). */
  readonly mtime: number;
}

/** A regular file. Two paths holding the same `FileNode` object are hard links to one inode. */
export interface FileNode extends NodeMeta {
  readonly type: 'file';
  readonly data: Uint8Array;
}

export interface DirNode extends NodeMeta {
  readonly type: 'dir';
}

export interface SymlinkNode extends NodeMeta {
  readonly type: 'symlink';
  /** The link text as stored (absolute targets resolve inside the container's root). */
  readonly target: string;
}

/** A node of a tree: what a path names once layers are applied. */
export type TreeNode = FileNode | DirNode | SymlinkNode;

/** A hard link inside a layer: `target` is an absolute, normalised path in the image. */
export interface HardlinkEntry {
  readonly type: 'hardlink';
  readonly target: string;
}

/** One entry of a layer. */
export type LayerEntry = TreeNode | HardlinkEntry;

/** One layer: entries by absolute normalised path (`/usr/bin/x`), in archive order, plus whiteouts. */
export interface LayerTree {
  readonly entries: ReadonlyMap<string, LayerEntry>;
  /** Paths this layer deletes from the layers below (`.wh.NAME`). */
  readonly whiteouts: ReadonlySet<string>;
  /** Directories whose lower contents this layer hides (`.wh..wh..opq`). */
  readonly opaque: ReadonlySet<string>;
}

/** A root filesystem: every path (the root is `/`) with a sorted child-name index for directories. */
export interface MergedTree {
  readonly nodes: ReadonlyMap<string, TreeNode>;
  /** Directory path → its entries' names, sorted. Every directory has an entry (maybe empty). */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Bytes of file contents, each inode counted once. */
  readonly fileBytes: number;
}

/** The root directory every tree starts with when no layer says otherwise. */
export const DEFAULT_DIR: Readonly<NodeMeta> = Object.freeze({ mode: 0o755, uid: 0, gid: 0, mtime: 0 });

/** The directory part of an absolute normalised path (`/` for `/x`). */
export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** The last component of an absolute normalised path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Joins a directory path and a child name. */
export function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/** Orders paths the way a tar of a tree lists them: by components, so a directory precedes its children. */
export function comparePaths(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** An empty layer (no entries, no whiteouts). */
export function emptyLayer(): LayerTree {
  return { entries: new Map(), whiteouts: new Set(), opaque: new Set() };
}

/** An empty root filesystem: just `/`. */
export function emptyTree(): MergedTree {
  const root: DirNode = Object.freeze({ type: 'dir', ...DEFAULT_DIR });
  return { nodes: new Map([['/', root]]), children: new Map([['/', []]]), fileBytes: 0 };
}

/** Every path under `dir` (not `dir` itself) in a merged tree, parents first. */
export function* descendants(tree: MergedTree, dir: string): Generator<string> {
  for (const name of tree.children.get(dir) ?? []) {
    const p = joinPath(dir, name);
    yield p;
    if (tree.children.has(p)) yield* descendants(tree, p);
  }
}

/** Sums file bytes, counting each hard-linked inode once. */
export function countFileBytes(nodes: Iterable<TreeNode>): number {
  const seen = new Set<TreeNode>();
  let total = 0;
  for (const n of nodes) {
    if (n.type !== 'file' || seen.has(n)) continue;
    seen.add(n);
    total += n.data.byteLength;
  }
  return total;
}
