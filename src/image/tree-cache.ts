// Host zone: the per-process cache of merged trees, keyed by layer chain ID (Docker's chainID: the
// digest of the chain of diff_ids), so every container of an image — and every image sharing base
// layers — shares one read-only tree and one copy of each file's bytes. Entries are weakly held, so a
// tree nothing uses any more can be collected; concurrent requests share one build. The trees asked
// for most recently are also held strongly, within a byte and count budget: a host that starts
// containers of an image one after another (each gone before the next) would otherwise see the tree
// collected by any major GC in between and unpack every layer again on the next start (tens of ms).

import { applyLayer } from './apply.js';
import { type Digest, sha256 } from './digest.js';
import { emptyTree, type LayerTree, type MergedTree } from './tree.js';

/** Docker's chain IDs: chain[0] = diff[0]; chain[n] = sha256(chain[n-1] + " " + diff[n]). */
export function chainIds(diffIds: readonly Digest[]): Digest[] {
  const out: Digest[] = [];
  for (const d of diffIds) {
    const prev = out[out.length - 1];
    out.push(prev === undefined ? d : sha256(`${prev} ${d}`));
  }
  return out;
}

/** Loads one layer (reading, verifying, parsing its blob) given its index in the image. */
export type LayerLoader = (index: number) => Promise<LayerTree>;

/** How many recently used trees a cache keeps alive (beyond those in use), by bytes and count. */
export interface TreeCacheOptions {
  /** File bytes of kept trees, in total (default 256 MiB; 0 keeps none). */
  keepBytes?: number;
  /** Trees kept (default 16). */
  keepTrees?: number;
}

const DEFAULT_KEEP_BYTES = 256 * 2 ** 20;
const DEFAULT_KEEP_TREES = 16;

export class TreeCache {
  private readonly trees = new Map<string, WeakRef<MergedTree>>();
  /** Recently asked-for trees, oldest first: strong references, within the budget. */
  private readonly recent = new Map<string, MergedTree>();
  private recentBytes = 0;
  private readonly keepBytes: number;
  private readonly keepTrees: number;
  private readonly pending = new Map<string, Promise<MergedTree>>();
  private readonly registry = new FinalizationRegistry<string>((key) => {
    const ref = this.trees.get(key);
    if (ref !== undefined && ref.deref() === undefined) this.trees.delete(key);
  });

  constructor(options: TreeCacheOptions = {}) {
    this.keepBytes = options.keepBytes ?? DEFAULT_KEEP_BYTES;
    this.keepTrees = options.keepTrees ?? DEFAULT_KEEP_TREES;
  }

  /** The cached tree for a chain ID, if still alive. */
  peek(chainId: string): MergedTree | undefined {
    return this.trees.get(chainId)?.deref();
  }

  /** Records a tree (e.g. one built while validating a load). */
  put(chainId: string, tree: MergedTree): void {
    this.trees.set(chainId, new WeakRef(tree));
    this.registry.register(tree, chainId);
  }

  /** The merged tree of the layers with these diff_ids, building missing prefixes with `load`. */
  async get(diffIds: readonly Digest[], load: LayerLoader): Promise<MergedTree> {
    const chain = chainIds(diffIds);
    const tree = await this.build(chain, chain.length - 1, load);
    const key = chain[chain.length - 1];
    if (key !== undefined) this.keep(key, tree);
    return tree;
  }

  /** Marks a tree most recently used, holding it strongly; drops the oldest beyond the budget. */
  private keep(key: string, tree: MergedTree): void {
    const old = this.recent.get(key);
    if (old !== undefined) {
      this.recent.delete(key);
      this.recentBytes -= old.fileBytes;
    }
    if (tree.fileBytes > this.keepBytes || this.keepTrees < 1) return;
    this.recent.set(key, tree);
    this.recentBytes += tree.fileBytes;
    for (const [k, t] of this.recent) {
      if (this.recentBytes <= this.keepBytes && this.recent.size <= this.keepTrees) break;
      this.recent.delete(k);
      this.recentBytes -= t.fileBytes;
    }
  }

  /** The number and file bytes of the trees held strongly (beyond those in use). */
  kept(): { trees: number; bytes: number } {
    return { trees: this.recent.size, bytes: this.recentBytes };
  }

  private build(chain: readonly Digest[], i: number, load: LayerLoader): Promise<MergedTree> {
    if (i < 0) return Promise.resolve(emptyTree());
    const key = chain[i] as Digest;
    const hit = this.peek(key);
    if (hit !== undefined) return Promise.resolve(hit);
    const inflight = this.pending.get(key);
    if (inflight !== undefined) return inflight;
    const p = (async () => {
      const [below, layer] = await Promise.all([this.build(chain, i - 1, load), load(i)]);
      const tree = applyLayer(below, layer);
      this.put(key, tree);
      return tree;
    })().finally(() => this.pending.delete(key));
    this.pending.set(key, p);
    return p;
  }

  /** Forgets every tree (tests; memory pressure). */
  clear(): void {
    this.trees.clear();
    this.recent.clear();
    this.recentBytes = 0;
  }
}
