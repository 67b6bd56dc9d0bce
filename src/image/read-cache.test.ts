// Unit tests (host zone, src/image): the store's read cache — index.json snapshots kept while the
// file is unchanged and dropped on any rewrite (by rename, as writers do, or in place), bounded LRU
// maps, frozen shared values — and the store serving repeated resolutions from it.
import { renameSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTar } from '../../test/helpers/tars.js';
import { deepFreeze, Lru, RACY_MS, ReadCache } from './read-cache.js';
import { ImageStore } from './store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tsvirt-readcache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const indexJson = (digest: string, name: string) =>
  JSON.stringify({
    schemaVersion: 2,
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest,
        size: 10,
        annotations: { 'org.opencontainers.image.ref.name': name },
      },
    ],
  });

/** Replaces the file by rename, as every store writer does. */
function replace(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** Backdates a file's mtime well past the racy window. */
function age(path: string): void {
  const old = (Date.now() - 10 * RACY_MS) / 1000;
  utimesSync(path, old, old);
}

describe('ReadCache', () => {
  it('keeps one snapshot while index.json is unchanged, racy or settled', () => {
    const path = join(dir, 'index.json');
    replace(path, indexJson(D1, 'a:1'));
    const cache = new ReadCache(path);
    const fresh = cache.snapshot();
    expect(cache.snapshot()).toBe(fresh); // within the racy window: bytes compared
    age(path);
    const settled = cache.snapshot(); // the utimes changed ctime: read again, now settled
    expect(settled.index.manifests[0]?.digest).toBe(D1);
    expect(cache.snapshot()).toBe(settled);
    expect(Object.isFrozen(settled.index.manifests[0])).toBe(true);
  });

  it('sees a rewrite by rename, and one in place of the same size with the mtime put back', () => {
    const path = join(dir, 'index.json');
    replace(path, indexJson(D1, 'a:1'));
    age(path);
    const cache = new ReadCache(path);
    expect(cache.snapshot().index.manifests[0]?.digest).toBe(D1);
    replace(path, indexJson(D2, 'a:1'));
    age(path);
    expect(cache.snapshot().index.manifests[0]?.digest).toBe(D2);
    writeFileSync(path, indexJson(D1, 'a:1')); // same inode, same size
    age(path);
    expect(cache.snapshot().index.manifests[0]?.digest).toBe(D1);
  });

  it('forgets its snapshot on invalidate()', () => {
    const path = join(dir, 'index.json');
    replace(path, indexJson(D1, 'a:1'));
    const cache = new ReadCache(path);
    const first = cache.snapshot();
    cache.invalidate();
    const second = cache.snapshot();
    expect(second).not.toBe(first);
    expect(second.bytes.equals(first.bytes)).toBe(true);
  });

  it('a missing index.json is an error, not a stale answer', () => {
    const cache = new ReadCache(join(dir, 'index.json'));
    expect(() => cache.snapshot()).toThrow(/ENOENT/);
  });
});

describe('Lru and deepFreeze', () => {
  it('evicts the least recently used entry beyond its bound', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // b is now the oldest
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2]);
  });

  it('freezes nested objects and arrays', () => {
    const v = deepFreeze({ a: [{ b: 1 }], c: { d: 'x' } });
    expect(Object.isFrozen(v.a[0])).toBe(true);
    expect(() => {
      (v.c as { d: string }).d = 'y';
    }).toThrow(TypeError);
  });
});

describe('ImageStore resolutions', () => {
  const image = async (store: ImageStore, data: string, tags: string[]) =>
    store.createImage({
      layers: [await makeTar([{ name: 'f', data }])],
      tags,
      created: '2024-01-01T00:00:00Z',
    });

  it('serves a repeated resolution from the cache, frozen, until the store is written', async () => {
    const store = new ImageStore({ home: dir });
    await image(store, 'one', ['app:1']);
    const first = await store.resolve('app:1');
    expect(await store.resolve('app:1')).toBe(first);
    expect(Object.isFrozen(first.config.rootfs.diff_ids)).toBe(true);
    await store.tag('app:1', 'app:2');
    const after = await store.resolve('app:1');
    expect(after).not.toBe(first);
    expect(after.names).toEqual(['app:1', 'app:2']);
  });

  it('sees another instance re-point a name it resolved before', async () => {
    const mine = new ImageStore({ home: dir });
    const theirs = new ImageStore({ home: dir });
    const one = await image(theirs, 'one', ['app:1']);
    expect((await mine.resolve('app:1')).id).toBe(one.id);
    const two = await image(theirs, 'two', ['app:1']);
    expect((await mine.resolve('app:1')).id).toBe(two.id);
    await theirs.rmi('app:1');
    await expect(mine.has('app:1')).resolves.toBe(false);
  });
});
