// Unit tests of the fs generation: every kind of change to stable storage bumps it — through paths,
// through fds, copy-ups and whiteouts of the overlay, mounts — while reads leave it alone (but for the
// relatime atime stamp of a first read after a change), the processes' shared words get each new
// value, and lookups that touch a bind, proc or dev mount are counted as unstable.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { O_CREAT, O_RDONLY, O_RDWR, O_WRONLY } from '../abi/fs-constants.js';
import { mergeLayers } from '../image/apply.js';
import type { LayerEntry } from '../image/tree.js';
import { BindFs } from './bind/bind.js';
import { GEN_BYTE_OFFSET } from './generation.js';
import { LowerLayer } from './overlay/lower.js';
import { OverlayFs } from './overlay/overlay.js';
import { Tmpfs } from './tmpfs/tmpfs.js';
import type { FsCaller } from './types.js';
import { Vfs } from './vfs.js';

const ROOT: FsCaller = { cwd: '/', uid: 0, gid: 0, umask: 0o022 };
const enc = (s: string) => new TextEncoder().encode(s);

function overlayRoot(): OverlayFs {
  const file = (data: string): LayerEntry => ({
    type: 'file',
    mode: 0o644,
    uid: 0,
    gid: 0,
    mtime: 1,
    data: enc(data),
  });
  const entries = new Map<string, LayerEntry>([
    ['/d', { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 1 }],
    ['/d/f', file('lower')],
    ['/d/g', file('lower g')],
    ['/d/sub', { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 1 }],
    ['/d/link', { type: 'symlink', mode: 0o777, uid: 0, gid: 0, mtime: 1, target: 'f' }],
  ]);
  return new OverlayFs(new LowerLayer(mergeLayers([{ entries, whiteouts: new Set(), opaque: new Set() }])));
}

function tmpfsRoot(): Tmpfs {
  const fs = new Tmpfs();
  const vfs = new Vfs(fs);
  vfs.mkdir(ROOT, '/d', 0o755, false);
  vfs.mkdir(ROOT, '/d/sub', 0o755, false);
  vfs.writeFile(ROOT, '/d/f', 'upper', O_WRONLY | O_CREAT, 0o644);
  vfs.writeFile(ROOT, '/d/g', 'upper g', O_WRONLY | O_CREAT, 0o644);
  vfs.symlink(ROOT, 'f', '/d/link');
  return fs;
}

/** Every mutation the VFS offers, by path and through an fd. */
const MUTATIONS: Record<string, (vfs: Vfs) => void> = {
  create: (v) => v.writeFile(ROOT, '/d/new', 'x', O_WRONLY | O_CREAT, 0o644),
  overwrite: (v) => v.writeFile(ROOT, '/d/f', 'y', O_WRONLY, 0o644),
  'fd write': (v) => {
    const f = v.open(ROOT, '/d/f', O_RDWR, 0);
    f.write(enc('Z'), 0);
    f.close();
  },
  'fd truncate': (v) => {
    const f = v.open(ROOT, '/d/f', O_RDWR, 0);
    f.truncate(1);
    f.close();
  },
  'fd chmod': (v) => v.open(ROOT, '/d/f', O_RDONLY, 0).chmod(0o600),
  'fd chown': (v) => v.open(ROOT, '/d/f', O_RDONLY, 0).chown(5, 5),
  'fd utimes': (v) => v.open(ROOT, '/d/f', O_RDONLY, 0).utimes(5, 5),
  truncate: (v) => v.truncate(ROOT, '/d/f', 2),
  unlink: (v) => v.unlink(ROOT, '/d/f'),
  rename: (v) => v.rename(ROOT, '/d/g', '/d/f'),
  mkdir: (v) => v.mkdir(ROOT, '/d/n', 0o755, false),
  rmdir: (v) => v.rmdir(ROOT, '/d/sub'),
  'rm -r': (v) => v.rm(ROOT, '/d', true, false),
  chmod: (v) => v.chmod(ROOT, '/d/f', 0o600),
  chown: (v) => v.chown(ROOT, '/d/f', 5, 5),
  utimes: (v) => v.utimes(ROOT, '/d/f', 1, 1),
  symlink: (v) => v.symlink(ROOT, 'f', '/d/l2'),
  link: (v) => v.link(ROOT, '/d/f', '/d/h'),
  copyFile: (v) => v.copyFile(ROOT, '/d/f', '/d/copy', 0),
  mkdtemp: (v) => v.mkdtemp(ROOT, '/d/t-'),
  mount: (v) => v.mount('/d/sub', new Tmpfs()),
  remount: (v) => v.remount('/', true),
};

/** Reads, which must leave it alone once every file has been read since its last change. */
const READS: Record<string, (vfs: Vfs) => void> = {
  readFile: (v) => v.readFile(ROOT, '/d/f'),
  'fd read': (v) => v.open(ROOT, '/d/g', O_RDONLY, 0).read(100, 0),
  stat: (v) => v.stat(ROOT, '/d/link'),
  lstat: (v) => v.lstat(ROOT, '/d/link'),
  readdir: (v) => v.readdir(ROOT, '/d'),
  access: (v) => v.access(ROOT, '/d/f', 4),
  realpath: (v) => v.realpath(ROOT, '/d/link'),
  readlink: (v) => v.readlink(ROOT, '/d/link'),
  missing: (v) => expect(() => v.stat(ROOT, '/d/nope')).toThrow(),
};

describe.each([
  ['tmpfs', tmpfsRoot],
  ['overlay', overlayRoot],
])('the fs generation on a %s root', (_name, root) => {
  it.each(Object.keys(MUTATIONS))('is bumped by %s', (name) => {
    const vfs = new Vfs(root());
    const before = vfs.generation.value;
    MUTATIONS[name]?.(vfs);
    expect(vfs.generation.value).toBeGreaterThan(before);
  });

  it('is left alone by reads once each file was read since its last change', async () => {
    const vfs = new Vfs(root());
    // relatime: the first read after a change stamps atime, which is a change; wait a millisecond so
    // that stamp is later than the file's ctime.
    await new Promise((r) => setTimeout(r, 5));
    for (const f of ['/d/f', '/d/g']) vfs.readFile(ROOT, f);
    const before = vfs.generation.value;
    for (const read of Object.values(READS)) read(vfs);
    expect(vfs.generation.value).toBe(before);
    // And a stat shows the atime a real read left, so a cached read (which skips it) hides nothing.
    const atime = vfs.stat(ROOT, '/d/f').atimeMs;
    vfs.readFile(ROOT, '/d/f');
    expect(vfs.stat(ROOT, '/d/f').atimeMs).toBe(atime);
  });
});

describe('the generation word', () => {
  it('is written into every watching process, which the kernel never reads back', () => {
    const vfs = new Vfs(tmpfsRoot());
    const a = new Int32Array(new SharedArrayBuffer(16));
    const b = new Int32Array(new SharedArrayBuffer(16));
    const small = new Int32Array(new SharedArrayBuffer(4));
    vfs.generation.watch(a);
    vfs.generation.watch(b);
    vfs.generation.watch(small);
    const slot = (w: Int32Array) => new BigInt64Array(w.buffer, GEN_BYTE_OFFSET, 1);
    expect(slot(a)[0]).toBe(BigInt(vfs.generation.value));
    // A process scribbling on its own word changes nothing for the kernel or for the other process.
    slot(a)[0] = 12345n;
    vfs.mkdir(ROOT, '/x', 0o755, false);
    expect(slot(a)[0]).toBe(BigInt(vfs.generation.value));
    expect(slot(b)[0]).toBe(BigInt(vfs.generation.value));
    expect(small[0]).toBe(0);
  });
});

describe('unstable lookups', () => {
  const host = mkdtempSync(join(tmpdir(), 'tsvirt-gen-'));
  writeFileSync(join(host, 'f'), 'host');
  afterAll(() => rmSync(host, { recursive: true, force: true }));

  it('count any path that touches a bind mount, even through a link on the root', () => {
    const vfs = new Vfs(tmpfsRoot());
    vfs.mkdir(ROOT, '/b', 0o755, false);
    vfs.mount('/b', new BindFs(host), { fsType: 'bind' });
    vfs.symlink(ROOT, '/b/f', '/tolink');
    const unstable = (fn: () => void) => {
      const n = vfs.unstableLookups;
      fn();
      return vfs.unstableLookups > n;
    };
    expect(unstable(() => vfs.readFile(ROOT, '/d/f'))).toBe(false);
    expect(unstable(() => vfs.stat(ROOT, '/d/link'))).toBe(false);
    expect(unstable(() => vfs.readFile(ROOT, '/b/f'))).toBe(true);
    expect(unstable(() => vfs.readFile(ROOT, '/tolink'))).toBe(true);
    expect(unstable(() => expect(() => vfs.stat(ROOT, '/b/missing')).toThrow())).toBe(true);
  });
});
