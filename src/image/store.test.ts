// Unit tests (host zone, src/image): the image store: tags, rmi, digests and atomic writes.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTar } from '../../test/helpers/tars.js';
import { digestHex } from './digest.js';
import { IMAGE_ERROR } from './errors.js';
import { withLock } from './lock.js';
import { ImageStore } from './store.js';
import type { FileNode } from './tree.js';
import { imageHistory, inspectImage } from './views.js';

let home: string;
let store: ImageStore;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'tsvirt-store-'));
  store = new ImageStore({ home });
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const CREATED = '2024-01-01T00:00:00Z';

async function makeImage(tag: string, files: Record<string, string>, base?: string) {
  const tar = await makeTar(Object.entries(files).map(([name, data]) => ({ name, data })));
  return store.createImage({
    base: base ?? null,
    layers: [tar],
    tags: [tag],
    created: CREATED,
    config: { Cmd: ['node', 'main.js'] },
  });
}

describe('ImageStore layout', () => {
  it('writes an OCI image layout with ref.name annotations', async () => {
    const img = await makeImage('app:1', { 'main.js': 'x' });
    const root = join(home, 'images');
    expect(JSON.parse(await readFile(join(root, 'oci-layout'), 'utf8'))).toEqual({
      imageLayoutVersion: '1.0.0',
    });
    const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
    expect(index.manifests).toEqual([
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: img.manifestDigest,
        size: expect.any(Number),
        annotations: { 'org.opencontainers.image.ref.name': 'app:1' },
      },
    ]);
    const blobs = await readdir(join(root, 'blobs', 'sha256'));
    expect(blobs.sort()).toEqual(
      [img.manifestDigest, img.id, img.manifest.layers[0]!.digest].map(digestHex).sort(),
    );
  });

  it('resolves by name, default tag, ID prefix and digest; lists and inspects', async () => {
    const img = await makeImage('app', { 'main.js': 'x' });
    expect((await store.resolve('app:latest')).manifestDigest).toBe(img.manifestDigest);
    expect((await store.resolve(img.id.slice(7, 19))).manifestDigest).toBe(img.manifestDigest);
    expect((await store.resolve(img.id)).manifestDigest).toBe(img.manifestDigest);
    expect((await store.resolve(`app@${img.manifestDigest}`)).names).toEqual(['app:latest']);
    await expect(store.resolve('nope')).rejects.toMatchObject({
      code: IMAGE_ERROR.notFound,
      message: 'No such image: nope',
    });
    const [row] = await store.list();
    expect(row).toMatchObject({ id: img.id, names: ['app:latest'], created: CREATED });
    const info = await store.inspect('app');
    expect(info).toEqual(inspectImage(img));
    expect(info).toMatchObject({
      Id: img.id,
      RepoTags: ['app:latest'],
      Config: { Cmd: ['node', 'main.js'] },
      Os: 'linux',
    });
    expect(info.RootFS.Layers).toHaveLength(1);
  });

  it('builds on a base: config inherited, layers stacked, history per layer', async () => {
    await makeImage('base', { 'etc/os': 'base', 'old.txt': 'o' });
    const child = await store.createImage({
      base: 'base',
      layers: [
        await makeTar([
          { name: 'app.js', data: 'a' },
          { name: '.wh.old.txt', data: '' },
        ]),
      ],
      config: { WorkingDir: '/srv' },
      history: [{ created: CREATED, created_by: 'COPY app.js /' }],
      tags: ['child'],
      created: CREATED,
    });
    expect(child.config.config).toEqual({ Cmd: ['node', 'main.js'], WorkingDir: '/srv' });
    expect(child.config.rootfs.diff_ids).toHaveLength(2);
    const tree = await store.mergedTree('child');
    expect([...tree.nodes.keys()].sort()).toEqual(['/', '/app.js', '/etc', '/etc/os']);
    const rows = await store.history('child');
    expect(rows).toEqual(imageHistory(child));
    expect(rows.map((r) => r.createdBy)).toEqual(['COPY app.js /', 'tsvirt']);
    expect(rows[0]!.id).toBe(child.id);
  });

  it('shares one merged tree between callers and across images with common layers', async () => {
    await makeImage('base', { 'lib.js': 'shared bytes' });
    await store.createImage({
      base: 'base',
      layers: [await makeTar([{ name: 'x', data: '1' }])],
      tags: ['a'],
    });
    const t1 = await store.mergedTree('base');
    const [t2, t3] = await Promise.all([store.mergedTree('base'), store.mergedTree('base:latest')]);
    expect(t2).toBe(t1);
    expect(t3).toBe(t1);
    const ta = await store.mergedTree('a');
    expect(ta.nodes.get('/lib.js')).toBe(t1.nodes.get('/lib.js'));
    expect(Buffer.from((ta.nodes.get('/lib.js') as FileNode).data).toString()).toBe('shared bytes');
  });
});

describe('intermediate images (build steps)', () => {
  it('are resolvable but not listed until published, with tags or untagged', async () => {
    const tar = await makeTar([{ name: 'a.txt', data: 'a' }]);
    const step = await store.createImage({ layers: [tar], created: CREATED, intermediate: true });
    expect(await store.has(step.manifestDigest)).toBe(true);
    expect(await store.list()).toEqual([]);
    await store.publish(step.manifestDigest, ['built:1']);
    expect((await store.list()).map((i) => i.names)).toEqual([['built:1']]);
    const other = await store.createImage({
      base: step.manifestDigest,
      config: { Cmd: ['true'] },
      intermediate: true,
    });
    await store.publish(other.manifestDigest, []);
    expect((await store.list()).map((i) => i.names).sort()).toEqual([[], ['built:1']]);
    // rmi's garbage collection keeps the blobs a hidden step image needs.
    const hidden = await store.createImage({
      layers: [await makeTar([{ name: 'b', data: 'b' }])],
      intermediate: true,
    });
    await store.rmi('built:1');
    expect((await store.mergedTree(hidden.manifestDigest)).nodes.has('/b')).toBe(true);
    const pruned = await store.pruneIntermediate();
    expect(pruned.images).toBe(1);
    expect(pruned.bytes).toBeGreaterThan(0);
    expect(await store.has(hidden.manifestDigest)).toBe(false);
    expect(await store.has(other.manifestDigest)).toBe(true);
    await expect(store.publish('sha256:'.padEnd(71, '0') as never, [])).rejects.toMatchObject({
      code: IMAGE_ERROR.notFound,
    });
  });
});

describe('tag and rmi', () => {
  it('tags, untags one of several names, deletes the last, and collects its blobs', async () => {
    const img = await makeImage('app', { 'main.js': 'x' });
    await store.tag('app', 'app:v1');
    await store.tag(img.id, 'other/name:2');
    expect((await store.resolve('app:v1')).names).toEqual(['app:latest', 'app:v1', 'other/name:2']);
    expect(await store.rmi('app:v1')).toEqual(['Untagged: app:v1']);
    await expect(store.rmi(img.id)).rejects.toThrow(/referenced in multiple repositories/);
    expect(await store.rmi(img.id, { force: true })).toEqual([
      'Untagged: app:latest',
      'Untagged: other/name:2',
      `Deleted: ${img.manifestDigest}`,
    ]);
    expect(await store.list()).toEqual([]);
    expect(await readdir(join(home, 'images', 'blobs', 'sha256'))).toEqual([]);
  });

  it('garbage collection also clears temp files left by dead writers', async () => {
    await makeImage('app', { 'main.js': 'x' });
    const tmp = join(home, 'images', 'tmp');
    await writeFile(join(tmp, `${2 ** 22 + 4321}-deadbeef`), 'half a blob');
    await writeFile(join(tmp, `${process.pid}-live`), 'a live writer');
    await store.rmi('app');
    expect(await readdir(tmp)).toEqual([`${process.pid}-live`]);
  });

  it('moving a tag leaves the old image dangling, still addressable by ID', async () => {
    const a = await makeImage('app', { 'main.js': 'a' });
    await makeImage('app', { 'main.js': 'b' });
    expect((await store.resolve(a.id)).names).toEqual([]);
    expect((await store.list()).map((r) => r.names)).toContainEqual([]);
  });

  it('refuses to remove an image in use; force only untags it', async () => {
    const img = await makeImage('app', { 'main.js': 'x' });
    const inUse = ({ id }: { id: string }) => (id === img.id ? 'c0ffee' : undefined);
    await expect(store.rmi('app', { inUse })).rejects.toMatchObject({
      code: IMAGE_ERROR.conflict,
      message: expect.stringMatching(
        /unable to remove repository reference "app:latest" \(must force\) - container c0ffee is using/,
      ),
    });
    expect((await store.resolve('app')).names).toEqual(['app:latest']);
    expect(await store.rmi('app', { inUse, force: true })).toEqual(['Untagged: app:latest']);
    expect((await store.resolve(img.id)).id).toBe(img.id);
  });

  it('rejects invalid tags', async () => {
    await makeImage('app', { 'main.js': 'x' });
    await expect(store.tag('app', 'Bad:Name')).rejects.toMatchObject({ code: IMAGE_ERROR.reference });
  });
});

describe('integrity', () => {
  it('detects a corrupted blob on read', async () => {
    const img = await makeImage('app', { 'main.js': 'x' });
    const layer = img.manifest.layers[0]!.digest;
    const path = join(home, 'images', 'blobs', 'sha256', digestHex(layer));
    const bytes = await readFile(path);
    bytes[600] ^= 1;
    await writeFile(path, bytes);
    await expect(new ImageStore({ home }).mergedTree('app')).rejects.toMatchObject({
      code: IMAGE_ERROR.digest,
      message: expect.stringContaining('digest mismatch'),
    });
  });

  it('serialises concurrent writers in one process (no lost tags)', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => makeImage(`app:${i}`, { 'main.js': String(i) })));
    const names = (await store.list()).flatMap((r) => r.names).sort();
    expect(names).toEqual(Array.from({ length: 8 }, (_, i) => `app:${i}`).sort());
  });

  it('breaks a stale lock left by a dead process', async () => {
    const lock = join(home, 'stale.lock');
    await writeFile(
      lock,
      JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), time: Date.now() }),
    );
    expect(await withLock(lock, async () => 'got it', { timeoutMs: 2000 })).toBe('got it');
  });

  it('times out on a live lock with a one-line error', async () => {
    const lock = join(home, 'live.lock');
    await writeFile(
      lock,
      JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), time: Date.now() }),
    );
    await expect(withLock(lock, async () => 1, { timeoutMs: 100 })).rejects.toMatchObject({
      code: IMAGE_ERROR.locked,
    });
  });
});
