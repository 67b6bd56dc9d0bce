// Integration: `tsvirt run` driven as a subprocess, the way a user runs it: exit codes, stdio,
// environment, working directory, user, host name, names and bad input. Needs `node src/build.mjs`.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, FIXTURE_ROOTFS as R, REPO, TSVIRT, tsvirt } from '../helpers/cli.js';

let tmp: string;

beforeAll(() => {
  assertBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'tsvirt-cli-run-'));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** whoami.js prints one JSON line describing what the process sees. */
function seen(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout.trim()) as Record<string, unknown>;
}

describe('exit codes', () => {
  it('exits 0 and prints the program output', async () => {
    const r = await tsvirt(['run', '--rm', '--rootfs', R, 'node', '/app/hello.js', 'you']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^hello, you, from [0-9a-f]{12}\n$/);
  });

  it("exits with PID 1's exit code", async () => {
    expect((await tsvirt(['run', '--rootfs', R, 'node', '/app/exit.js', '7'])).code).toBe(7);
    expect((await tsvirt(['run', '--rootfs', R, 'node', '-e', 'throw new Error("x")'])).code).toBe(1);
  });

  it('exits 127 when the command is not found and 126 when it is not executable', async () => {
    const missing = await tsvirt(['run', '--rootfs', R, 'nosuchcmd']);
    expect(missing.code).toBe(127);
    expect(missing.stderr).toMatch(/nosuchcmd.*not found/);
    const noexec = await tsvirt(['run', '--rootfs', R, '/app/noexec']);
    expect(noexec.code).toBe(126);
    expect(noexec.stderr).toMatch(/permission denied/);
  });

  it('runs a script through its shebang', async () => {
    const r = await tsvirt(['run', '--rootfs', R, '/app/script']);
    expect(r).toMatchObject({ code: 0, stdout: 'a script run through its shebang\n' });
  });

  it('exits 125 with one line for an unknown flag, no stack', async () => {
    const r = await tsvirt(['run', '--bogus', '--rootfs', R, 'node']);
    expect(r.code).toBe(125);
    expect(r.stderr).toBe("tsvirt: unknown flag: --bogus; see 'tsvirt run --help'\n");
  });

  it('exits 125 for a bad value, with the stack only under --debug', async () => {
    const r = await tsvirt(['run', '-m', 'lots', '--rootfs', R, 'node']);
    expect(r.code).toBe(125);
    expect(r.stderr).toBe(
      'tsvirt: invalid argument "lots" for "-m, --memory" flag: invalid size: \'lots\'\n',
    );
    const d = await tsvirt(['--debug', 'run', '-m', 'lots', '--rootfs', R, 'node']);
    expect(d.code).toBe(125);
    expect(d.stderr).toMatch(/^tsvirt: invalid argument "lots"[^\n]*\n.*\n\s+at /s);
  });

  it('exits 125 for a flag missing its value, and for values the kernel rejects', async () => {
    const r = await tsvirt(['run', '--rootfs', R, '-e']);
    expect(r).toMatchObject({ code: 125, stderr: 'tsvirt: flag needs an argument: -e\n' });
    const name = await tsvirt(['run', '--name', 'not ok', '--rootfs', R, 'node', '-e', '']);
    expect(name.code).toBe(125);
    expect(name.stderr).toMatch(/^tsvirt: invalid container name "not ok"/);
    const user = await tsvirt(['run', '-u', 'nobodyhere', '--rootfs', R, 'node', '-e', '']);
    expect(user).toMatchObject({
      code: 125,
      stderr: 'tsvirt: unable to find user nobodyhere: no matching entries in passwd file\n',
    });
  });

  it('exits 125 "unable to find image" for an IMAGE the store does not have', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tsvirt-home-'));
    try {
      const r = await tsvirt(['run', 'alpine', 'node', '-v'], { env: { ...process.env, TSVIRT_HOME: home } });
      expect(r.code).toBe(125);
      expect(r.stderr).toBe(
        "tsvirt: unable to find image 'alpine:latest' locally (tsvirt does not pull images)\n",
      );
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('exits 125 "no command specified" for --rootfs without a command', async () => {
    const r = await tsvirt(['run', '--rootfs', R]);
    expect(r).toMatchObject({ code: 125, stderr: 'tsvirt: no command specified\n' });
  });

  it('exits 1 with usage for `run` without an IMAGE, as docker does', async () => {
    const r = await tsvirt(['run']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"tsvirt run" requires at least 1 argument/);
  });
});

describe('flags end at the first operand', () => {
  it("passes the command's own flags through untouched", async () => {
    const r = await tsvirt([
      'run',
      '--rootfs',
      R,
      'node',
      '-e',
      'console.log(process.argv.slice(1))',
      'x',
      '--rm',
      '-e',
    ]);
    expect(r).toMatchObject({ code: 0, stdout: "[ 'x', '--rm', '-e' ]\n" });
  });
});

describe('stdin', () => {
  it('pipes the host stdin in with -i', async () => {
    const r = await tsvirt(['run', '-i', '--rootfs', R, 'node', '/app/upcase.js'], { input: 'hi there\n' });
    expect(r).toMatchObject({ code: 0, stdout: 'HI THERE\n' });
  });

  it('exits when PID 1 does, even while the host stdin stays open', async () => {
    const child = spawn(TSVIRT, ['run', '-i', '--rootfs', R, 'node', '-e', 'console.log("done")'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    child.stdin.destroy();
    expect({ code, out }).toEqual({ code: 0, out: 'done\n' });
  });

  it('gives the container an empty stdin without -i', async () => {
    const r = await tsvirt(['run', '--rootfs', R, 'node', '/app/upcase.js'], { input: 'ignored\n' });
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it('refuses -it when stdin is not a terminal', async () => {
    const r = await tsvirt(['run', '-it', '--rootfs', R, 'node', '-e', '']);
    expect(r).toMatchObject({ code: 1, stderr: 'tsvirt: the input device is not a TTY\n' });
  });
});

describe('environment', () => {
  it('sets -e KEY=VALUE, takes a bare -e KEY from the host, and drops it when the host has none', async () => {
    const env = { HOST_ONLY: 'from-host' };
    const probe =
      'console.log(JSON.stringify([process.env.A, process.env.HOST_ONLY, "NOPE" in process.env]))';
    const r = await tsvirt(
      ['run', '-e', 'A=1=2', '-e', 'HOST_ONLY', '-e', 'NOPE', '--rootfs', R, 'node', '-e', probe],
      {
        env,
      },
    );
    expect(r).toMatchObject({ code: 0, stdout: '["1=2","from-host",false]\n' });
  });

  it('reads --env-file, with -e taking precedence', async () => {
    const file = join(tmp, 'vars.env');
    writeFileSync(file, '# settings\nGREETING=hello world\nWHO=file\n');
    const probe = 'console.log(process.env.GREETING + ", " + process.env.WHO)';
    const r = await tsvirt(['run', '--env-file', file, '-e', 'WHO=flag', '--rootfs', R, 'node', '-e', probe]);
    expect(r).toMatchObject({ code: 0, stdout: 'hello world, flag\n' });
    const missing = await tsvirt(['run', '--env-file', join(tmp, 'none.env'), '--rootfs', R, 'node']);
    expect(missing.code).toBe(125);
    expect(missing.stderr).toMatch(/--env-file .*none\.env: no such file or directory/);
  });
});

describe('container settings', () => {
  it('applies -w, -u and --hostname', async () => {
    const r = await tsvirt([
      'run',
      '-w',
      '/tmp',
      '-u',
      'app',
      '--hostname',
      'box1',
      '--rootfs',
      R,
      'node',
      '/app/whoami.js',
    ]);
    expect(r.code).toBe(0);
    expect(seen(r.stdout)).toMatchObject({
      uid: 1000,
      gid: 1000,
      cwd: '/tmp',
      hostname: 'box1',
      isTTY: false,
    });
  });

  it('creates a missing -w directory, as docker does', async () => {
    const r = await tsvirt([
      'run',
      '-w',
      '/srv/new',
      '--rootfs',
      R,
      'node',
      '-e',
      'console.log(process.cwd())',
    ]);
    expect(r).toMatchObject({ code: 0, stdout: '/srv/new\n' });
  });

  it('accepts --name and --rm and still reports the exit code', async () => {
    const r = await tsvirt(['run', '--rm', '--name', 'web.1', '--rootfs', R, 'node', '/app/exit.js', '3']);
    expect(r).toMatchObject({ code: 3, stderr: '' });
  });

  it('runs --entrypoint with the operands as its arguments', async () => {
    const r = await tsvirt([
      'run',
      '--entrypoint',
      'node',
      '--hostname',
      'h',
      '--rootfs',
      R,
      '/app/hello.js',
      'there',
    ]);
    expect(r).toMatchObject({ code: 0, stdout: 'hello, there, from h\n' });
  });

  it('passes limits and the read-only flag to the container spec', async () => {
    const r = await tsvirt([
      'run',
      '--read-only',
      '--memory',
      '64m',
      '--cpus',
      '0.5',
      '--pids-limit',
      '20',
      '--ulimit',
      'nofile=64:128',
      '--rootfs',
      R,
      'node',
      '/app/exit.js',
      '0',
    ]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('bind mounts', () => {
  it('binds a host directory read-write and read-only (:ro gives EROFS)', async () => {
    const data = mkdtempSync(join(tmp, 'vol-'));
    const write = 'require("fs").writeFileSync("/data/out.txt", "from the guest")';
    const rw = await tsvirt(['run', '-v', `${data}:/data`, '--rootfs', R, 'node', '-e', write]);
    expect(rw).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(data, 'out.txt'), 'utf8')).toBe('from the guest');
    const probe = 'try { require("fs").writeFileSync("/data/x", "") } catch (e) { console.log(e.code) }';
    const ro = await tsvirt(['run', '-v', `${data}:/data:ro`, '--rootfs', R, 'node', '-e', probe]);
    expect(ro).toMatchObject({ code: 0, stdout: 'EROFS\n' });
    const rel = await tsvirt(
      [
        'run',
        '-v',
        './:/data',
        '--rootfs',
        R,
        'node',
        '-e',
        'console.log(require("fs").readFileSync("/data/out.txt", "utf8"))',
      ],
      { cwd: data },
    );
    expect(rel).toMatchObject({ code: 0, stdout: 'from the guest\n' });
  });

  it('mounts --tmpfs, with its size limit (ENOSPC past it)', async () => {
    const probe = [
      'const fs = require("fs");',
      'fs.writeFileSync("/scratch/a", "x".repeat(1000));',
      'try { fs.writeFileSync("/scratch/b", "x".repeat(8192)); } catch (e) { console.log(e.code) }',
      'console.log(fs.readFileSync("/scratch/a", "utf8").length);',
    ].join(' ');
    const r = await tsvirt([
      'run',
      '--read-only',
      '--tmpfs',
      '/scratch:size=4k',
      '--rootfs',
      R,
      'node',
      '-e',
      probe,
    ]);
    expect(r).toMatchObject({ code: 0, stdout: 'ENOSPC\n1000\n' });
    const ro = 'try { require("fs").writeFileSync("/x", "") } catch (e) { console.log(e.code) }';
    expect(await tsvirt(['run', '--read-only', '--rootfs', R, 'node', '-e', ro])).toMatchObject({
      stdout: 'EROFS\n',
    });
  });

  it('rejects volume specs docker rejects with 125', async () => {
    const r = await tsvirt(['run', '-v', `${tmp}:relative`, '--rootfs', R, 'node']);
    expect(r.code).toBe(125);
    expect(r.stderr).toMatch(/mount path must be absolute/);
  });
});

describe('help and version', () => {
  it('prints help and exits 0 without a command, as docker does', async () => {
    const r = await tsvirt([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: tsvirt \[OPTIONS\] COMMAND/);
    expect(r.stdout).toMatch(/tsvirt run\s+Create and run a new container/);
  });

  it('prints run --help with every flag', async () => {
    const r = await tsvirt(['run', '--help']);
    expect(r.code).toBe(0);
    for (const flag of [
      '--rm',
      '--interactive',
      '--tty',
      '--env',
      '--env-file',
      '--workdir',
      '--volume',
      '--tmpfs',
      '--name',
      '--hostname',
      '--user',
      '--entrypoint',
      '--read-only',
      '--memory',
      '--cpus',
      '--pids-limit',
      '--ulimit',
      '--rootfs',
      '--debug',
    ]) {
      expect(r.stdout).toContain(flag);
    }
  });

  it('prints the version from package.json, also through a symlinked bin', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      version: string;
    };
    const link = join(tmp, 'tsvirt-link');
    symlinkSync(TSVIRT, link);
    const r = await tsvirt(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `tsvirt version ${pkg.version}\n` });
    expect(execFileSync(link, ['--version'], { encoding: 'utf8' })).toBe(r.stdout);
  });

  it('treats an unknown command as docker does (exit 1)', async () => {
    const r = await tsvirt(['frobnicate']);
    expect(r).toMatchObject({
      code: 1,
      stderr: "tsvirt: 'frobnicate' is not a tsvirt command; see 'tsvirt --help'\n",
    });
  });
});
