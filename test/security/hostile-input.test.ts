// Security: hostile input from the CLI user and the library user. Each must be a one-line error with
// exit 125 (or a SpecError from the library) — never a crash, a silent drop or a surprising meaning:
// an --env-file that is /dev/zero (it aborted the CLI with std::bad_alloc, exit 134) or a directory,
// a mount over the root, a mount target with `..` (an internal ENOENT), uids past Docker's range, an
// image's passwd whose uid field is empty (it read as 0: root), env names with `=` or none at all.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { assertBuilt, FIXTURE_ROOTFS, tsvirt } from '../helpers/cli.js';

let tmp: string;
let root: string;

beforeAll(() => {
  assertBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'tsvirt-hostile-input-'));
  root = join(tmp, 'rootfs');
  cpSync(FIXTURE_ROOTFS, root, { recursive: true });
  // A hostile image's passwd: a user whose uid field is empty, one whose uid is out of range.
  writeFileSync(
    join(root, 'etc/passwd'),
    'root:x:0:0:root:/root:/bin/sh\nempty:x::1000::/:/bin/sh\nhuge:x:99999999999:1000::/:/bin/sh\n',
  );
  writeFileSync(join(root, 'app/ids.js'), 'console.log(process.getuid(), process.getgid())\n');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A tsvirt error: exit 125, one line on stderr naming the problem, no stack trace. */
function expectCliError(r: { code: number | null; stderr: string; stdout: string }, what: RegExp): void {
  expect(r.code, r.stderr).toBe(125);
  expect(r.stderr).toMatch(/^tsvirt: .*\n$/);
  expect(r.stderr).toMatch(what);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('hostile CLI input', () => {
  it('--env-file /dev/zero is a one-line error, not an abort', async () => {
    const r = await tsvirt([
      'run',
      '--rm',
      '--env-file',
      '/dev/zero',
      '--rootfs',
      root,
      'node',
      '/app/ids.js',
    ]);
    expectCliError(r, /--env-file \/dev\/zero: file too large/);
  });

  it('--env-file naming a directory says so', async () => {
    const r = await tsvirt(['run', '--rm', '--env-file', tmp, '--rootfs', root, 'node', '/app/ids.js']);
    expectCliError(r, /is a directory/);
  });

  it('a volume over the root is refused, as Docker does', async () => {
    const r = await tsvirt(['run', '--rm', '-v', `${tmp}:/`, '--rootfs', root, 'node', '/app/ids.js']);
    expectCliError(r, /destination can't be '\/'/);
  });

  it('a volume target with .. is cleaned, not an internal error', async () => {
    writeFileSync(join(tmp, 'marker'), 'inside\n');
    const r = await tsvirt([
      'run',
      '--rm',
      '-v',
      `${tmp}:/x/../../y/`,
      '--rootfs',
      root,
      'node',
      '-e',
      "process.stdout.write(require('fs').readFileSync('/y/marker','utf8'))",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('inside\n');
  });

  it('uids out of range, or read from a passwd field that is not a number, are refused', async () => {
    for (const user of ['99999999999', '1000:4294967296', 'empty', 'huge']) {
      const r = await tsvirt(['run', '--rm', '-u', user, '--rootfs', root, 'node', '/app/ids.js']);
      expectCliError(r, /uids and gids must be in range 0-2147483647/);
    }
    const ok = await tsvirt(['run', '--rm', '-u', '2147483647:5', '--rootfs', root, 'node', '/app/ids.js']);
    expect(ok.stdout).toBe('2147483647 5\n');
  });
});

describe('hostile library input', () => {
  it('refuses env names that are empty or hold =, and mounts over the root', async () => {
    const kernel = new Kernel({ warmPool: 0 });
    try {
      const base = { rootfs: root, cmd: ['node', '/app/ids.js'] };
      await expect(kernel.run({ ...base, env: ['=x'] })).rejects.toThrow(/invalid environment variable: =x/);
      await expect(kernel.run({ ...base, env: { 'A=B': 'x' } })).rejects.toThrow(
        /invalid environment variable name/,
      );
      await expect(kernel.run({ ...base, env: { '': 'x' } })).rejects.toThrow(
        /invalid environment variable name/,
      );
      await expect(kernel.run({ ...base, mounts: [{ type: 'tmpfs', target: '//' }] })).rejects.toThrow(
        /destination can't be '\/'/,
      );
    } finally {
      await kernel.close();
    }
  });
});
