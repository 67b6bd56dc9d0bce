// Unit tests of the VFS over tmpfs: Linux's errno for each failing call (with the guest's path),
// mounts (crossing, `..` at a mount root, EXDEV, EBUSY), stable inodes, nlink and st_dev per mount.

import { describe, expect, it } from 'vitest';
import { O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_RDONLY, O_RDWR, O_WRONLY } from '../abi/fs-constants.js';
import { Tmpfs } from './tmpfs/tmpfs.js';
import type { FsCaller } from './types.js';
import { Vfs } from './vfs.js';

const ROOT: FsCaller = { cwd: '/', uid: 0, gid: 0, umask: 0o022 };

function fixture(): Vfs {
  const vfs = new Vfs();
  vfs.mkdir(ROOT, '/d/sub', 0o755, true);
  vfs.writeFile(ROOT, '/d/f', 'data', O_WRONLY | O_CREAT, 0o644);
  vfs.mkdir(ROOT, '/empty', 0o755, false);
  vfs.mkdir(ROOT, '/mnt', 0o755, false);
  vfs.symlink(ROOT, 'd/f', '/lf');
  vfs.symlink(ROOT, 'missing', '/dangling');
  return vfs;
}

/** The error as the guest would see it: code, path and dest. */
function err(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    const x = e as { code: string; path?: string; dest?: string };
    return [x.code, x.path, x.dest].filter((v) => v !== undefined).join(' ');
  }
}

describe('errno like Linux', () => {
  const vfs = fixture();
  const cases: Array<[string, () => unknown, string]> = [
    ['open missing', () => vfs.open(ROOT, 'nope', O_RDONLY, 0), 'ENOENT nope'],
    ['open through a file', () => vfs.open(ROOT, '/d/f/x', O_RDONLY, 0), 'ENOTDIR /d/f/x'],
    ['open dir for writing', () => vfs.open(ROOT, '/d', O_WRONLY, 0), 'EISDIR /d'],
    ['open O_DIRECTORY on a file', () => vfs.open(ROOT, '/d/f', O_RDONLY | O_DIRECTORY, 0), 'ENOTDIR /d/f'],
    ['open O_EXCL existing', () => vfs.open(ROOT, '/d/f', O_RDWR | O_CREAT | O_EXCL, 0o644), 'EEXIST /d/f'],
    [
      'open O_EXCL on a dangling link',
      () => vfs.open(ROOT, '/dangling', O_RDWR | O_CREAT | O_EXCL, 0o644),
      'EEXIST /dangling',
    ],
    ['open O_NOFOLLOW link', () => vfs.open(ROOT, '/lf', O_RDONLY | O_NOFOLLOW, 0), 'ELOOP /lf'],
    ['create with trailing slash', () => vfs.open(ROOT, '/new/', O_WRONLY | O_CREAT, 0o644), 'EISDIR /new/'],
    ['readFile of a dir', () => vfs.readFile(ROOT, '/d'), 'EISDIR'],
    ['readdir of a file', () => vfs.readdir(ROOT, '/d/f'), 'ENOTDIR /d/f'],
    ['mkdir existing', () => vfs.mkdir(ROOT, '/d', 0o755, false), 'EEXIST /d'],
    ['mkdir missing parent', () => vfs.mkdir(ROOT, '/x/y', 0o755, false), 'ENOENT /x/y'],
    ['mkdir -p through a file', () => vfs.mkdir(ROOT, '/d/f/g', 0o755, true), 'ENOTDIR /d/f/g'],
    ['rmdir non-empty', () => vfs.rmdir(ROOT, '/d'), 'ENOTEMPTY /d'],
    ['rmdir a file', () => vfs.rmdir(ROOT, '/d/f'), 'ENOTDIR /d/f'],
    ['rmdir .', () => vfs.rmdir(ROOT, '/empty/.'), 'EINVAL /empty/.'],
    ['rmdir a mount point', () => vfs.rmdir(ROOT, '/'), 'EBUSY /'],
    ['unlink a dir', () => vfs.unlink(ROOT, '/d'), 'EISDIR /d'],
    ['unlink missing', () => vfs.unlink(ROOT, '/nope'), 'ENOENT /nope'],
    ['rename dir over file', () => vfs.rename(ROOT, '/empty', '/d/f'), 'ENOTDIR /empty /d/f'],
    ['rename file over dir', () => vfs.rename(ROOT, '/d/f', '/empty'), 'EISDIR /d/f /empty'],
    ['rename dir over non-empty dir', () => vfs.rename(ROOT, '/empty', '/d'), 'ENOTEMPTY /empty /d'],
    ['rename dir into itself', () => vfs.rename(ROOT, '/d', '/d/sub/x'), 'EINVAL /d /d/sub/x'],
    ['rename missing', () => vfs.rename(ROOT, '/nope', '/x'), 'ENOENT /nope /x'],
    ['link a dir', () => vfs.link(ROOT, '/d', '/d2'), 'EPERM /d /d2'],
    ['link over existing', () => vfs.link(ROOT, '/d/f', '/lf'), 'EEXIST /d/f /lf'],
    ['symlink over existing', () => vfs.symlink(ROOT, 'x', '/d'), 'EEXIST x /d'],
    ['readlink of a file', () => vfs.readlink(ROOT, '/d/f'), 'EINVAL /d/f'],
    ['truncate a dir', () => vfs.truncate(ROOT, '/d', 0), 'EISDIR /d'],
    ['stat dangling', () => vfs.stat(ROOT, '/dangling'), 'ENOENT /dangling'],
    // The guest gave '' and the error carries it, as Node's does.
    ['stat empty path', () => vfs.stat(ROOT, ''), 'ENOENT '],
    ['copyFile missing', () => vfs.copyFile(ROOT, '/nope', '/x', 0), 'ENOENT /nope /x'],
    ['copyFile excl existing', () => vfs.copyFile(ROOT, '/d/f', '/lf', 1), 'EEXIST /d/f /lf'],
    ['mkdtemp in missing dir', () => vfs.mkdtemp(ROOT, '/nope/x-'), 'ENOENT /nope/x-XXXXXX'],
  ];
  for (const [name, fn, expected] of cases) it(name, () => expect(err(fn)).toBe(expected));
});

describe('mounts', () => {
  it('crosses into a mount, and `..` at its root goes back to the parent mount', () => {
    const vfs = fixture();
    const t = new Tmpfs();
    vfs.mount('/mnt', t);
    vfs.writeFile(ROOT, '/mnt/inside', 'i', O_WRONLY | O_CREAT, 0o644);
    expect(vfs.readdir(ROOT, '/mnt').map((d) => d.name)).toEqual(['inside']);
    expect(vfs.readdir(ROOT, '/').map((d) => d.name)).not.toContain('inside');
    expect(vfs.realpath(ROOT, '/mnt/../d')).toBe('/d');
    expect(vfs.realpath({ ...ROOT, cwd: '/mnt' }, '../d/f')).toBe('/d/f');
    expect(vfs.stat(ROOT, '/mnt').dev).not.toBe(vfs.stat(ROOT, '/').dev);
    expect(vfs.stat(ROOT, '/mnt/inside').dev).toBe(vfs.stat(ROOT, '/mnt').dev);
    expect(err(() => vfs.rename(ROOT, '/mnt/inside', '/inside'))).toBe('EXDEV /mnt/inside /inside');
    expect(err(() => vfs.link(ROOT, '/mnt/inside', '/inside'))).toBe('EXDEV /mnt/inside /inside');
    expect(err(() => vfs.rmdir(ROOT, '/mnt'))).toBe('EBUSY /mnt');
  });

  it('a read-only mount is EROFS for writes but not reads', () => {
    const vfs = fixture();
    vfs.remount('/', true);
    expect(err(() => vfs.writeFile(ROOT, '/d/f', 'x', O_WRONLY | O_CREAT, 0o644))).toBe('EROFS /d/f');
    expect(err(() => vfs.mkdir(ROOT, '/d/new', 0o755, false))).toBe('EROFS /d/new');
    expect(err(() => vfs.unlink(ROOT, '/d/f'))).toBe('EROFS /d/f');
    expect(err(() => vfs.chmod(ROOT, '/d/f', 0o600))).toBe('EROFS /d/f');
    expect(new TextDecoder().decode(vfs.readFile(ROOT, '/d/f'))).toBe('data');
  });
});

describe('stats', () => {
  it('has stable, distinct inode numbers and counts hard links', () => {
    const vfs = fixture();
    const a = vfs.stat(ROOT, '/d/f');
    expect(vfs.stat(ROOT, '/d/f').ino).toBe(a.ino);
    expect(vfs.stat(ROOT, '/d').ino).not.toBe(a.ino);
    vfs.link(ROOT, '/d/f', '/d/g');
    expect(vfs.stat(ROOT, '/d/g').ino).toBe(a.ino);
    expect(vfs.stat(ROOT, '/d/f').nlink).toBe(2);
    vfs.unlink(ROOT, '/d/f');
    expect(vfs.stat(ROOT, '/d/g').nlink).toBe(1);
    vfs.writeFile(ROOT, '/new', 'n', O_WRONLY | O_CREAT, 0o644);
    // A freed inode number is not handed to the next file (memfs would reuse it).
    expect(vfs.stat(ROOT, '/new').ino).toBeGreaterThan(a.ino);
  });

  it('reports blocks and blksize like Linux tmpfs, and mode & ~umask', () => {
    const vfs = fixture();
    vfs.writeFile(ROOT, '/big', new Uint8Array(5000), O_WRONLY | O_CREAT, 0o666);
    const st = vfs.stat(ROOT, '/big');
    expect([st.size, st.blksize, st.blocks, st.mode & 0o777]).toEqual([5000, 4096, 16, 0o644]);
  });
});
