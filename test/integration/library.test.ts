// The library API driven the way a Node program uses it: new Kernel(), run a container, read its
// output, wait for its exit status.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;

beforeAll(() => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-lib-'));
  mkdirSync(join(rootfs, 'app'));
  writeFileSync(join(rootfs, 'app/hello.js'), "console.log('hello', process.argv.slice(2).join(' '));\n");
  writeFileSync(join(rootfs, 'app/fail.js'), 'process.exitCode = 3;\n');
  writeFileSync(join(rootfs, 'app/throw.js'), "throw new Error('boom');\n");
  writeFileSync(join(rootfs, 'app/spin.js'), 'while (true) {}\n');
  writeFileSync(
    join(rootfs, 'app/echo.js'),
    "process.stdin.on('data', (d) => process.stdout.write(String(d).toUpperCase()));\n",
  );
});

afterAll(async () => {
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

describe('Kernel.run', () => {
  it('runs a program and reports exit 0', async () => {
    const c = await kernel.run({ rootfs, cmd: ['node', '/app/hello.js', 'a', 'b'] });
    const out = collect(c.stdout);
    const status = await c.wait();
    expect(await out).toBe('hello a b\n');
    expect(status).toEqual({ exitCode: 0, signal: null, oomKilled: false, reason: 'exited' });
  });

  it('reports process.exitCode', async () => {
    const c = await kernel.run({ rootfs, cmd: ['node', '/app/fail.js'] });
    expect((await c.wait()).exitCode).toBe(3);
  });

  it('prints an uncaught exception to stderr and exits 1', async () => {
    const c = await kernel.run({ rootfs, cmd: ['node', '/app/throw.js'] });
    const err = collect(c.stderr);
    expect((await c.wait()).exitCode).toBe(1);
    expect(await err).toContain('Error: boom');
  });

  it('kills a tight loop with SIGKILL (exit 137)', async () => {
    const c = await kernel.run({ rootfs, cmd: ['node', '/app/spin.js'] });
    setTimeout(() => c.kill('SIGKILL'), 50);
    expect(await c.wait()).toMatchObject({ exitCode: 137, signal: 'SIGKILL' });
  });

  it('pipes stdin to the guest', async () => {
    const c = await kernel.run({ rootfs, cmd: ['node', '/app/echo.js'], openStdin: true });
    const out = collect(c.stdout);
    c.stdin.end('abc');
    await c.wait();
    expect(await out).toBe('ABC');
  });

  it('lets the process exit after stdin.pause() in a data handler, with stdin still open', async () => {
    const c = await kernel.run({
      rootfs,
      cmd: [
        'node',
        '-e',
        "process.stdin.once('data', (d) => { console.log('got', String(d)); process.stdin.pause(); })",
      ],
      openStdin: true,
    });
    const out = collect(c.stdout);
    c.stdin.write('first');
    expect((await c.wait()).exitCode).toBe(0);
    expect(await out).toBe('got first\n');
  });

  it('node -p prints strings bare and drops -- after -e code', async () => {
    const p = await kernel.run({ rootfs, cmd: ['node', '-p', '"x" + 1'] });
    const pout = collect(p.stdout);
    await p.wait();
    expect(await pout).toBe('x1\n');
    const e = await kernel.run({
      rootfs,
      cmd: ['node', '-e', 'console.log(process.argv.slice(1))', '--', 'a'],
    });
    const eout = collect(e.stdout);
    await e.wait();
    expect(await eout).toBe("[ 'a' ]\n");
  });

  it('exits 127 for a command that does not exist', async () => {
    const c = await kernel.run({ rootfs, cmd: ['nosuchcmd'] });
    expect((await c.wait()).exitCode).toBe(127);
  });

  it('exec runs another process in a running container, and processes() lists both', async () => {
    const c = await kernel.run({ rootfs, cmd: ['node', '-e', 'setInterval(() => {}, 1000)'] });
    const p = c.exec(['node', '-e', 'console.log(process.pid, process.ppid, process.cwd())'], {
      workdir: '/app',
    });
    const out = collect(p.stdout);
    expect((await p.wait()).exitCode).toBe(0);
    expect(await out).toBe('2 0 /app\n');
    const sleeper = c.exec(['node', '-e', 'setInterval(() => {}, 1000)']);
    await new Promise((r) => setTimeout(r, 50));
    expect(c.processes().map((p) => [p.pid, p.ppid, p.command])).toEqual([
      [1, 0, 'node -e setInterval(() => {}, 1000)'],
      [3, 0, 'node -e setInterval(() => {}, 1000)'],
    ]);
    sleeper.kill('SIGTERM');
    expect((await sleeper.wait()).exitCode).toBe(143);
    const missing = c.exec(['nope']);
    expect((await missing.wait()).exitCode).toBe(127);
    c.kill();
    await c.wait();
  });

  it('rejects unknown spec keys', async () => {
    await expect(kernel.create({ rootfs, cmd: ['node'], bogus: 1 } as never)).rejects.toThrow(
      /unknown spec key "bogus"/,
    );
  });
});

describe('the warm pool', () => {
  it('warm() resolves once the pool is full, and runs from it behave like cold ones, exec and spawn too', async () => {
    const pooled = new Kernel({ warmPool: 2 });
    try {
      await pooled.warm();
      for (let i = 0; i < 4; i++) {
        const c = await pooled.run({ rootfs, cmd: ['node', '/app/hello.js', String(i)] });
        const out = collect(c.stdout);
        expect(await c.wait()).toEqual({ exitCode: 0, signal: null, oomKilled: false, reason: 'exited' });
        expect(await out).toBe(`hello ${i}\n`);
        // A run may drain the pool; warm() waits for the idle-time refill.
        await pooled.warm();
      }
      const c = await pooled.run({
        rootfs,
        cmd: [
          'node',
          '-e',
          "console.log(require('child_process').execFileSync('node', ['-p', '6*7'], { encoding: 'utf8' }).trim())",
        ],
      });
      const out = collect(c.stdout);
      expect((await c.wait()).exitCode).toBe(0);
      expect(await out).toBe('42\n');
      // A different heap limit cannot come from the pool; it still runs.
      const limited = await pooled.run({
        rootfs,
        cmd: ['node', '/app/fail.js'],
        limits: { memory: 64 * 1024 * 1024 },
      });
      expect((await limited.wait()).exitCode).toBe(3);
    } finally {
      await pooled.close();
    }
    // A kernel without a pool is always warm.
    await kernel.warm();
  });

  it('a process killed while its runtime is still loading ends 137, and close() right after run() is clean', async () => {
    const k = new Kernel();
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        const c = await k.run({ rootfs, cmd: ['node', '/app/hello.js'] });
        c.kill('SIGKILL');
        statuses.push(await c.wait());
      }
      for (const s of statuses) expect(s).toMatchObject({ exitCode: 137, signal: 'SIGKILL' });
      const survivor = await k.run({ rootfs, cmd: ['node', '/app/hello.js', 'after'] });
      const out = collect(survivor.stdout);
      expect((await survivor.wait()).exitCode).toBe(0);
      expect(await out).toBe('hello after\n');
      await k.run({ rootfs, cmd: ['node', '/app/spin.js'] });
    } finally {
      await k.close();
    }
  });

  it('create() without start() can be removed, and run() of a missing command exits 127 (its reserved isolate is dropped)', async () => {
    const k = new Kernel();
    try {
      const idle = await k.create({ rootfs, cmd: ['node', '/app/hello.js'] });
      expect(idle.state).toBe('created');
      k.remove(idle);
      const missing = await k.run({ rootfs, cmd: ['nope'] });
      expect((await missing.wait()).exitCode).toBe(127);
    } finally {
      await k.close();
    }
  });
});
