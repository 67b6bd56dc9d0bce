// Unit tests of the overlay backend through a real VFS: reads from the shared lower tree, copy-up,
// whiteouts, opaque directories, readdir merging, renames of lower nodes, hard links, and the
// snapshot and diff a commit and an export are built from. The lower tree is never modified.

import { describe, expect, it } from 'vitest';
import { O_APPEND, O_CREAT, O_RDONLY, O_WRONLY } from '../../abi/fs-constants.js';
import { applyLayer, mergeLayers } from '../../image/apply.js';
import { diffTrees } from '../../image/tar-writer.js';
import type { LayerEntry, MergedTree } from '../../image/tree.js';
import type { FsCaller } from '../types.js';
import { Vfs } from '../vfs.js';
import { LowerLayer } from './lower.js';
import { OverlayFs } from './overlay.js';
import { snapshotTree } from './snapshot.js';

const ROOT: FsCaller = { cwd: '/', uid: 0, gid: 0, umask: 0o022 };
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function image(): MergedTree {
  const data = Object.freeze({
    type: 'file' as const,
    mode: 0o640,
    uid: 7,
    gid: 8,
    mtime: 1_000_000,
    data: enc('shared'),
  });
  const entries = new Map<string, LayerEntry>([
    ['/etc', { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 2_000_000 }],
    ['/etc/conf', { type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 3_000_000, data: enc('lower conf') }],
    ['/etc/sub', { type: 'dir', mode: 0o700, uid: 5, gid: 5, mtime: 4_000_000 }],
    ['/etc/sub/deep', { type: 'file', mode: 0o600, uid: 5, gid: 5, mtime: 5_000_000, data: enc('deep') }],
    ['/data', data],
    ['/link', { type: 'hardlink', target: '/data' }],
    ['/ln', { type: 'symlink', mode: 0o777, uid: 0, gid: 0, mtime: 6_000_000, target: 'etc/conf' }],
    ['/bin', { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 }],
    ['/bin/tool', { type: 'file', mode: 0o4755, uid: 0, gid: 0, mtime: 0, data: enc('#!x') }],
  ]);
  return mergeLayers([{ entries, whiteouts: new Set(), opaque: new Set() }]);
}

function setup() {
  const tree = image();
  const before = [...tree.nodes.entries()];
  const fs = new OverlayFs(new LowerLayer(tree));
  const vfs = new Vfs(fs);
  const untouched = () => expect([...tree.nodes.entries()]).toEqual(before);
  return { tree, fs, vfs, untouched };
}

const read = (vfs: Vfs, p: string) => dec(vfs.readFile(ROOT, p));
const names = (vfs: Vfs, p: string) => vfs.readdir(ROOT, p).map((d) => d.name);
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('overlay: reading the lower tree', () => {
  it('serves files, modes, owners, mtimes, symlinks and hard links from the image', () => {
    const { vfs, untouched } = setup();
    expect(read(vfs, '/etc/conf')).toBe('lower conf');
    expect(read(vfs, '/ln')).toBe('lower conf');
    const st = vfs.lstat(ROOT, '/etc/sub/deep');
    expect([st.mode & 0o7777, st.uid, st.gid, st.mtimeMs]).toEqual([0o600, 5, 5, 5_000_000]);
    expect(vfs.lstat(ROOT, '/bin/tool').mode & 0o7777).toBe(0o4755);
    const a = vfs.lstat(ROOT, '/data');
    const b = vfs.lstat(ROOT, '/link');
    expect(a.ino).toBe(b.ino);
    expect(a.nlink).toBe(2);
    expect(vfs.readlink(ROOT, '/ln')).toBe('etc/conf');
    expect(names(vfs, '/')).toEqual(['bin', 'data', 'etc', 'link', 'ln']);
    untouched();
  });
});

describe('overlay: copy-up', () => {
  it('copies a file up on its first write and keeps its metadata', () => {
    const { fs, vfs, tree, untouched } = setup();
    const f = vfs.open(ROOT, '/etc/conf', O_WRONLY | O_APPEND, 0);
    f.write(enc(' + upper'), null);
    f.close();
    expect(read(vfs, '/etc/conf')).toBe('lower conf + upper');
    const st = vfs.lstat(ROOT, '/etc/conf');
    expect(st.mode & 0o7777).toBe(0o644);
    expect(dec((tree.nodes.get('/etc/conf') as { data: Uint8Array }).data)).toBe('lower conf');
    // The parent came up as a directory with the lower one's metadata; its other entries still show.
    expect(fs.upper.lstat(['etc']).mtimeMs).toBe(2_000_000);
    expect(names(vfs, '/etc')).toEqual(['conf', 'sub']);
    untouched();
  });

  it('copies up on chmod, chown, utimes and truncate', () => {
    const { vfs, untouched } = setup();
    vfs.chmod(ROOT, '/etc/sub/deep', 0o604);
    vfs.chown(ROOT, '/bin/tool', 1, 2);
    vfs.utimes(ROOT, '/etc/sub', 9_000, 9_000);
    vfs.truncate(ROOT, '/etc/conf', 5);
    expect(vfs.lstat(ROOT, '/etc/sub/deep').mode & 0o7777).toBe(0o604);
    expect(read(vfs, '/etc/sub/deep')).toBe('deep');
    expect(vfs.lstat(ROOT, '/bin/tool')).toMatchObject({ uid: 1, gid: 2 });
    expect(vfs.lstat(ROOT, '/etc/sub').mtimeMs).toBe(9_000);
    expect(read(vfs, '/etc/conf')).toBe('lower');
    untouched();
  });

  it('copies hard links up together so they stay one inode', () => {
    const { vfs, untouched } = setup();
    vfs.writeFile(ROOT, '/link', 'changed', O_WRONLY | O_CREAT | 0o1000, 0o644);
    expect(read(vfs, '/data')).toBe('changed');
    const a = vfs.lstat(ROOT, '/data');
    const b = vfs.lstat(ROOT, '/link');
    expect(a.ino).toBe(b.ino);
    expect(a.nlink).toBe(2);
    vfs.link(ROOT, '/etc/conf', '/etc/conf2');
    expect(vfs.lstat(ROOT, '/etc/conf2').ino).toBe(vfs.lstat(ROOT, '/etc/conf').ino);
    untouched();
  });

  it('fchmod and futimes through a read-only fd of a lower file copy it up', () => {
    const { vfs, untouched } = setup();
    const f = vfs.open(ROOT, '/etc/sub/deep', O_RDONLY, 0);
    f.chmod(0o400);
    f.utimes(5, 6);
    f.close();
    expect(vfs.lstat(ROOT, '/etc/sub/deep')).toMatchObject({ mode: 0o100400, mtimeMs: 6 });
    expect(read(vfs, '/etc/sub/deep')).toBe('deep');
    untouched();
  });

  it('a read-only open does not copy up', () => {
    const { fs, vfs } = setup();
    const f = vfs.open(ROOT, '/etc/conf', O_RDONLY, 0);
    expect(dec(f.read(100, null))).toBe('lower conf');
    expect(code(() => f.write(enc('x'), null))).toBe('EBADF');
    f.close();
    expect(code(() => fs.upper.lstat(['etc']))).toBe('ENOENT');
  });
});

describe('overlay: deletion', () => {
  it('a deleted lower file disappears (whiteout) and can be made again', () => {
    const { fs, vfs, untouched } = setup();
    vfs.unlink(ROOT, '/etc/conf');
    expect(code(() => vfs.lstat(ROOT, '/etc/conf'))).toBe('ENOENT');
    expect(names(vfs, '/etc')).toEqual(['sub']);
    expect([...fs.whiteoutPaths()]).toEqual(['/etc/conf']);
    vfs.writeFile(ROOT, '/etc/conf', 'new', O_WRONLY | O_CREAT, 0o600);
    expect(read(vfs, '/etc/conf')).toBe('new');
    vfs.unlink(ROOT, '/etc/conf');
    expect(code(() => vfs.lstat(ROOT, '/etc/conf'))).toBe('ENOENT');
    untouched();
  });

  it('a copied-up file that is deleted does not bring the lower one back', () => {
    const { vfs } = setup();
    vfs.chmod(ROOT, '/etc/conf', 0o600);
    vfs.unlink(ROOT, '/etc/conf');
    expect(code(() => vfs.lstat(ROOT, '/etc/conf'))).toBe('ENOENT');
  });

  it('rmdir needs the merged directory empty; a recreated directory is opaque', () => {
    const { vfs, untouched } = setup();
    expect(code(() => vfs.rmdir(ROOT, '/etc/sub'))).toBe('ENOTEMPTY');
    vfs.rm(ROOT, '/etc', true, false);
    expect(code(() => vfs.lstat(ROOT, '/etc'))).toBe('ENOENT');
    expect(names(vfs, '/')).toEqual(['bin', 'data', 'link', 'ln']);
    expect(code(() => read(vfs, '/ln'))).toBe('ENOENT');
    vfs.mkdir(ROOT, '/etc', 0o755, false);
    expect(names(vfs, '/etc')).toEqual([]);
    expect(code(() => vfs.lstat(ROOT, '/etc/sub/deep'))).toBe('ENOENT');
    vfs.mkdir(ROOT, '/etc/sub', 0o755, false);
    expect(names(vfs, '/etc/sub')).toEqual([]);
    untouched();
  });
});

describe('overlay: rename', () => {
  it('renames a lower file: the old name is whited out, the new one has its data and metadata', () => {
    const { vfs, untouched } = setup();
    vfs.rename(ROOT, '/etc/conf', '/conf.moved');
    expect(code(() => vfs.lstat(ROOT, '/etc/conf'))).toBe('ENOENT');
    expect(read(vfs, '/conf.moved')).toBe('lower conf');
    expect(vfs.lstat(ROOT, '/conf.moved').mtimeMs).toBe(3_000_000);
    untouched();
  });

  it('renames a file over a lower file', () => {
    const { vfs } = setup();
    vfs.writeFile(ROOT, '/new', 'fresh', O_WRONLY | O_CREAT, 0o644);
    vfs.rename(ROOT, '/new', '/etc/conf');
    expect(read(vfs, '/etc/conf')).toBe('fresh');
    expect(code(() => vfs.lstat(ROOT, '/new'))).toBe('ENOENT');
  });

  it('renames a lower directory with its contents', () => {
    const { vfs, untouched } = setup();
    vfs.unlink(ROOT, '/etc/sub/deep');
    vfs.writeFile(ROOT, '/etc/sub/added', 'a', O_WRONLY | O_CREAT, 0o644);
    vfs.rename(ROOT, '/etc', '/etc2');
    expect(code(() => vfs.lstat(ROOT, '/etc'))).toBe('ENOENT');
    expect(names(vfs, '/etc2')).toEqual(['conf', 'sub']);
    expect(names(vfs, '/etc2/sub')).toEqual(['added']);
    expect(read(vfs, '/etc2/conf')).toBe('lower conf');
    vfs.mkdir(ROOT, '/etc', 0o755, false);
    expect(names(vfs, '/etc')).toEqual([]);
    untouched();
  });
});

describe('overlay: snapshot and diff', () => {
  it('the merged view as a tree, whose diff against the image re-applies to the same tree', () => {
    const { tree, fs, vfs } = setup();
    vfs.unlink(ROOT, '/etc/sub/deep');
    vfs.writeFile(ROOT, '/etc/conf', 'edited', O_WRONLY | O_CREAT | 0o1000, 0o644);
    vfs.mkdir(ROOT, '/new', 0o750, false);
    vfs.writeFile(ROOT, '/new/f', 'n', O_WRONLY | O_CREAT, 0o644);
    vfs.link(ROOT, '/new/f', '/new/g');
    vfs.rm(ROOT, '/bin', true, false);
    const snap = snapshotTree(fs);
    expect(snap.nodes.get('/bin/tool')).toBeUndefined();
    expect(snap.nodes.get('/data')).toBe(tree.nodes.get('/data'));
    expect(snap.nodes.get('/new/f')).toBe(snap.nodes.get('/new/g'));
    expect(snap.children.get('/etc/sub')).toEqual([]);
    const layer = diffTrees(tree, snap);
    expect([...layer.whiteouts].sort()).toEqual(['/bin', '/etc/sub/deep']);
    expect(layer.entries.has('/data')).toBe(false);
    const again = applyLayer(tree, layer);
    expect(dec((again.nodes.get('/etc/conf') as { data: Uint8Array }).data)).toBe('edited');
    expect([...again.nodes.keys()].sort()).toEqual([...snap.nodes.keys()].sort());
  });
});
