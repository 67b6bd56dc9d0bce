// Property tests (fast-check) for the layer code: tree → tar → tree round-trips, diffs re-apply to the
// tree they came from, and mutated or truncated tars only ever fail with an ImageError.

import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLayer, mergeLayers } from './apply.js';
import { ImageError } from './errors.js';
import { readLayer } from './layer.js';
import { diffTrees, writeLayerTar, writeTreeTar } from './tar-writer.js';
import { joinPath, type LayerEntry, type LayerTree, type MergedTree } from './tree.js';

/** A random layer: a few directories, files and symlinks under a small name alphabet. */
const layerArb: fc.Arbitrary<LayerTree> = fc
  .array(
    fc.record({
      dir: fc.constantFrom('/', '/a', '/b', '/a/c'),
      name: fc.constantFrom('x', 'y', 'z', 'file.js', 'data'),
      kind: fc.constantFrom('file', 'file', 'symlink', 'dir'),
      content: fc.uint8Array({ maxLength: 700 }),
      mode: fc.constantFrom(0o644, 0o755, 0o600, 0o4755),
      uid: fc.constantFrom(0, 1000),
      mtime: fc.integer({ min: 0, max: 2_000_000_000 }).map((s) => s * 1000),
    }),
    { maxLength: 20 },
  )
  .map((specs) => {
    const entries = new Map<string, LayerEntry>();
    for (const s of specs) {
      // Give each directory on the way an explicit entry, so no entry sits under a file or symlink.
      let at = '/';
      for (const part of s.dir.split('/').filter(Boolean)) {
        at = joinPath(at, part);
        const cur = entries.get(at);
        if (cur === undefined || cur.type !== 'dir')
          entries.set(at, { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 });
      }
      const path = joinPath(s.dir, s.name);
      for (const p of [...entries.keys()]) if (p.startsWith(`${path}/`)) entries.delete(p);
      const meta = { mode: s.mode, uid: s.uid, gid: s.uid, mtime: s.mtime };
      if (s.kind === 'file') entries.set(path, { type: 'file', ...meta, data: s.content });
      else if (s.kind === 'dir') entries.set(path, { type: 'dir', ...meta, mode: 0o755 });
      else entries.set(path, { type: 'symlink', ...meta, mode: 0o777, target: `/target/${s.name}` });
    }
    return { entries, whiteouts: new Set<string>(), opaque: new Set<string>() };
  });

function describeTree(t: MergedTree): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [p, n] of t.nodes) {
    const meta = `${n.mode.toString(8)} ${n.uid} ${n.gid} ${Math.floor(n.mtime / 1000)}`;
    if (n.type === 'file') out[p] = `file ${meta} ${Buffer.from(n.data).toString('hex')}`;
    else if (n.type === 'symlink') out[p] = `symlink ${n.uid} ${n.target}`;
    else out[p] = p === '/' ? 'root' : `dir ${meta}`;
  }
  return out;
}

describe('layer properties', () => {
  it('a tree written as a tar reads back as the same tree', async () => {
    await fc.assert(
      fc.asyncProperty(layerArb, async (layer) => {
        const tree = mergeLayers([layer]);
        const again = mergeLayers([await readLayer(await writeTreeTar(tree))]);
        expect(describeTree(again)).toEqual(describeTree(tree));
      }),
      { numRuns: 60 },
    );
  });

  it('the diff of two trees, applied to the lower one, gives the upper one', async () => {
    await fc.assert(
      fc.asyncProperty(layerArb, layerArb, async (a, b) => {
        const lower = mergeLayers([a]);
        const upper = mergeLayers([b]);
        const diff = await readLayer(await writeLayerTar(diffTrees(lower, upper)));
        expect(describeTree(applyLayer(lower, diff))).toEqual(describeTree(upper));
      }),
      { numRuns: 60 },
    );
  });

  it('a mutated or cut tar (plain or gzip) parses or fails with an ImageError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(
        layerArb,
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 }),
        fc.option(fc.nat()),
        fc.boolean(),
        async (layer, flips, cut, gzip) => {
          let bytes = Buffer.from(await writeTreeTar(mergeLayers([layer])));
          if (gzip) bytes = gzipSync(bytes);
          for (const f of flips) bytes[f.at % bytes.length] = f.byte;
          if (cut !== null) bytes = bytes.subarray(0, cut % (bytes.length + 1));
          try {
            mergeLayers([await readLayer(bytes, { limits: { maxTotalBytes: 1 << 20, maxEntries: 1000 } })]);
          } catch (e) {
            expect(e).toBeInstanceOf(ImageError);
            expect((e as Error).message).not.toContain('\n');
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
