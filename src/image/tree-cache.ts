// Host zone: the per-process cache of merged trees, keyed by layer chain ID (Docker's chainID: the
// digest of the chain of diff_ids), so every container of an image — and every image sharing base
// layers — shares one read-only tree and one copy of each file's bytes. Entries are weakly held: a
// tree no container uses any more can be collected; concurrent requests share one build.

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

export class TreeCache {
  private readonly trees = new Map<string, WeakRef<MergedTree>>();
  private readonly pending = new Map<string, Promise<MergedTree>>();
  private readonly registry = new FinalizationRegistry<string>((key) => {
    const ref = this.trees.get(key);
    if (ref !== undefined && ref.deref() === undefined) this.trees.delete(key);
  });

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
    return this.build(chain, chain.length - 1, load);
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
  }
}
