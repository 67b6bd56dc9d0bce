// Unit tests (host zone, src/image): the built-in base and hello-world images and their reproducible builds.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultRootfsDir, ensureBuiltinImages } from './builtin.js';
import { ImageStore } from './store.js';
import type { FileNode } from './tree.js';

let dirs: string[] = [];
const temp = async (p: string) => {
  const d = await mkdtemp(join(tmpdir(), p));
  dirs.push(d);
  return d;
};
beforeEach(() => {
  dirs = [];
});
afterEach(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('ensureBuiltinImages', () => {
  it('builds base and hello-world from rootfs/, reproducibly, with the skeleton modes', async () => {
    const store = new ImageStore({ home: await temp('tsvirt-builtin-') });
    const first = await ensureBuiltinImages(store);
    expect(first.map((r) => [r.name, r.rebuilt])).toEqual([
      ['base:latest', true],
      ['hello-world:latest', true],
    ]);
    const tree = await store.mergedTree('base');
    expect(tree.nodes.get('/tmp')).toMatchObject({ type: 'dir', mode: 0o1777 });
    expect(tree.nodes.get('/root')).toMatchObject({ type: 'dir', mode: 0o700 });
    for (const p of ['/home', '/usr/bin', '/bin']) expect(tree.nodes.get(p)).toMatchObject({ type: 'dir' });
    const osRelease = Buffer.from((tree.nodes.get('/etc/os-release') as FileNode).data).toString();
    expect(osRelease).toContain('NAME="tsvirt"');
    expect(Buffer.from((tree.nodes.get('/etc/passwd') as FileNode).data).toString()).toMatch(/^root:x:0:0:/);
    // A second store builds identical digests; a second call on the same store rebuilds nothing.
    const other = await ensureBuiltinImages(new ImageStore({ home: await temp('tsvirt-builtin-') }));
    expect(other.map((r) => r.manifestDigest)).toEqual(first.map((r) => r.manifestDigest));
    expect((await ensureBuiltinImages(store)).map((r) => r.rebuilt)).toEqual([false, false]);
  });

  it('rebuilds base when rootfs/ changes and drops the old build', async () => {
    const store = new ImageStore({ home: await temp('tsvirt-builtin-') });
    const rootfsDir = await temp('tsvirt-rootfs-');
    await cp(defaultRootfsDir(), rootfsDir, { recursive: true });
    const [before] = await ensureBuiltinImages(store, { rootfsDir });
    await writeFile(join(rootfsDir, 'etc', 'motd'), 'changed\n');
    const [after] = await ensureBuiltinImages(store, { rootfsDir });
    expect(after!.rebuilt).toBe(true);
    expect(after!.manifestDigest).not.toBe(before!.manifestDigest);
    expect((await store.mergedTree('base')).nodes.has('/etc/motd')).toBe(true);
    expect((await store.list()).map((r) => r.names.join())).toEqual(
      expect.arrayContaining(['base:latest', 'hello-world:latest']),
    );
    expect(await store.list()).toHaveLength(2);
  });

  it('tolerates racing rebuilds (two CLI processes starting at once)', async () => {
    const home = await temp('tsvirt-builtin-');
    const rootfsDir = await temp('tsvirt-rootfs-');
    await cp(defaultRootfsDir(), rootfsDir, { recursive: true });
    await ensureBuiltinImages(new ImageStore({ home }), { rootfsDir });
    await writeFile(join(rootfsDir, 'etc', 'motd'), 'changed\n');
    const both = await Promise.all([
      ensureBuiltinImages(new ImageStore({ home }), { rootfsDir }),
      ensureBuiltinImages(new ImageStore({ home }), { rootfsDir }),
    ]);
    expect(both[0]![0]!.manifestDigest).toBe(both[1]![0]!.manifestDigest);
    expect(await new ImageStore({ home }).list()).toHaveLength(2);
  });
});
