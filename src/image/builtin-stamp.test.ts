// Unit tests (host zone, src/image): the built-in images' source stamp — the long check is skipped
// only while the sources, the stamp and the store's names all still match; a changed file, a moved or
// removed name, or sources too recently modified to trust each send it the long way again.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultRootfsDir, ensureBuiltinImages } from './builtin.js';
import { ensureStamped, sourcesStamp } from './builtin-stamp.js';
import { RACY_MS } from './read-cache.js';
import { ImageStore } from './store.js';

let home: string;
let rootfs: string;
let store: ImageStore;
let longChecks: number;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'tsvirt-stamp-'));
  rootfs = await mkdtemp(join(tmpdir(), 'tsvirt-stamp-rootfs-'));
  await cp(defaultRootfsDir(), rootfs, { recursive: true });
  store = new ImageStore({ home });
  longChecks = 0;
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
  await rm(rootfs, { recursive: true, force: true });
});

/** The sources were written just now: judge them from a moment when they have settled. */
const later = () => Date.now() + 2 * RACY_MS;

function ensure(now = later()) {
  return ensureStamped(
    store,
    [rootfs],
    async () => {
      longChecks++;
      return ensureBuiltinImages(store, { rootfsDir: rootfs });
    },
    now,
  );
}

describe('ensureStamped', () => {
  it('skips the long check while the sources and names are unchanged', async () => {
    const first = await ensure();
    const second = await ensure();
    expect(longChecks).toBe(1);
    expect(second.map((r) => [r.name, r.manifestDigest, r.rebuilt])).toEqual(
      first.map((r) => [r.name, r.manifestDigest, false]),
    );
  });

  it('rebuilds base after a source file changes, even at the same size', async () => {
    const first = await ensure();
    const path = join(rootfs, 'etc', 'hostname');
    const old = await readFile(path);
    await writeFile(path, Buffer.from(old).fill(old[0] === 0x78 ? 0x79 : 0x78, 0, 1));
    const second = await ensure();
    expect(longChecks).toBe(2);
    expect(second[0]?.rebuilt).toBe(true);
    expect(second[0]?.manifestDigest).not.toBe(first[0]?.manifestDigest);
    expect(await ensure()).toMatchObject([{ rebuilt: false }, { rebuilt: false }]);
    expect(longChecks).toBe(2);
  });

  it('checks again when a built-in name was removed or moved by a writer', async () => {
    await ensure();
    await new ImageStore({ home }).rmi('hello-world');
    expect((await ensure())[1]).toMatchObject({ name: 'hello-world:latest', rebuilt: true });
    await new ImageStore({ home }).tag('hello-world', 'base');
    expect((await ensure())[0]).toMatchObject({ name: 'base:latest', rebuilt: true });
    expect(longChecks).toBe(3);
    expect((await store.inspect('base')).Config.Cmd).toEqual(['sh']);
  });

  it('ignores a corrupt or forged builtins.json: the long check runs and rewrites it', async () => {
    await ensure();
    const path = join(home, 'images', 'builtins.json');
    const saved = JSON.parse(await readFile(path, 'utf8')) as { stamp: string };
    for (const bad of [
      '{',
      '[]',
      JSON.stringify({ stamp: saved.stamp, images: [{ name: 'base:latest' }] }),
    ]) {
      await writeFile(path, bad);
      await ensure();
    }
    // A forged record naming another image under the right stamp does not match the store's names.
    const other = await store.createImage({ layers: [], tags: ['decoy:1'] });
    await writeFile(
      path,
      JSON.stringify({
        stamp: saved.stamp,
        images: [{ name: 'base:latest', manifestDigest: other.manifestDigest }],
      }),
    );
    await ensure();
    expect(longChecks).toBe(5);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(saved);
  });

  it('never trusts a stamp of sources modified within the racy window', async () => {
    expect(sourcesStamp([rootfs])).toBeUndefined();
    await ensure(Date.now());
    await ensure(Date.now());
    expect(longChecks).toBe(2);
    expect(sourcesStamp([rootfs], later())).toMatch(/^sha256:/);
  });
});
