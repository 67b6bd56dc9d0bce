// Host zone: writing trees back out as tar (with tar-stream): a LayerTree with its whiteouts, a merged
// tree as a flat rootfs, and the diff of an upper tree against a lower one. Output is deterministic
// (sorted entries, metadata as stored, no user/group names) so equal trees give equal digests.

import { pack } from 'tar-stream';
import {
  baseName,
  comparePaths,
  type FileNode,
  type LayerEntry,
  type LayerTree,
  type MergedTree,
  parentOf,
  type TreeNode,
} from './tree.js';

type PackHeader = Parameters<ReturnType<typeof pack>['entry']>[0];

/** Archive name for an absolute path: no leading slash, directories end in `/`. */
function archiveName(path: string, dir: boolean): string {
  const rel = path.slice(1);
  return dir ? `${rel}/` : rel;
}

function headerFor(path: string, entry: LayerEntry): [PackHeader, Uint8Array | undefined] {
  if (entry.type === 'hardlink') {
    return [
      { name: archiveName(path, false), type: 'link', linkname: entry.target.slice(1), mode: 0o644 },
      undefined,
    ];
  }
  const base = {
    mode: entry.mode,
    uid: entry.uid,
    gid: entry.gid,
    mtime: new Date(entry.mtime),
    uname: '',
    gname: '',
  };
  switch (entry.type) {
    case 'file':
      return [
        { ...base, name: archiveName(path, false), type: 'file', size: entry.data.byteLength },
        entry.data,
      ];
    case 'dir':
      return [{ ...base, name: archiveName(path, true), type: 'directory' }, undefined];
    case 'symlink':
      return [
        { ...base, name: archiveName(path, false), type: 'symlink', linkname: entry.target },
        undefined,
      ];
  }
}

/** Packs a list of [header, data] into one tar in memory. */
async function packAll(items: Iterable<[PackHeader, Uint8Array | undefined]>): Promise<Uint8Array> {
  const p = pack();
  const chunks: Uint8Array[] = [];
  const done = (async () => {
    for await (const c of p as AsyncIterable<Uint8Array>) chunks.push(c);
  })();
  for (const [h, data] of items) {
    if (data === undefined) p.entry(h);
    else p.entry(h, data);
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

/**
 * Writes a LayerTree as a layer tar: entries and whiteout markers in path order (a directory before
 * its contents), hard links last so their targets precede them.
 */
export function writeLayerTar(layer: LayerTree): Promise<Uint8Array> {
  const items: [string, PackHeader, Uint8Array | undefined][] = [];
  const links: [PackHeader, Uint8Array | undefined][] = [];
  for (const [path, entry] of layer.entries) {
    if (path === '/') continue; // the root's metadata is the runtime's, not the layer's
    const [h, data] = headerFor(path, entry);
    if (entry.type === 'hardlink') links.push([h, data]);
    else items.push([path, h, data]);
  }
  // A whiteout marker is an empty regular file (its body must still be given, or the packer waits).
  const marker = (path: string): [string, PackHeader, Uint8Array] => [
    path,
    { name: path.slice(1), type: 'file', size: 0, mode: 0o644, mtime: new Date(0), uname: '', gname: '' },
    new Uint8Array(0),
  ];
  for (const path of layer.whiteouts) {
    const dir = parentOf(path);
    items.push(marker(`${dir === '/' ? '' : dir}/.wh.${baseName(path)}`));
  }
  for (const dir of layer.opaque) items.push(marker(`${dir === '/' ? '' : dir}/.wh..wh..opq`));
  items.sort((a, b) => comparePaths(a[0], b[0]));
  return packAll([...items.map(([, h, d]): [PackHeader, Uint8Array | undefined] => [h, d]), ...links]);
}

/** A merged tree as a LayerTree with no whiteouts; later paths of a shared inode become hard links. */
export function layerFromTree(tree: MergedTree): LayerTree {
  const entries = new Map<string, LayerEntry>();
  const firstPath = new Map<TreeNode, string>();
  for (const path of [...tree.nodes.keys()].sort(comparePaths)) {
    const node = tree.nodes.get(path) as TreeNode;
    const first = firstPath.get(node);
    if (first !== undefined && node.type !== 'dir') {
      entries.set(path, { type: 'hardlink', target: first });
      continue;
    }
    firstPath.set(node, path);
    entries.set(path, node);
  }
  return { entries, whiteouts: new Set(), opaque: new Set() };
}

/** Writes a merged tree as a flat rootfs tar (what `export` produces and `import` reads). */
export function writeTreeTar(tree: MergedTree): Promise<Uint8Array> {
  return writeLayerTar(layerFromTree(tree));
}

function sameMeta(a: TreeNode, b: TreeNode): boolean {
  return a.mode === b.mode && a.uid === b.uid && a.gid === b.gid && a.mtime === b.mtime;
}

function sameNode(a: TreeNode, b: TreeNode): boolean {
  if (a === b) return true;
  if (a.type !== b.type || !sameMeta(a, b)) return false;
  if (a.type === 'symlink') return a.target === (b as typeof a).target;
  if (a.type === 'file') return Buffer.from((b as FileNode).data).equals(a.data);
  return true;
}

/**
 * The layer that turns `lower` into `upper`: changed and new paths as entries, removed paths as
 * whiteouts (only the topmost removed path; a removed directory's contents go with it). Applying the
 * result to `lower` gives a tree equal to `upper`.
 */
export function diffTrees(lower: MergedTree, upper: MergedTree): LayerTree {
  const entries = new Map<string, LayerEntry>();
  const whiteouts = new Set<string>();
  const firstPath = new Map<TreeNode, string>();
  for (const path of [...upper.nodes.keys()].sort(comparePaths)) {
    const node = upper.nodes.get(path) as TreeNode;
    const first = firstPath.get(node);
    if (first === undefined) firstPath.set(node, path);
    const old = lower.nodes.get(path);
    if (old !== undefined && sameNode(old, node) && (first === undefined || old === node)) continue;
    if (first !== undefined && node.type !== 'dir') entries.set(path, { type: 'hardlink', target: first });
    else entries.set(path, node);
  }
  for (const path of [...lower.nodes.keys()].sort(comparePaths)) {
    if (path === '/' || upper.nodes.has(path)) continue;
    const dir = parentOf(path);
    // Whiteout only the topmost removed path whose parent is still a directory in both trees.
    if (upper.nodes.get(dir)?.type === 'dir' && lower.nodes.get(dir)?.type === 'dir') whiteouts.add(path);
  }
  return { entries, whiteouts, opaque: new Set() };
}

/** Writes an archive of plain files (and the directories they need), sorted, with fixed metadata. */
export function writeArchive(files: ReadonlyMap<string, Uint8Array>): Promise<Uint8Array> {
  const dirs = new Set<string>();
  for (const name of files.keys()) {
    for (let i = name.indexOf('/'); i > 0; i = name.indexOf('/', i + 1)) dirs.add(name.slice(0, i));
  }
  const meta = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '' };
  const items: [string, PackHeader, Uint8Array | undefined][] = [
    ...[...dirs].map((d): [string, PackHeader, undefined] => [
      `/${d}`,
      { ...meta, name: `${d}/`, type: 'directory', mode: 0o755 },
      undefined,
    ]),
    ...[...files].map(([n, data]): [string, PackHeader, Uint8Array] => [
      `/${n}`,
      { ...meta, name: n, type: 'file', mode: 0o644, size: data.byteLength },
      data,
    ]),
  ];
  items.sort((a, b) => comparePaths(a[0], b[0]));
  return packAll(items.map(([, h, d]) => [h, d]));
}
