// Integration: the resource flags of `tsvirt run` driven as a subprocess, each with the errno or exit
// code a user sees: --storage-opt (ENOSPC, counting tmpfs), --memory (137), --ulimit nofile (EMFILE),
// --timeout (124, after the stop signal and --stop-timeout), --stats-file (final figures as JSON),
// --cpu-shares and --memory-reservation (into the spec), and one-line errors (125) for bad values.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, FIXTURE_ROOTFS as R, tsvirt } from '../helpers/cli.js';

let tmp: string;

beforeAll(() => {
  assertBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'tsvirt-limits-cli-'));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Guest code: writes `mb` MiB to `file` in 64 KiB chunks, prints how far it got and the error code. */
function writer(file: string, mb: number): string {
  return [
    "const fs = require('fs');",
    `const fd = fs.openSync(${JSON.stringify(file)}, 'w');`,
    'const chunk = Buffer.alloc(64 * 1024, 1); let n = 0;',
    `try { for (let i = 0; i < ${mb * 16}; i++) { fs.writeSync(fd, chunk); n += chunk.length; } console.log('wrote', n); }`,
    "catch (e) { console.log(e.code, e.syscall, n <= 1024 * 1024 ? 'within' : 'past'); }",
  ].join('\n');
}

describe('--storage-opt size', () => {
  it('fails writes past the size with ENOSPC in the writable layer', async () => {
    const r = await tsvirt([
      'run',
      '--storage-opt',
      'size=1m',
      '--rootfs',
      R,
      'node',
      '-e',
      writer('/tmp/big', 2),
    ]);
    expect(r).toMatchObject({ code: 0, stderr: '', stdout: 'ENOSPC write within\n' });
  });

  it('counts tmpfs mounts against the same size', async () => {
    const r = await tsvirt([
      'run',
      '--storage-opt',
      'size=1m',
      '--tmpfs',
      '/scratch',
      '--rootfs',
      R,
      'node',
      '-e',
      writer('/scratch/big', 2),
    ]);
    expect(r).toMatchObject({ code: 0, stderr: '', stdout: 'ENOSPC write within\n' });
  });

  it('lets a container write below the size, and frees space on unlink', async () => {
    const code = [
      "const fs = require('fs'); const b = Buffer.alloc(600 * 1024);",
      "for (let i = 0; i < 5; i++) { fs.writeFileSync('/tmp/f', b); fs.unlinkSync('/tmp/f'); }",
      "console.log('ok');",
    ].join('\n');
    const r = await tsvirt(['run', '--storage-opt', 'size=1m', '--rootfs', R, 'node', '-e', code]);
    expect(r).toMatchObject({ code: 0, stderr: '', stdout: 'ok\n' });
  });
});

describe('--memory', () => {
  it('OOM-kills a container past its memory limit: exit 137', async () => {
    const bomb = 'const a = []; for (;;) a.push({ i: a.length, s: "x" + a.length });';
    const r = await tsvirt(['run', '--memory', '32m', '--rootfs', R, 'node', '-e', bomb], {
      timeoutMs: 60_000,
    });
    expect(r.code).toBe(137);
  });

  it('counts file bytes against the memory limit: ENOSPC at the limit, then the OOM kill', async () => {
    const r = await tsvirt(['run', '--memory', '32m', '--rootfs', R, 'node', '-e', writer('/tmp/big', 64)]);
    // The kernel never holds more file bytes than the limit; file + heap bytes past it are an OOM.
    expect(r).toMatchObject({ code: 137, stdout: 'ENOSPC write past\n' });
  });

  it('runs a program under the smallest limit docker allows (6m; the runtime boots in a bigger heap)', async () => {
    const r = await tsvirt(['run', '--memory', '6m', '--rootfs', R, 'node', '/app/exit.js', '3']);
    expect(r).toMatchObject({ code: 3, stderr: '' });
  });
});

describe('--ulimit nofile', () => {
  it('fails open past the limit with EMFILE', async () => {
    const code = [
      "const fs = require('fs'); let n = 0;",
      "try { for (;;) { fs.openSync('/etc/passwd', 'r'); n++; } } catch (e) { console.log(e.code, n); }",
    ].join('\n');
    const r = await tsvirt(['run', '--ulimit', 'nofile=16', '--rootfs', R, 'node', '-e', code]);
    // 16 descriptors, three of them stdio.
    expect(r).toMatchObject({ code: 0, stderr: '', stdout: 'EMFILE 13\n' });
  });
});

describe('--timeout and --stop-timeout', () => {
  it('ends a spinning run with exit 124', async () => {
    const r = await tsvirt(['run', '--timeout', '0.5', '--rootfs', R, 'node', '-e', 'while (true) {}']);
    expect(r.code).toBe(124);
  });

  it('sends the stop signal first, then SIGKILL after --stop-timeout; still exit 124', async () => {
    const code = [
      "process.on('SIGTERM', () => console.log('got SIGTERM'));",
      "setInterval(() => {}, 1000); console.log('up');",
    ].join('\n');
    const r = await tsvirt([
      'run',
      // Long enough for the program to boot and install its handler even on a loaded machine.
      '--timeout',
      '3s',
      '--stop-timeout',
      '1',
      '--rootfs',
      R,
      'node',
      '-e',
      code,
    ]);
    expect(r).toMatchObject({ code: 124, stdout: 'up\ngot SIGTERM\n' });
  });

  it('leaves a run that ends in time alone', async () => {
    const r = await tsvirt(['run', '--timeout', '1m', '--rootfs', R, 'node', '/app/exit.js', '3']);
    expect(r.code).toBe(3);
  });
});

describe('--stats-file', () => {
  it('writes the final stats, the limits and the exit status as JSON', async () => {
    const file = join(tmp, 'stats.json');
    const code = [
      "const fs = require('fs'); const b = Buffer.alloc(100 * 1000, 7);",
      "fs.writeFileSync('/tmp/data', b); const back = fs.readFileSync('/tmp/data');",
      'let x = 0; for (let i = 0; i < 2e6; i++) x += i; console.log(back.length, x > 0);',
    ].join('\n');
    const r = await tsvirt([
      'run',
      '--stats-file',
      file,
      '--cpu-shares',
      '512',
      '--memory',
      '64m',
      '--memory-reservation',
      '32m',
      '--storage-opt',
      'size=10m',
      '--rootfs',
      R,
      'node',
      '-e',
      code,
    ]);
    expect(r).toMatchObject({ code: 0, stderr: '', stdout: '100000 true\n' });
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc.status).toMatchObject({ exitCode: 0, oomKilled: false });
    expect(doc.limits).toEqual({
      memory: 64 * 1024 ** 2,
      memoryReservation: 32 * 1024 ** 2,
      cpuShares: 512,
      storage: 10 * 1024 ** 2,
    });
    expect(doc.stats.fs.writtenBytes).toBeGreaterThanOrEqual(100_000);
    expect(doc.stats.fs.readBytes).toBeGreaterThanOrEqual(100_000);
    expect(doc.stats.fs.usage).toBe(100_000);
    expect(doc.stats.fs.limit).toBe(10 * 1024 ** 2);
    expect(doc.stats.cpu.usageUs).toBeGreaterThan(0);
    expect(doc.stats.memory.peak).toBeGreaterThan(100_000);
    expect(doc.stats.memory.limit).toBe(64 * 1024 ** 2);
    expect(doc.stats.memory.oomKills).toBe(0);
    expect(doc.stats.net).toMatchObject({ rxBytes: 0, txBytes: 0 });
  });

  it('fails with 125 when the file cannot be written', async () => {
    const r = await tsvirt([
      'run',
      '--stats-file',
      join(tmp, 'no/such/dir.json'),
      '--rootfs',
      R,
      'node',
      '/app/exit.js',
      '0',
    ]);
    expect(r.code).toBe(125);
    expect(r.stderr).toMatch(/^tsvirt: --stats-file .*: no such file or directory\n$/);
  });
});

describe('bad values', () => {
  it.each([
    [['--cpu-shares', 'lots'], /invalid argument "lots" for "-c, --cpu-shares" flag/],
    [['--cpu-shares', '-5'], /shares must be a non-negative integer/],
    [['--storage-opt', 'inodes=5'], /storage option "inodes" is not supported/],
    [['--storage-opt', 'size=big'], /invalid size: 'big'/],
    [['--stop-timeout', '1.5'], /invalid argument "1.5" for "--stop-timeout" flag/],
    [['--timeout', '5x'], /invalid time interval '5x'/],
    [['--memory', '64m', '--memory-reservation', '1g'], /can not be less than memory reservation/],
    [['--memory-reservation', 'some'], /invalid argument "some" for "--memory-reservation" flag/],
    [['--cpus', '0'], /range of CPUs must be greater than 0/],
    [['--memory', '1k'], /minimum memory limit allowed is 6MB/],
    [['--pids-limit', 'x'], /invalid argument "x" for "--pids-limit" flag/],
    [['--ulimit', 'nofile=0'], /limits must be positive integers/],
  ])('%j is one line and exit 125', async (flags, message) => {
    const r = await tsvirt(['run', ...flags, '--rootfs', R, 'node', '/app/exit.js', '0']);
    expect(r.code).toBe(125);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});
