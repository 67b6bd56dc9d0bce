// Host zone: the merged view of an overlay as an immutable tree — what `export` writes as a flat tar
// and what `commit` diffs against the image. Lower nodes are reused as they are (no copy); upper
// files are read once, and upper hard links come out as one shared node.

import { O_RDONLY, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG } from '../../abi/fs-constants.js';
import { diffTrees } from '../../image/tar-writer.js';
import {
  countFileBytes,
  type DirNode,
  type FileNode,
  joinPath,
  type LayerTree,
  type MergedTree,
  type TreeNode,
} from '../../image/tree.js';
import type { RelPath } from '../backend.js';
import type { WireStat } from '../types.js';
import type { OverlayFs } from './overlay.js';

/** Every path of the overlay's merged view, as a MergedTree (sockets, fifos and devices are skipped). */
export function snapshotTree(fs: OverlayFs): MergedTree {
  const nodes = new Map<string, TreeNode>();
  const children = new Map<string, string[]>();
  const byIno = new Map<number, FileNode>();
  const visit = (abs: string, rel: RelPath): void => {
    const node = nodeAt(fs, rel, byIno);
    if (!node) return;
    nodes.set(abs, node);
    if (node.type !== 'dir') return;
    const names: string[] = [];
    children.set(abs, names);
    const entries = fs.readdir(rel).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const d of entries) {
      const before = nodes.size;
      visit(joinPath(abs, d.name), [...rel, d.name]);
      if (nodes.size > before) names.push(d.name);
    }
  };
  visit('/', []);
  return { nodes, children, fileBytes: countFileBytes(nodes.values()) };
}

/**
 * The container's changes as a layer over its image: new and changed paths as entries, deletions as
 * whiteouts. Applied to the image's tree it gives the merged view (what commit and build store).
 */
export function upperLayer(fs: OverlayFs): LayerTree {
  return diffTrees(fs.lower.tree, snapshotTree(fs));
}

function nodeAt(fs: OverlayFs, rel: RelPath, byIno: Map<number, FileNode>): TreeNode | undefined {
  const lower = fs.lowerNodeAt(rel);
  if (lower) return lower;
  const st = fs.lstat(rel);
  const meta = { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, mtime: Math.floor(st.mtimeMs) };
  switch (st.mode & S_IFMT) {
    case S_IFDIR:
      return Object.freeze<DirNode>({ type: 'dir', ...meta });
    case S_IFLNK:
      return Object.freeze({ type: 'symlink' as const, ...meta, target: fs.readlink(rel) });
    case S_IFREG:
      return fileNode(fs, rel, st, meta, byIno);
    default:
      return undefined;
  }
}

function fileNode(
  fs: OverlayFs,
  rel: RelPath,
  st: WireStat,
  meta: Omit<FileNode, 'type' | 'data'>,
  byIno: Map<number, FileNode>,
): FileNode {
  const known = byIno.get(st.ino);
  if (known) return known;
  const f = fs.upper.open(rel, O_RDONLY);
  let data: Uint8Array;
  try {
    data = new Uint8Array(f.read(st.size, 0));
  } finally {
    f.close();
  }
  const node = Object.freeze<FileNode>({ type: 'file', ...meta, data });
  if (st.nlink > 1) byIno.set(st.ino, node);
  return node;
}
