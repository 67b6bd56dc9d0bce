// Unit tests (host zone, src/image): the merged-tree cache — one build per layer chain, and the
// recently used trees kept alive across a full GC within a byte and count budget (so sequential starts
// of an image do not unpack its layers again), while trees beyond the budget stay collectable.
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Digest } from './digest.js';
import { sha256 } from './digest.js';
import type { LayerEntry, LayerTree } from './tree.js';
import { chainIds, TreeCache } from './tree-cache.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** A layer with one file of `bytes` bytes, and its (made-up but well-formed) diff_id. */
function layer(name: string, bytes: number): { diffId: Digest; tree: LayerTree } {
  const file: LayerEntry = {
    type: 'file',
    mode: 0o644,
    uid: 0,
    gid: 0,
    mtime: 0,
    data: new Uint8Array(bytes),
  };
  return {
    diffId: sha256(name),
    tree: { entries: new Map([[`/${name}`, file]]), whiteouts: new Set(), opaque: new Set() },
  };
}

/** Runs a full GC once the current job is over (WeakRef targets are kept until then). */
async function collect(): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  gc();
  await new Promise((r) => setTimeout(r, 0));
}

/** Builds each image's tree once and drops every reference to it; returns their chain IDs. */
async function buildAll(cache: TreeCache, images: ReturnType<typeof layer>[]): Promise<Digest[]> {
  const ids: Digest[] = [];
  for (const l of images) {
    await cache.get([l.diffId], async () => l.tree);
    ids.push(chainIds([l.diffId])[0] as Digest);
  }
  return ids;
}

describe('TreeCache', () => {
  it('builds a chain once and shares the tree', async () => {
    const cache = new TreeCache();
    const l = layer('a', 10);
    let loads = 0;
    const load = async () => {
      loads++;
      return l.tree;
    };
    const [t1, t2] = await Promise.all([cache.get([l.diffId], load), cache.get([l.diffId], load)]);
    expect(t1).toBe(t2);
    expect(await cache.get([l.diffId], load)).toBe(t1);
    expect(loads).toBe(1);
  });

  it('keeps recently used trees through a full GC; without a budget they are collected', async () => {
    const kept = new TreeCache();
    const unkept = new TreeCache({ keepBytes: 0 });
    const [k] = await buildAll(kept, [layer('k', 1000)]);
    const [u] = await buildAll(unkept, [layer('u', 1000)]);
    await collect();
    expect(kept.peek(k as Digest)).toBeDefined();
    expect(unkept.peek(u as Digest)).toBeUndefined();
    expect(kept.kept()).toEqual({ trees: 1, bytes: 1000 });
  });

  it('drops the least recently used trees beyond its byte and count budget', async () => {
    const byBytes = new TreeCache({ keepBytes: 2500 });
    const ls = [layer('a', 1000), layer('b', 1000), layer('c', 1000)];
    const [a, b, c] = await buildAll(byBytes, ls);
    await byBytes.get([ls[0]!.diffId], async () => ls[0]!.tree); // a is now the most recent: b goes
    await collect();
    expect(byBytes.kept()).toEqual({ trees: 2, bytes: 2000 });
    expect([a, b, c].map((id) => byBytes.peek(id as Digest) !== undefined)).toEqual([true, false, true]);

    const byCount = new TreeCache({ keepTrees: 1 });
    const [x, y] = await buildAll(byCount, [layer('x', 1), layer('y', 1)]);
    await collect();
    expect([byCount.peek(x as Digest), byCount.peek(y as Digest) !== undefined]).toEqual([undefined, true]);
  });

  it('never keeps a tree larger than the whole budget', async () => {
    const cache = new TreeCache({ keepBytes: 100 });
    await buildAll(cache, [layer('small', 50), layer('huge', 101)]);
    expect(cache.kept()).toEqual({ trees: 1, bytes: 50 });
  });
});
