// cgroup-style limits through the library: memory (OOM kill, exit 137, 'oom' event), CPU quota
// (throttling shows in stats), the per-turn watchdog, the wall-clock timeout (exit 124), pids, stop().

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
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-limits-'));
  mkdirSync(join(rootfs, 'app'));
  writeFileSync(
    join(rootfs, 'app/bomb.js'),
    "const a = []; setInterval(() => { for (let i = 0; i < 1e5; i++) a.push({ i, s: 'x'.repeat(20) + i }); }, 1);\n",
  );
  writeFileSync(
    join(rootfs, 'app/busy.js'),
    [
      'const t0 = Date.now();',
      'function spin() {',
      '  const end = Date.now() + 5;',
      '  while (Date.now() < end);',
      "  if (Date.now() - t0 < 1000) setImmediate(spin); else console.log('done');",
      '}',
      'spin();',
    ].join('\n'),
  );
});

afterAll(async () => {
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

describe('limits', () => {
  it('OOM-kills a memory bomb: exit 137, oomKilled, an oom event', async () => {
    const c = await kernel.run({
      rootfs,
      cmd: ['node', '/app/bomb.js'],
      limits: { memory: 64 * 1024 * 1024 },
    });
    let oom = 0;
    c.on('oom', () => oom++);
    expect(await c.wait()).toMatchObject({ exitCode: 137, oomKilled: true, reason: 'oom' });
    expect(oom).toBe(1);
    expect(c.stats().memory.oomKills).toBe(1);
  });

  it('throttles a busy container to its CPU quota', async () => {
    // A quarter core: the kernel charges real CPU, and on a loaded machine a busy guest may not get
    // half a core at all (then nothing is over quota and nothing is throttled, rightly).
    const c = await kernel.run({ rootfs, cmd: ['node', '/app/busy.js'], limits: { cpus: 0.25 } });
    const out = collect(c.stdout);
    const t0 = performance.now();
    expect((await c.wait()).exitCode).toBe(0);
    const wall = performance.now() - t0;
    const st = c.stats();
    expect(await out).toBe('done\n');
    expect(st.cpu.throttledPeriods).toBeGreaterThan(0);
    // 1 s of wall time at a quarter core: at most ~0.25 s of CPU plus one period of debt.
    expect(st.cpu.usageUs / 1000).toBeLessThan(wall * 0.25 + 150);
  });

  it('kills a synchronous run longer than the slice (reason cpu)', async () => {
    const c = await kernel.run({ rootfs, cmd: ['node', '-e', 'while (true) {}'], limits: { sliceMs: 100 } });
    expect(await c.wait()).toMatchObject({ exitCode: 137, reason: 'cpu' });
  });

  it('ends a run past its wall-clock timeout with exit 124', async () => {
    const c = await kernel.run({
      rootfs,
      cmd: ['node', '-e', 'setInterval(() => {}, 1000)'],
      limits: { timeoutMs: 200 },
    });
    expect(await c.wait()).toMatchObject({ exitCode: 124, reason: 'timeout' });
  });

  it('stop() sends SIGTERM to a handler, then the process exits its own way', async () => {
    const c = await kernel.run({
      rootfs,
      cmd: [
        'node',
        '-e',
        "process.on('SIGTERM', () => { console.log('term'); process.exit(5); }); console.log('ready'); setInterval(() => {}, 1000);",
      ],
    });
    let text = '';
    c.stdout.setEncoding('utf8');
    c.stdout.on('data', (d: string) => {
      text += d;
    });
    const ended = new Promise((r) => c.stdout.once('end', r));
    // Stopped once the handler is in place (a fixed wait lost that race on a loaded machine).
    while (!text.includes('ready')) await new Promise((r) => setTimeout(r, 5));
    expect((await c.stop()).exitCode).toBe(5);
    await ended;
    expect(text).toBe('ready\nterm\n');
  });

  it('stop() escalates to SIGKILL after the grace period', async () => {
    const c = await kernel.run({
      rootfs,
      cmd: ['node', '-e', "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000);"],
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(await c.stop({ timeoutMs: 100 })).toMatchObject({ exitCode: 137, signal: 'SIGKILL' });
  });

  it('SIGTERM without a handler ends the process with 143', async () => {
    const c = await kernel.run({ rootfs, cmd: ['node', '-e', 'setInterval(() => {}, 1000)'] });
    await new Promise((r) => setTimeout(r, 50));
    c.kill('SIGTERM');
    expect(await c.wait()).toMatchObject({ exitCode: 143, signal: 'SIGTERM' });
  });

  it('rejects a memory limit below 6 MB like Docker', async () => {
    await expect(kernel.create({ rootfs, cmd: ['node'], limits: { memory: 1024 } })).rejects.toThrow(
      /minimum memory limit/,
    );
  });
});
