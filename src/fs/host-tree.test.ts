// Unit: reading a --rootfs directory into a tree (host-tree.ts) and keeping it (rootfs-cache.ts).

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hostTreeUnchanged, ImportError, readHostTree } from './host-tree.js';
import { RootfsCache } from './rootfs-cache.js';

const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'tsvirt-host-tree-'));
  dirs.push(d);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(d, p, '..'), { recursive: true });
    writeFileSync(join(d, p), text);
  }
  return d;
}
const settle = () => new Promise((r) => setTimeout(r, 120));

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('readHostTree', () => {
  it('reads files, directories and links as root-owned nodes, adding the named top directories', () => {
    const d = tree({ 'a/b.txt': 'hi', 'etc/x': '' });
    symlinkSync('/a/b.txt', join(d, 'l'));
    const { tree: t } = readHostTree(d, undefined, ['etc', 'proc']);
    expect([...t.children.get('/')!]).toEqual(['a', 'etc', 'l', 'proc']);
    expect(t.nodes.get('/a/b.txt')).toMatchObject({ type: 'file', uid: 0, gid: 0 });
    expect(new TextDecoder().decode((t.nodes.get('/a/b.txt') as { data: Uint8Array }).data)).toBe('hi');
    expect(t.nodes.get('/l')).toMatchObject({ type: 'symlink', target: '/a/b.txt' });
    expect(t.nodes.get('/proc')).toMatchObject({ type: 'dir', mode: 0o755 });
    expect(t.children.get('/etc')).toEqual(['x']);
    expect(t.fileBytes).toBe(2);
  });

  it('calls a tree racy while its newest change is too recent for the stamps to vouch for it', async () => {
    const d = tree({ f: 'x' });
    expect(readHostTree(d).racy).toBe(true);
    await settle();
    const read = readHostTree(d);
    expect(read.racy).toBe(false);
    expect(hostTreeUnchanged(read)).toBe(true);
    writeFileSync(join(d, 'f'), 'y');
    expect(hostTreeUnchanged(read)).toBe(false);
  });

  it('follows a symlink given as the directory, and sees it retargeted', async () => {
    const [a, b] = [tree({ f: 'from a' }), tree({ f: 'from b' })];
    const link = join(tree({}), 'current');
    symlinkSync(a, link);
    await settle();
    const cache = new RootfsCache();
    const first = cache.lower(link);
    expect(first.get('/f')).toMatchObject({ type: 'file' });
    rmSync(link);
    symlinkSync(b, link);
    const second = cache.lower(link);
    expect(second).not.toBe(first);
    expect(new TextDecoder().decode((second.get('/f') as { data: Uint8Array }).data)).toBe('from b');
  });

  it('refuses trees past its limits, and a path that is not a directory', () => {
    const d = tree({ a: '12345', b: '12345' });
    expect(() => readHostTree(d, { maxBytes: 8, maxEntries: 100 })).toThrow(ImportError);
    expect(() => readHostTree(d, { maxBytes: 100, maxEntries: 1 })).toThrow(/more than 1 entries/);
    expect(() => readHostTree(join(d, 'a'))).toThrow(/not a directory/);
  });
});

describe('RootfsCache', () => {
  it('keeps a settled tree, reads a changed one again, and never keeps a racy one', async () => {
    const d = tree({ f: 'x' });
    const cache = new RootfsCache();
    const racy = cache.lower(d);
    expect(cache.lower(d)).not.toBe(racy);
    await settle();
    const kept = cache.lower(d);
    expect(cache.lower(d)).toBe(kept);
    writeFileSync(join(d, 'g'), 'new');
    const fresh = cache.lower(d);
    expect(fresh).not.toBe(kept);
    expect(fresh.get('/g')).toMatchObject({ type: 'file' });
  });

  it('keeps at most maxTrees directories and maxBytes of files', async () => {
    const [a, b] = [tree({ f: 'aaaa' }), tree({ f: 'bbbb' })];
    await settle();
    const cache = new RootfsCache({ maxTrees: 1, maxBytes: 6 });
    const la = cache.lower(a);
    expect(cache.lower(a)).toBe(la);
    cache.lower(b);
    expect(cache.lower(a)).not.toBe(la);
    const big = tree({ f: '1234567' });
    await settle();
    expect(cache.lower(big)).not.toBe(cache.lower(big));
  });
});
