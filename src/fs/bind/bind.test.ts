// Unit tests of the bind backend's confinement: a backend handed a path whose component has become a
// symlink (what a host racer does between the VFS's check and the backend's use) must refuse it.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BindFs } from './bind.js';

let base: string;
let fs: BindFs;
const owner = { uid: 0, gid: 0 };
/** O_NOFOLLOW makes a symlink ELOOP, or ENOTDIR where a directory was required: refused either way. */
const NOT_FOLLOWED = /^(ELOOP|ENOTDIR)$/;
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'tsvirt-bindfs-'));
  mkdirSync(join(base, 'root/sub'), { recursive: true });
  writeFileSync(join(base, 'secret.txt'), 'secret');
  writeFileSync(join(base, 'root/sub/f.txt'), 'f');
  symlinkSync(base, join(base, 'root/out'));
  symlinkSync(join(base, 'secret.txt'), join(base, 'root/out-file'));
  fs = new BindFs(join(base, 'root'));
});

afterAll(() => {
  fs.close();
  rmSync(base, { recursive: true, force: true });
});

describe('BindFs', () => {
  it('serves files below its root', () => {
    const f = fs.open(['sub', 'f.txt'], 0);
    expect(new TextDecoder().decode(f.read(10, 0))).toBe('f');
    f.close();
    expect(fs.readdir(['sub'])).toEqual([{ name: 'f.txt', type: 0o100000 }]);
  });

  it('refuses a symlink in any position instead of following it', () => {
    expect(code(() => fs.lstat(['out', 'secret.txt']))).toMatch(NOT_FOLLOWED);
    expect(code(() => fs.open(['out', 'secret.txt'], 0))).toMatch(NOT_FOLLOWED);
    expect(code(() => fs.open(['out-file'], 0))).toBe('ELOOP');
    expect(code(() => fs.readdir(['out']))).toMatch(NOT_FOLLOWED);
    expect(code(() => fs.chmod(['out-file'], 0o777))).toBe('ELOOP');
    expect(code(() => fs.truncate(['out-file'], 0))).toBe('ELOOP');
    expect(code(() => fs.utimes(['out-file'], 0, 0))).toBe('ELOOP');
    expect(code(() => fs.create(['out', 'new.txt'], 1, 0o644, owner))).toMatch(NOT_FOLLOWED);
    expect(code(() => fs.mkdir(['out', 'd'], 0o755, owner))).toMatch(NOT_FOLLOWED);
    expect(code(() => fs.unlink(['out', 'secret.txt']))).toMatch(NOT_FOLLOWED);
    expect(readFileSync(join(base, 'secret.txt'), 'utf8')).toBe('secret');
  });

  it('never accepts `..`, `.` or a slash inside a name', () => {
    expect(code(() => fs.lstat(['..', 'secret.txt']))).toBe('EINVAL');
    expect(code(() => fs.lstat(['sub', '..']))).toBe('EINVAL');
    expect(code(() => fs.lstat(['a/b']))).toBe('EINVAL');
  });

  it('reads a symlink as text without following it', () => {
    expect(fs.readlink(['out'])).toBe(base);
    expect(fs.lstat(['out']).mode & 0o170000).toBe(0o120000);
  });

  it('creates files with the exact mode, ignoring the host umask', () => {
    const f = fs.create(['sub', 'm.txt'], 1, 0o640, owner);
    f.close();
    expect(fs.lstat(['sub', 'm.txt']).mode & 0o7777).toBe(0o640);
  });
});
