// The runtime's V8 code cache kept in $TSVIRT_HOME/cache, through the CLI as a user meets it: the first
// `tsvirt run` writes it (owner-only), later runs read it, and a damaged or foreign-writable file is
// never handed to V8: the run works as before and a good file replaces the damaged one. A home keeps
// the newest four runtime caches.

import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, FIXTURE_ROOTFS, tsvirt } from '../helpers/cli.js';

let home: string;
const run = () =>
  tsvirt(['run', '--rm', '--rootfs', FIXTURE_ROOTFS, 'node', '-e', 'console.log(6 * 7)'], {
    env: { ...process.env, TSVIRT_HOME: home },
    timeoutMs: 60_000,
  });
const cacheFiles = () => readdirSync(join(home, 'cache')).filter((f) => f.endsWith('.v8cache'));

beforeAll(() => {
  assertBuilt();
  home = mkdtempSync(join(tmpdir(), 'tsvirt-cache-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('the runtime code cache on disk', () => {
  it('is written by the first run, owner-only, and used by the next', async () => {
    const first = await run();
    expect(first).toMatchObject({ code: 0, stdout: '42\n', stderr: '' });
    const files = cacheFiles();
    expect(files).toHaveLength(1);
    const file = join(home, 'cache', files[0] as string);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'cache')).mode & 0o077).toBe(0);
    const before = statSync(file).ino;
    const second = await run();
    expect(second).toMatchObject({ code: 0, stdout: '42\n', stderr: '' });
    // Read, not rewritten: a rewrite renames a new file into place (another inode).
    expect(statSync(file).ino).toBe(before);
  }, 120_000);

  it('ignores a damaged file and replaces it with a good one', async () => {
    const file = join(home, 'cache', cacheFiles()[0] as string);
    const good = readFileSync(file);
    const damaged = Buffer.from(good);
    for (let i = 40; i < damaged.length; i += 997) damaged[i] = (damaged[i] ?? 0) ^ 0xff;
    writeFileSync(file, damaged);
    const r = await run();
    expect(r).toMatchObject({ code: 0, stdout: '42\n', stderr: '' });
    const after = readFileSync(file);
    expect(after.equals(damaged)).toBe(false);
    // Its first 32 bytes are the SHA-256 of the rest again.
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(after.subarray(32)).digest().equals(after.subarray(0, 32))).toBe(true);
  }, 120_000);

  it('does not read a file others can write', async () => {
    const file = join(home, 'cache', cacheFiles()[0] as string);
    writeFileSync(file, Buffer.from('x'.repeat(64)));
    chmodSync(file, 0o666);
    const r = await run();
    expect(r).toMatchObject({ code: 0, stdout: '42\n', stderr: '' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  }, 120_000);

  it('keeps the newest four caches when another runtime writes one (old builds are removed)', async () => {
    // Caches of older runtime builds, older than the current one.
    const stale = ['0', '1', '2', '3', '4'].map((d) =>
      join(home, 'cache', `runtime-${d.repeat(32)}.v8cache`),
    );
    stale.forEach((f, i) => {
      writeFileSync(f, Buffer.alloc(64), { mode: 0o600 });
      utimesSync(f, 1_000_000 + i, 1_000_000 + i);
    });
    // Unrelated files in the directory are left alone.
    writeFileSync(join(home, 'cache', 'notes.txt'), 'mine');
    rmSync(join(home, 'cache', cacheFiles().find((f) => !stale.some((s) => s.endsWith(f))) as string));
    const r = await run();
    expect(r).toMatchObject({ code: 0, stdout: '42\n', stderr: '' });
    const left = cacheFiles();
    expect(left).toHaveLength(4);
    // The new cache and the three newest old ones stay; the two oldest are gone.
    expect(left.filter((f) => stale.some((s) => s.endsWith(f))).sort()).toEqual(
      [2, 3, 4].map((d) => `runtime-${String(d).repeat(32)}.v8cache`),
    );
    expect(readdirSync(join(home, 'cache'))).toContain('notes.txt');
  }, 120_000);
});
