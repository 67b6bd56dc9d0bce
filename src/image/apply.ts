// Host zone: applying layers in order into a merged read-only tree, with OCI whiteout semantics
// (`.wh.NAME` deletes NAME from the layers below, `.wh..wh..opq` hides a directory's lower contents,
// a non-directory replaces a directory and its subtree). The input trees are never modified.

import { IMAGE_ERROR, imageFail, quote } from './errors.js';
import {
  baseName,
  countFileBytes,
  DEFAULT_DIR,
  type DirNode,
  emptyTree,
  joinPath,
  type LayerTree,
  type MergedTree,
  parentOf,
  type TreeNode,
} from './tree.js';

/** A mutable copy of a merged tree, with a set per directory for cheap subtree deletion. */
class TreeBuilder {
  readonly nodes: Map<string, TreeNode>;
  readonly kids = new Map<string, Set<string>>();

  constructor(base: MergedTree) {
    this.nodes = new Map(base.nodes);
    for (const [dir, names] of base.children) this.kids.set(dir, new Set(names));
  }

  /** Removes `path` and everything under it (no-op when absent). */
  remove(path: string): void {
    if (!this.nodes.has(path)) return;
    this.clear(path);
    this.nodes.delete(path);
    this.kids.delete(path);
    this.kids.get(parentOf(path))?.delete(baseName(path));
  }

  /** Removes everything under directory `dir`, keeping `dir`. */
  clear(dir: string): void {
    const names = this.kids.get(dir);
    if (names === undefined) return;
    for (const name of [...names]) this.remove(joinPath(dir, name));
  }

  /** Makes sure `dir` exists as a directory, creating missing parents with default metadata. */
  ensureDir(dir: string, forPath: string): void {
    const node = this.nodes.get(dir);
    if (node?.type === 'dir') return;
    if (node?.type === 'symlink')
      imageFail(IMAGE_ERROR.layer, `layer entry ${quote(forPath)} traverses a symlink`);
    if (node !== undefined)
      imageFail(IMAGE_ERROR.layer, `layer entry ${quote(forPath)}: a parent is not a directory`);
    this.ensureDir(parentOf(dir), forPath);
    this.link(dir, Object.freeze({ type: 'dir', ...DEFAULT_DIR }));
  }

  /** Puts `node` at `path`, whose parent exists and which is currently free. */
  link(path: string, node: TreeNode): void {
    this.nodes.set(path, node);
    if (node.type === 'dir' && !this.kids.has(path)) this.kids.set(path, new Set());
    if (path !== '/') this.kids.get(parentOf(path))?.add(baseName(path));
  }

  /** Places `node` at `path` with overlay semantics. */
  put(path: string, node: TreeNode): void {
    if (path !== '/') this.ensureDir(parentOf(path), path);
    const old = this.nodes.get(path);
    if (old !== undefined && !(old.type === 'dir' && node.type === 'dir')) this.remove(path);
    // A directory over a directory updates its metadata and keeps its contents (merge).
    this.nodes.set(path, node);
    if (old === undefined || old.type !== 'dir' || node.type !== 'dir') this.link(path, node);
  }

  freeze(): MergedTree {
    const children = new Map<string, readonly string[]>();
    for (const [dir, names] of this.kids) children.set(dir, Object.freeze([...names].sort()));
    return { nodes: this.nodes, children, fileBytes: countFileBytes(this.nodes.values()) };
  }
}

/**
 * Applies `layer` on top of `base`, returning a new merged tree (structure copied, file contents
 * shared). Throws `ELAYER` when an entry would traverse a symlink or a non-directory, or a hard link
 * names a missing target or a directory.
 */
export function applyLayer(base: MergedTree, layer: LayerTree): MergedTree {
  const b = new TreeBuilder(base);
  // Whiteouts act on the layers below only, so they go first.
  for (const dir of layer.opaque) {
    const node = b.nodes.get(dir);
    if (node?.type === 'dir') b.clear(dir);
  }
  for (const path of layer.whiteouts) b.remove(path);
  // Regular entries, then hard links (whose targets may come later in the archive's order).
  for (const [path, entry] of layer.entries) {
    if (entry.type !== 'hardlink') b.put(path, entry);
  }
  for (const [path, entry] of layer.entries) {
    if (entry.type !== 'hardlink') continue;
    const target = b.nodes.get(entry.target);
    if (target === undefined) {
      imageFail(IMAGE_ERROR.layer, `hard link ${quote(path)} names a missing target ${quote(entry.target)}`);
    }
    if (target.type === 'dir') {
      imageFail(IMAGE_ERROR.layer, `hard link ${quote(path)} names a directory ${quote(entry.target)}`);
    }
    b.put(path, target);
  }
  if (b.nodes.get('/')?.type !== 'dir') imageFail(IMAGE_ERROR.layer, 'layer replaces the root directory');
  return b.freeze();
}

/** Applies layers in order onto an empty root. */
export function mergeLayers(layers: Iterable<LayerTree>): MergedTree {
  let tree = emptyTree();
  for (const layer of layers) tree = applyLayer(tree, layer);
  return tree;
}

/** A directory node with the given metadata (helper for builders). */
export function dirNode(meta: Partial<Omit<DirNode, 'type'>> = {}): DirNode {
  return Object.freeze({ type: 'dir', ...DEFAULT_DIR, ...meta });
}
