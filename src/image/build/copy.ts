// Host zone: COPY and ADD as a layer — sources (paths or globs) picked from a source tree (the build
// context or another stage's root), placed under the destination with Docker's rules (a directory's
// contents are copied, not the directory; several sources need a directory destination), owners and
// modes from `--chown` / `--chmod`, missing parent directories created, local tar archives extracted
// by ADD through the hardened layer reader. Also the digest of the inputs, the cache key's half that
// names what was copied (paths, types, modes, owners, contents; not mtimes, as Docker). Plus the two
// small trees other steps copy from or add: here-documents as files, and WORKDIR's new directories.

import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { type Digest, sha256 } from '../digest.js';
import { ImageError } from '../errors.js';
import { readLayer } from '../layer.js';
import { type LayerLimits, maxTarBytes } from '../limits.js';
import { decompress, isGzip } from '../tar-reader.js';
import {
  baseName,
  comparePaths,
  countFileBytes,
  DEFAULT_DIR,
  descendants,
  type LayerEntry,
  type LayerTree,
  type MergedTree,
  parentOf,
  type TreeNode,
} from '../tree.js';
import { patternToRegExp } from './ignore.js';
import { resolveOwner } from './owner.js';
import { BuildError, type Heredoc } from './parser.js';

/** One COPY or ADD, its words already expanded. */
export interface CopyRequest {
  keyword: 'COPY' | 'ADD';
  /** Where the sources come from: the context, a stage's root, or an image's root. */
  from: MergedTree;
  /** The source words as written (context-relative paths or globs). */
  sources: readonly string[];
  dest: string;
  /** The stage's working directory (a relative destination is under it). */
  workdir: string;
  /** The root the layer goes on (for destination kinds, parents and --chown names). */
  target: MergedTree;
  chown: string | undefined;
  chmod: string | undefined;
  limits: LayerLimits;
  /** `file:line` for errors. */
  where: string;
}

/** The layer a COPY or ADD makes, and the digest of its inputs. */
export interface CopyResult {
  layer: LayerTree;
  inputs: Digest;
}

const GLOB = /[*?[]/;
const URL_RE = /^(?:https?|ftp|git):\/\/|^git@/;

/** The source paths a word names in the source tree (a glob may name several; none is an error). */
function match(word: string, from: MergedTree, req: CopyRequest): string[] {
  if (URL_RE.test(word)) {
    throw new BuildError(
      req.keyword === 'ADD'
        ? `${req.where}: ADD ${word}: remote URLs are not supported (tsvirt build has no network)`
        : `${req.where}: COPY ${word}: source can't be a URL for COPY`,
    );
  }
  if (word.split(/[/\\]/).includes('..'))
    throw new BuildError(`${req.where}: ${req.keyword} ${word}: forbidden path outside the build context`);
  const clean = posix.normalize(`/${word}`).replace(/(.)\/$/, '$1');
  if (!GLOB.test(clean)) {
    if (!from.nodes.has(clean))
      throw new BuildError(`${req.where}: ${req.keyword} failed: "${word}": not found`);
    return [clean];
  }
  const re = patternToRegExp(clean.slice(1));
  const hits = [...from.nodes.keys()].filter((p) => p !== '/' && re.test(p.slice(1))).sort(comparePaths);
  if (hits.length === 0)
    throw new BuildError(`${req.where}: ${req.keyword} failed: no source files were specified (${word})`);
  return hits;
}

/** True when the bytes carry a tar header's `ustar` magic. */
function hasTarMagic(data: Uint8Array): boolean {
  return data.byteLength >= 512 && Buffer.from(data.subarray(257, 262)).toString('latin1') === 'ustar';
}

/** True when ADD should extract the file: a tar, or a gzip whose content is a tar (else it is copied). */
async function isArchive(data: Uint8Array, limits: LayerLimits, what: string): Promise<boolean> {
  if (!isGzip(data)) return hasTarMagic(data);
  try {
    return hasTarMagic(await decompress(data, maxTarBytes(limits), what));
  } catch (e) {
    if (e instanceof ImageError) return false; // corrupt gzip or a bomb: not an archive to extract
    throw e;
  }
}

/** Builds the layer for a COPY or ADD. */
export async function copyLayer(req: CopyRequest): Promise<CopyResult> {
  const picked = req.sources.flatMap((w) => match(w, req.from, req));
  const dest = posix.resolve(req.workdir, req.dest);
  const destIsDir =
    req.dest.endsWith('/') ||
    req.dest === '.' ||
    picked.length > 1 ||
    req.target.nodes.get(dest)?.type === 'dir';
  if (picked.length > 1 && !req.dest.endsWith('/') && req.target.nodes.get(dest)?.type !== 'dir') {
    throw new BuildError(
      `${req.where}: When using ${req.keyword} with more than one source file, the destination must be a directory and end with a /`,
    );
  }
  const owner = req.chown !== undefined ? resolveOwner(req.target, req.chown, req.where) : undefined;
  let mode: number | undefined;
  if (req.chmod !== undefined) {
    if (!/^[0-7]{3,4}$/.test(req.chmod))
      throw new BuildError(`${req.where}: invalid --chmod value: ${req.chmod}`);
    mode = Number.parseInt(req.chmod, 8);
  }
  const entries = new Map<string, LayerEntry>();
  const put = (path: string, node: TreeNode): void => {
    const meta = {
      mode: mode !== undefined && node.type !== 'symlink' ? mode : node.mode,
      uid: owner?.uid ?? node.uid,
      gid: owner?.gid ?? node.gid,
    };
    entries.set(path, Object.freeze({ ...node, ...meta }));
  };
  for (const src of picked) {
    const node = req.from.nodes.get(src) as TreeNode;
    if (node.type === 'dir') {
      if (!req.target.nodes.has(dest) || req.target.nodes.get(dest)?.type !== 'dir') put(dest, node);
      for (const p of descendants(req.from, src))
        put(dest + p.slice(src === '/' ? 0 : src.length), req.from.nodes.get(p)!);
      continue;
    }
    const to = destIsDir ? posix.join(dest, baseName(src)) : dest;
    if (req.keyword === 'ADD' && node.type === 'file' && (await isArchive(node.data, req.limits, src))) {
      await extractInto(destIsDir ? dest : to, node.data, src, req, entries, owner);
      continue;
    }
    put(to, node);
  }
  addParents(entries, req.target);
  return { layer: { entries, whiteouts: new Set(), opaque: new Set() }, inputs: digestInputs(entries) };
}

/** ADD of a local tar: its entries, checked like any hostile layer, re-rooted under `dir`. */
async function extractInto(
  dir: string,
  data: Uint8Array,
  src: string,
  req: CopyRequest,
  entries: Map<string, LayerEntry>,
  owner: { uid: number; gid: number } | undefined,
): Promise<void> {
  let layer: LayerTree;
  try {
    layer = await readLayer(data, { limits: req.limits, what: `archive ${src.slice(1)}` });
  } catch (e) {
    if (e instanceof ImageError) throw new BuildError(`${req.where}: ADD failed: ${e.message}`);
    throw e;
  }
  if (layer.whiteouts.size > 0 || layer.opaque.size > 0)
    throw new BuildError(`${req.where}: ADD failed: archive ${src.slice(1)} contains whiteout entries`);
  const under = (p: string) => (p === '/' ? dir : dir === '/' ? p : dir + p);
  for (const [p, e] of layer.entries) {
    if (p === '/') continue;
    if (e.type === 'hardlink') entries.set(under(p), { type: 'hardlink', target: under(e.target) });
    else entries.set(under(p), Object.freeze(owner ? { ...e, ...owner } : e));
  }
  if (!req.target.nodes.has(dir) && !entries.has(dir)) entries.set(dir, { type: 'dir', ...DEFAULT_DIR });
}

/** Adds every missing parent directory (root-owned, 0755), as Docker creates them. */
function addParents(entries: Map<string, LayerEntry>, target: MergedTree): void {
  for (const path of [...entries.keys()]) {
    for (let d = parentOf(path); d !== '/'; d = parentOf(d)) {
      if (entries.has(d) || target.nodes.get(d)?.type === 'dir') break;
      entries.set(d, Object.freeze({ type: 'dir', ...DEFAULT_DIR, mtime: 0 }));
    }
  }
}

/** The digest of what a layer holds: paths, types, modes, owners and contents (not mtimes). */
function digestInputs(entries: ReadonlyMap<string, LayerEntry>): Digest {
  const h = createHash('sha256');
  for (const path of [...entries.keys()].sort(comparePaths)) {
    const e = entries.get(path) as LayerEntry;
    if (e.type === 'hardlink') h.update(`${path}\0hardlink\0${e.target}\n`);
    else {
      const body = e.type === 'file' ? sha256(e.data) : e.type === 'symlink' ? e.target : '';
      h.update(`${path}\0${e.type}\0${e.mode}\0${e.uid}\0${e.gid}\0${body}\n`);
    }
  }
  return `sha256:${h.digest('hex')}`;
}

/** A tree of here-documents as files at the root (`/EOF`), for COPY/ADD to copy from. */
export function inlineFiles(docs: readonly Heredoc[], expand: (body: string) => string): MergedTree {
  const root = Object.freeze({ type: 'dir' as const, ...DEFAULT_DIR });
  const nodes = new Map<string, TreeNode>([['/', root]]);
  const mtime = Math.floor(Date.now() / 1000) * 1000;
  for (const d of docs) {
    const text = d.expand ? expand(d.body) : d.body;
    nodes.set(
      `/${d.name}`,
      Object.freeze({ type: 'file', mode: 0o644, uid: 0, gid: 0, mtime, data: Buffer.from(text) }),
    );
  }
  return {
    nodes,
    children: new Map([['/', docs.map((d) => d.name).sort()]]),
    fileBytes: countFileBytes(nodes.values()),
  };
}

/** WORKDIR's layer: the directories of `path` the tree lacks (root, 0755), or undefined for none. */
export function missingDirs(tree: MergedTree, path: string): LayerTree | undefined {
  const entries: [string, LayerEntry][] = [];
  for (let p = path; p !== '/' && tree.nodes.get(p)?.type !== 'dir'; p = parentOf(p))
    entries.unshift([p, Object.freeze({ type: 'dir', ...DEFAULT_DIR })]);
  return entries.length ? { entries: new Map(entries), whiteouts: new Set(), opaque: new Set() } : undefined;
}
