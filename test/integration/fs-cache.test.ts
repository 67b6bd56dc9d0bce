// The guest's fs cache (src/runtime/node/fs/cache.ts) through the library: repeated reads are served
// without the kernel (the container's read-bytes counter stands still), and every kind of change is
// seen by the very next read of a cached file — a write by another process, an fd write, a change made
// on the host through the Container's VFS, chmod, rename, unlink — as is a bind-mounted file changed
// on the host behind the kernel's back.

import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { O_TRUNC, O_WRONLY } from '../../src/abi/fs-constants.js';
import { type Container, Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;
let bind: string;

const FILES = ['a', 'b', 'c', 'd', 'e', 'e2', 'f'];
const WATCHED = [...FILES.map((f) => `/data/${f}.txt`), '/bind/g.txt', '/data/glink'];

// A reader that reports the same reads, each made three times (the second and third from its cache),
// whenever a line arrives on stdin.
const READER = `const fs = require('fs');
const paths = JSON.parse(process.argv[2]);
function look(p) {
  const r = {};
  for (let i = 0; i < 3; i++) {
    try { r.data = fs.readFileSync(p, 'utf8'); } catch (e) { r.data = e.code; }
    try { r.mode = (fs.statSync(p).mode & 0o777).toString(8); } catch (e) { r.mode = e.code; }
    r.exists = fs.existsSync(p);
  }
  return r;
}
const snap = () => console.log(JSON.stringify(Object.fromEntries(paths.map((p) => [p, look(p)]))));
snap();
let buf = '';
process.stdin.on('data', (d) => {
  buf += d;
  for (let i = buf.indexOf('\\n'); i >= 0; i = buf.indexOf('\\n')) {
    const line = buf.slice(0, i);
    buf = buf.slice(i + 1);
    if (line === 'exit') process.exit(0);
    snap();
  }
});
`;

type Look = { data: string; mode: string; exists: boolean };
type Snap = Record<string, Look>;

beforeAll(() => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-fscache-'));
  bind = mkdtempSync(join(tmpdir(), 'tsvirt-fscache-bind-'));
  for (const d of ['app', 'etc', 'data', 'bind']) mkdirSync(join(rootfs, d), { recursive: true });
  writeFileSync(join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/:/bin/sh\n');
  writeFileSync(join(rootfs, 'etc/group'), 'root:x:0:\napp:x:1000:\n');
  writeFileSync(join(rootfs, 'app/reader.js'), READER);
  for (const f of FILES) writeFileSync(join(rootfs, `data/${f}.txt`), `${f}1`);
  symlinkSync('/bind/g.txt', join(rootfs, 'data/glink'));
  writeFileSync(join(bind, 'g.txt'), 'g1');
  chmodSync(bind, 0o755);
});

afterAll(async () => {
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
  rmSync(bind, { recursive: true, force: true });
});

/** Starts the reader (as uid 1000, so a chmod can take its read access away) and hands out snapshots. */
async function startReader(): Promise<{ c: Container; snap: () => Promise<Snap>; end: () => Promise<void> }> {
  const c = await kernel.run({
    rootfs,
    user: '1000:1000',
    cmd: ['node', '/app/reader.js', JSON.stringify(WATCHED)],
    mounts: [{ type: 'bind', source: bind, target: '/bind' }],
    openStdin: true,
  });
  const err = collect(c.stderr);
  const lines: string[] = [];
  const waiters: Array<(l: string) => void> = [];
  let buf = '';
  c.stdout.setEncoding('utf8');
  c.stdout.on('data', (d: string) => {
    buf += d;
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      const w = waiters.shift();
      if (w) w(line);
      else lines.push(line);
    }
  });
  const next = () =>
    new Promise<Snap>((resolve) => {
      const take = (l: string) => resolve(JSON.parse(l) as Snap);
      const l = lines.shift();
      if (l !== undefined) take(l);
      else waiters.push(take);
    });
  await next();
  // The first read of each file since it was written stamps its atime (relatime), which is a change
  // like any other (a second one when that read fell in the same millisecond as the file's ctime);
  // after that, reads leave the files alone and stay cached.
  for (let i = 0; i < 5; i++) {
    const gen = c.vfs.generation.value;
    c.stdin.write('warm\n');
    await next();
    if (c.vfs.generation.value === gen) break;
  }
  return {
    c,
    snap: () => {
      c.stdin.write('go\n');
      return next();
    },
    end: async () => {
      c.stdin.write('exit\n');
      const status = await c.wait();
      expect(status.exitCode, await err).toBe(0);
    },
  };
}

/** Runs a program as another process of the container (root) and waits for it. */
async function other(c: Container, script: string): Promise<void> {
  const p = c.exec(['node', '-e', script], { user: '0:0' });
  const [out, err, status] = await Promise.all([collect(p.stdout), collect(p.stderr), p.wait()]);
  expect(status.exitCode, `${out}${err}`).toBe(0);
}

const ROOT = { cwd: '/', uid: 0, gid: 0, umask: 0o022 };

describe('the guest fs cache', () => {
  it('answers repeated reads without the kernel, and sees every change at the next read', async () => {
    const r = await startReader();
    const readBytes = () => r.c.stats().fs.readBytes;

    // Cached: a whole snapshot again reads nothing but the bind mount's file (read twice: direct and
    // through the link), since only the kernel reads count. That is what makes the rest meaningful.
    const before = readBytes();
    const again = await r.snap();
    expect(readBytes() - before).toBe(2 * 3 * 'g1'.length);
    expect(again['/data/a.txt']).toEqual({ data: 'a1', mode: '644', exists: true });

    // Another process that only runs (no change) leaves the cache warm. Its first run may read files
    // of the container for the first time since they were written (the kernel resolving its user),
    // and that first read stamps their atime (relatime), a change like any other; after one run and
    // a snapshot that re-warms the cache, a second run changes nothing.
    await other(r.c, '0');
    await r.snap();
    await other(r.c, '0');
    const quiet = readBytes();
    await r.snap();
    expect(readBytes() - quiet).toBe(2 * 3 * 'g1'.length);

    // A write by another process of the same container.
    await other(r.c, "require('fs').writeFileSync('/data/a.txt', 'a2')");
    expect((await r.snap())['/data/a.txt']?.data).toBe('a2');

    // A write through an fd, without changing the size.
    await other(
      r.c,
      "const fs = require('fs'); const fd = fs.openSync('/data/b.txt', 'r+'); fs.writeSync(fd, 'B'); fs.closeSync(fd)",
    );
    expect((await r.snap())['/data/b.txt']?.data).toBe('B1');

    // The host, through the container's VFS (what archive puts and copies into a container use).
    r.c.vfs.writeFile(ROOT, '/data/c.txt', 'c2', O_WRONLY | O_TRUNC, 0o644);
    expect((await r.snap())['/data/c.txt']?.data).toBe('c2');

    // chmod: the reader (uid 1000) loses read access; stat shows the new mode.
    await other(r.c, "require('fs').chmodSync('/data/d.txt', 0o600)");
    expect((await r.snap())['/data/d.txt']).toEqual({ data: 'EACCES', mode: '600', exists: true });

    // rename over a cached file: its name shows the other content, the old name is gone.
    await other(r.c, "require('fs').renameSync('/data/e2.txt', '/data/e.txt')");
    const renamed = await r.snap();
    expect(renamed['/data/e.txt']?.data).toBe('e21');
    expect(renamed['/data/e2.txt']).toEqual({ data: 'ENOENT', mode: 'ENOENT', exists: false });

    // unlink.
    await other(r.c, "require('fs').unlinkSync('/data/f.txt')");
    expect((await r.snap())['/data/f.txt']).toEqual({ data: 'ENOENT', mode: 'ENOENT', exists: false });

    // A bind-mounted file changed on the host, read directly and through a link on the root.
    writeFileSync(join(bind, 'g.txt'), 'g2');
    const bound = await r.snap();
    expect(bound['/bind/g.txt']?.data).toBe('g2');
    expect(bound['/data/glink']?.data).toBe('g2');
    await r.end();
  });

  it('is bounded: 4 MiB, least recently used dropped first, no value over 1 MiB', async () => {
    const file = '/app/lru.js';
    writeFileSync(
      join(rootfs, file),
      `const fs = require('fs');
const KB = 1000 * 1024;
const name = (n) => '/tmp/lru' + n;
process.stdin.setEncoding('utf8');
process.stdin.on('data', async (d) => {
  for (const cmd of d.split('\\n').filter(Boolean)) {
    if (cmd === 'prep') {
      fs.mkdirSync('/tmp', { recursive: true });
      for (let n = 1; n <= 5; n++) fs.writeFileSync(name(n), Buffer.alloc(KB, n));
      fs.writeFileSync('/tmp/big', Buffer.alloc(2 * 1024 * 1024, 9));
      // Past the files' ctime, then a first read of each (the relatime stamp), then the reads cached.
      await new Promise((r) => setTimeout(r, 20));
      fs.readFileSync('/tmp/big');
      for (let pass = 0; pass < 2; pass++) for (let n = 1; n <= 5; n++) fs.readFileSync(name(n));
    } else if (cmd === 'exit') {
      process.exit(0);
    } else {
      fs.readFileSync(cmd === 'big' ? '/tmp/big' : name(cmd));
    }
    console.log('ok');
  }
});`,
    );
    const c = await kernel.run({ rootfs, cmd: ['node', file], openStdin: true });
    const err = collect(c.stderr);
    c.stdout.setEncoding('utf8');
    const oks: Array<() => void> = [];
    c.stdout.on('data', (d: string) => {
      for (const _ of d.match(/ok\n/g) ?? []) oks.shift()?.();
    });
    /** Bytes the kernel read for one command (0: served from the cache). */
    const cost = async (cmd: string) => {
      const before = c.stats().fs.readBytes;
      const done = new Promise<void>((resolve) => oks.push(resolve));
      c.stdin.write(`${cmd}\n`);
      await done;
      return c.stats().fs.readBytes - before;
    };
    await cost('prep');
    const KB = 1000 * 1024;
    // Four of the five 1000 KiB files fit in 4 MiB: the first was dropped when the fifth came in.
    expect(await cost('5')).toBe(0);
    expect(await cost('2')).toBe(0);
    expect(await cost('1')).toBe(KB);
    // Reading 1 again dropped the least recently used one (3; 2 was just used), not 2.
    expect(await cost('2')).toBe(0);
    expect(await cost('3')).toBe(KB);
    // A value over 1 MiB is never kept.
    expect(await cost('big')).toBe(2 * 1024 * 1024);
    expect(await cost('big')).toBe(2 * 1024 * 1024);
    c.stdin.write('exit\n');
    expect((await c.wait()).exitCode, await err).toBe(0);
  });

  it('hands out copies: changing a returned Buffer does not change the next read', async () => {
    const file = '/app/copy.js';
    writeFileSync(
      join(rootfs, file),
      `const fs = require('fs');
const a = fs.readFileSync('/data/a.txt'); a[0] = 0x5a;
const b = fs.readFileSync('/data/a.txt'); b[1] = 0x5a;
const d = fs.readdirSync('/data'); d.push('bogus');
console.log(String(fs.readFileSync('/data/a.txt')), fs.readdirSync('/data').includes('bogus'));`,
    );
    const c = await kernel.run({ rootfs, cmd: ['node', file] });
    const [out, err, status] = await Promise.all([collect(c.stdout), collect(c.stderr), c.wait()]);
    expect(status.exitCode, err).toBe(0);
    expect(out).toMatch(/^[a-z]\d false\n$/);
  });
});
