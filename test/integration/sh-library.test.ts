// /bin/sh driven through the library the way a user would: a container whose /bin/sh is the bundled
// shell (dist/userland/sh.js), run with -c, with a script path, with a script on stdin, and as the
// shell behind child_process's `shell: true` and exec. Also the base image's userland files.

import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userlandFiles } from '../../src/image/userland.js';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

const SH = join(import.meta.dirname, '../../dist/userland/sh.js');
let kernel: Kernel;
let rootfs: string;

beforeAll(() => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-sh-lib-'));
  for (const d of ['bin', 'app', 'tmp']) mkdirSync(join(rootfs, d));
  copyFileSync(SH, join(rootfs, 'bin/sh'));
  chmodSync(join(rootfs, 'bin/sh'), 0o755);
  writeFileSync(join(rootfs, 'app/script.sh'), '#!/bin/sh\necho "script: $# $*"\nexit 7\n');
  chmodSync(join(rootfs, 'app/script.sh'), 0o755);
  writeFileSync(
    join(rootfs, 'app/exec.js'),
    [
      "const cp = require('child_process');",
      "cp.exec('echo $((6*7)) | while read n; do echo got $n; done; exit 3', (err, out) => {",
      '  console.log(JSON.stringify(out), err && err.code);',
      "  const r = cp.spawnSync('ls-not-here || echo fallback', { shell: true, encoding: 'utf8' });",
      '  console.log(r.stdout.trim(), r.status);',
      '});',
    ].join('\n'),
  );
});

afterAll(async () => {
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

async function run(cmd: string[], stdin = ''): Promise<{ out: string; err: string; code: number | null }> {
  const c = await kernel.run({
    rootfs,
    cmd,
    workdir: '/app',
    env: { PATH: '/usr/bin:/bin' },
    openStdin: true,
  });
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  c.stdin.end(stdin);
  const status = await c.wait();
  return { out: await out, err: await err, code: status.exitCode };
}

describe('/bin/sh in a container', () => {
  it('runs sh -c with $0 and arguments, and exits with the last status', async () => {
    const r = await run([
      '/bin/sh',
      '-c',
      'echo "$0:$1:$#"; for i in 1 2; do echo $i; done; false',
      'me',
      'a',
    ]);
    expect(r).toEqual({ out: 'me:a:1\n1\n2\n', err: '', code: 1 });
  });

  it('runs a script by path (shebang) and by `sh FILE args`', async () => {
    expect(await run(['/app/script.sh', 'x', 'y'])).toEqual({ out: 'script: 2 x y\n', err: '', code: 7 });
    expect(await run(['sh', 'script.sh', 'z'])).toEqual({ out: 'script: 1 z\n', err: '', code: 7 });
  });

  it('reads a script from stdin when given no arguments', async () => {
    const r = await run(['/bin/sh'], 'x=$(echo sub)\necho "stdin $x"\nnode -e "console.log(1+1)"\nexit 4\n');
    expect(r).toEqual({ out: 'stdin sub\n2\n', err: '', code: 4 });
  });

  it('reports a missing command with status 127 and a dash-style message', async () => {
    const r = await run(['/bin/sh', '-c', 'nope_cmd; echo "st $?"']);
    expect(r.out).toBe('st 127\n');
    expect(r.err).toBe('sh: 1: nope_cmd: not found\n');
  });

  it('is the shell behind child_process exec and shell: true', async () => {
    const r = await run(['node', '/app/exec.js']);
    expect(r.out).toBe('"got 42\\n" 3\nfallback 0\n');
    expect(r.code).toBe(0);
  });

  it('offers the bundled programs to the base image as /bin/<name>', async () => {
    const files = await userlandFiles();
    expect(files.get('/bin/sh')?.mode).toBe(0o755);
    expect(Buffer.from(files.get('/bin/sh')?.data ?? []).toString('utf8', 0, 16)).toBe('#!/usr/bin/node\n');
  });
});
