// Unit tests (host zone, src/image): docker-archive and OCI-archive save/load round trips and format detection.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTar, makeTgz } from '../../test/helpers/tars.js';
import { importRootfs, loadArchive, saveImages } from './archive.js';
import { readArchive } from './archive-reader.js';
import { sha256 } from './digest.js';
import { IMAGE_ERROR } from './errors.js';
import { encodeJson } from './oci.js';
import { ImageStore } from './store.js';
import type { FileNode } from './tree.js';

let homes: string[] = [];
async function freshStore(): Promise<ImageStore> {
  const home = await mkdtemp(join(tmpdir(), 'tsvirt-archive-'));
  homes.push(home);
  return new ImageStore({ home });
}
beforeEach(() => {
  homes = [];
});
afterEach(async () => {
  for (const h of homes) await rm(h, { recursive: true, force: true });
});

async function twoLayerImage(store: ImageStore) {
  await store.createImage({
    layers: [
      await makeTar([
        { name: 'etc/os', data: 'x' },
        { name: 'old', data: 'o' },
      ]),
    ],
    tags: ['base:1'],
    created: '2024-01-01T00:00:00Z',
  });
  return store.createImage({
    base: 'base:1',
    layers: [
      await makeTar([
        { name: '.wh.old', data: '' },
        { name: 'app/main.js', data: 'console.log(1)', mode: 0o755 },
      ]),
    ],
    config: { Cmd: ['node', '/app/main.js'], Env: ['A=1'] },
    tags: ['app:1', 'app:latest'],
    created: '2024-01-02T00:00:00Z',
  });
}

describe('save and load', () => {
  it.each(['docker', 'oci'] as const)('round-trips %s archives with identical digests', async (format) => {
    const src = await freshStore();
    const img = await twoLayerImage(src);
    const archive = await saveImages(src, ['app:1'], format);
    // Deterministic: saving again gives the same bytes.
    expect(sha256(await saveImages(src, ['app:1'], format))).toBe(sha256(archive));
    const dst = await freshStore();
    const result = await loadArchive(dst, archive);
    expect(result.format).toBe(format);
    expect(result.messages).toEqual(['Loaded image: app:1']);
    const loaded = await dst.resolve('app:1');
    expect(loaded.manifestDigest).toBe(img.manifestDigest);
    expect(loaded.id).toBe(img.id);
    expect(loaded.config.config).toEqual({ Cmd: ['node', '/app/main.js'], Env: ['A=1'] });
    const tree = await dst.mergedTree('app:1');
    expect(tree.nodes.has('/old')).toBe(false);
    expect(Buffer.from((tree.nodes.get('/app/main.js') as FileNode).data).toString()).toBe('console.log(1)');
  });

  it('writes the docker-archive layout (manifest.json, repositories, config, layer tars)', async () => {
    const src = await freshStore();
    const img = await twoLayerImage(src);
    const files = await readArchive(await saveImages(src, ['app:latest', 'app:1'], 'docker'), 1e9);
    const manifest = JSON.parse(Buffer.from(files.get('manifest.json')!).toString());
    expect(manifest).toEqual([
      {
        Config: `${img.id.slice(7)}.json`,
        RepoTags: ['app:latest', 'app:1'],
        Layers: img.config.rootfs.diff_ids.map((d) => `${d.slice(7)}/layer.tar`),
      },
    ]);
    expect(Object.keys(JSON.parse(Buffer.from(files.get('repositories')!).toString()))).toEqual(['app']);
  });

  it('loads gzip-compressed archives and untagged images', async () => {
    const src = await freshStore();
    const img = await twoLayerImage(src);
    const dst = await freshStore();
    const result = await loadArchive(dst, gzipSync(await saveImages(src, [img.id], 'oci')));
    expect(result.messages).toEqual([`Loaded image ID: ${img.id}`]);
    expect((await dst.resolve(img.id)).names).toEqual([]);
  });

  it('loads a docker archive whose layers are gzip and stores them uncompressed', async () => {
    const tar = await makeTar([{ name: 'hello.txt', data: 'hi' }]);
    const config = encodeJson({
      architecture: 'amd64',
      os: 'linux',
      config: { Cmd: ['x'] },
      rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
    });
    const archive = await makeTar([
      {
        name: 'manifest.json',
        data: JSON.stringify([
          { Config: 'cfg.json', RepoTags: ['docker.io/library/gz:1'], Layers: ['l/layer.tar.gz'] },
        ]),
      },
      { name: 'cfg.json', data: config },
      { name: 'l/layer.tar.gz', data: gzipSync(tar) },
    ]);
    const dst = await freshStore();
    expect((await loadArchive(dst, archive)).messages).toEqual(['Loaded image: gz:1']);
    const img = await dst.resolve('gz:1');
    expect(img.manifest.layers[0]!.digest).toBe(sha256(tar));
  });

  it('rejects an archive that is neither format, leaving the store unchanged', async () => {
    const dst = await freshStore();
    await expect(loadArchive(dst, await makeTar([{ name: 'random.txt', data: 'x' }]))).rejects.toMatchObject({
      code: IMAGE_ERROR.format,
      message: expect.stringContaining('neither a docker-archive'),
    });
    expect(await dst.list()).toEqual([]);
  });
});

describe('import', () => {
  it('imports a flat rootfs tar as a one-layer image, canonically', async () => {
    const store = await freshStore();
    const rootfs = await makeTgz([
      { name: './', type: 'directory' },
      { name: './bin/', type: 'directory' },
      { name: './bin/tool', data: '#!/usr/bin/node\n', mode: 0o755 },
      { name: './etc/hostname', data: 'box\n' },
    ]);
    const img = await importRootfs(store, rootfs, {
      tag: 'flat:1',
      created: '2024-01-01T00:00:00Z',
      config: { Cmd: ['/bin/tool'] },
    });
    expect(img.names).toEqual(['flat:1']);
    expect(img.manifest.layers).toHaveLength(1);
    expect(img.config.history).toEqual([
      { created: '2024-01-01T00:00:00Z', created_by: 'tsvirt import', comment: 'Imported from tar' },
    ]);
    const tree = await store.mergedTree('flat:1');
    expect(tree.nodes.get('/bin/tool')).toMatchObject({ type: 'file', mode: 0o755 });
    const again = await importRootfs(store, rootfs, {
      created: '2024-01-01T00:00:00Z',
      config: { Cmd: ['/bin/tool'] },
    });
    expect(again.manifestDigest).toBe(img.manifestDigest);
  });
});
