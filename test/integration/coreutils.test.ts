// The coreutils whose output depends on the container (ps, kill, hostname, id, df, mktemp, pipes
// between utilities) driven through the library: a container whose /bin holds dist/userland/bin.

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Container, Kernel } from '../../src/index.js';
import { USERLAND_BIN } from '../compat/coreutils/harness.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;
let ctr: Container;

async function sh(
  argv: string[],
  stdin = '',
): Promise<{ out: string; err: string; code: number | null; signal: string | null }> {
  const p = ctr.exec(argv, { workdir: '/w' });
  const out = collect(p.stdout);
  const err = collect(p.stderr);
  p.stdin.end(stdin);
  const s = await p.wait();
  return { out: await out, err: await err, code: s.exitCode, signal: s.signal };
}

beforeAll(async () => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-coreutils-int-'));
  cpSync(USERLAND_BIN, join(rootfs, 'bin'), { recursive: true });
  cpSync(join(import.meta.dirname, '..', '..', 'rootfs', 'etc'), join(rootfs, 'etc'), { recursive: true });
  mkdirSync(join(rootfs, 'tmp'));
  mkdirSync(join(rootfs, 'w'));
  ctr = await kernel.run({
    rootfs,
    cmd: ['node', '-e', 'setInterval(() => {}, 1 << 30)'],
    hostname: 'cu-box',
    env: { PATH: '/bin' },
  });
});

afterAll(async () => {
  ctr.kill('SIGKILL');
  await ctr.wait();
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

describe('coreutils in a container', () => {
  it('ps lists the container’s processes from /proc', async () => {
    const r = await sh(['/bin/ps', '-o', 'pid,ppid,comm']);
    expect(r.code).toBe(0);
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/));
    expect(rows[0]).toEqual(['PID', 'PPID', 'COMMAND']);
    expect(rows.some((x) => x[0] === '1')).toBe(true);
    expect(rows.some((x) => x[2] === 'ps')).toBe(true);
  });

  it('kill sends a signal to another process', async () => {
    const sleeper = ctr.exec(['/bin/sleep', '30']);
    const pid = sleeper.pid as number;
    const k = await sh(['/bin/kill', String(pid)]);
    expect(k.code).toBe(0);
    const s = await sleeper.wait();
    expect(s.signal).toBe('SIGTERM');
    const gone = await sh(['/bin/kill', '-0', String(pid)]);
    expect(gone.code).toBe(1);
    expect(gone.err).toContain('No such process');
  });

  it('kill -l names signals', async () => {
    expect((await sh(['/bin/kill', '-l', '9'])).out).toBe('KILL\n');
  });

  it('hostname, whoami, id and pwd describe the container', async () => {
    expect((await sh(['/bin/hostname'])).out).toBe('cu-box\n');
    expect((await sh(['/bin/whoami'])).out).toBe('root\n');
    expect((await sh(['/bin/id'])).out).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
    expect((await sh(['/bin/pwd'])).out).toBe('/w\n');
    expect((await sh(['/bin/which', 'ls', 'nope'])).out).toBe('/bin/ls\n');
  });

  it('uname, nproc and df answer', async () => {
    expect((await sh(['/bin/uname'])).out).toBe('Linux\n');
    expect((await sh(['/bin/uname', '-n'])).out).toBe('cu-box\n');
    expect(Number((await sh(['/bin/nproc'])).out)).toBeGreaterThan(0);
    const df = await sh(['/bin/df']);
    expect(df.code).toBe(0);
    expect(df.out.split('\n')[0]).toMatch(/^Filesystem\s+1K-blocks\s+Used\s+Available\s+Use%\s+Mounted on$/);
    expect(df.out).toMatch(/ \/\n/);
  });

  it('mktemp creates unique files and directories under /tmp', async () => {
    const a = (await sh(['/bin/mktemp'])).out.trim();
    const b = (await sh(['/bin/mktemp', '-d'])).out.trim();
    expect(a).toMatch(/^\/tmp\/tmp\.[A-Za-z0-9]{10}$/);
    expect(b).toMatch(/^\/tmp\/tmp\.[A-Za-z0-9]{10}$/);
    expect(a).not.toBe(b);
    expect((await sh(['/bin/stat', '-c', '%F %a', a, b])).out).toBe(
      'regular empty file 600\ndirectory 700\n',
    );
  });

  it('yes | head -n 3 stops both ends of the pipe', async () => {
    // The shell wires yes's stdout straight into head's stdin: when head exits, yes gets EPIPE.
    const r = await sh(['/bin/sh', '-c', 'yes tsvirt | head -n 3; echo both exited']);
    expect(r.out).toBe('tsvirt\ntsvirt\ntsvirt\nboth exited\n');
  });

  it('tail -f prints what is appended until it is killed', async () => {
    await sh(['node', '-e', "require('fs').writeFileSync('/w/log', 'one\\ntwo\\n')"]);
    const t = ctr.exec(['/bin/tail', '-f', '-s', '0.05', '-n', '1', '/w/log'], { workdir: '/w' });
    let seen = '';
    t.stdout.on('data', (d: Buffer) => {
      seen += d;
    });
    const waitFor = async (text: string) => {
      for (let i = 0; i < 100 && !seen.includes(text); i++) await new Promise((r) => setTimeout(r, 50));
    };
    await waitFor('two\n');
    await sh(['/bin/tee', '-a', '/w/log'], 'three\n');
    await waitFor('three\n');
    t.kill('SIGTERM');
    const s = await t.wait();
    expect(seen).toBe('two\nthree\n');
    expect(s.signal).toBe('SIGTERM');
  });

  it('a large stream passes through cat, grep, sort and wc', async () => {
    const lines = Array.from(
      { length: 20000 },
      (_, i) => `row ${i % 1000} ${i % 7 === 0 ? 'seven' : 'other'}`,
    ).join('\n');
    const cat = await sh(['/bin/cat'], `${lines}\n`);
    expect(cat.out.length).toBe(lines.length + 1);
    const grep = await sh(['/bin/grep', '-c', 'seven'], `${lines}\n`);
    expect(grep.out).toBe(`${Math.ceil(20000 / 7)}\n`);
    const uniq = await sh(['/bin/sort', '-u'], `${lines}\n`);
    expect(uniq.out.split('\n').length - 1).toBe(new Set(lines.split('\n')).size);
  });
});
