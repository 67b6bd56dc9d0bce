// Accounting and storage through the library: fs bytes read and written, the writable layer's size
// (which counts against the memory limit too), ENOSPC past limits.storage in the root and in tmpfs
// mounts, process.cpuUsage's system time, and container.statsStream().

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContainerStats, Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;

beforeAll(() => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-accounting-'));
  mkdirSync(join(rootfs, 'tmp'));
});

afterAll(async () => {
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

const MiB = 1024 * 1024;

describe('fs accounting', () => {
  it('counts bytes of regular files read and written, not stdout', async () => {
    const code = [
      "const fs = require('fs'); const b = Buffer.alloc(300000, 1);",
      "fs.writeFileSync('/tmp/a', b); const fd = fs.openSync('/tmp/a', 'r');",
      'const into = Buffer.alloc(1000); fs.readSync(fd, into, 0, 1000, 0); fs.closeSync(fd);',
      "fs.readFileSync('/tmp/a'); console.log('x'.repeat(5000));",
    ].join('\n');
    const c = await kernel.run({ rootfs, cmd: ['node', '-e', code] });
    const out = collect(c.stdout);
    expect((await c.wait()).exitCode).toBe(0);
    await out;
    const st = c.stats();
    expect(st.fs.writtenBytes).toBe(300_000);
    expect(st.fs.readBytes).toBe(301_000);
    expect(st.fs.usage).toBe(300_000);
  });

  it('fails writes past limits.storage with ENOSPC, in the root and in a tmpfs mount alike', async () => {
    const code = [
      "const fs = require('fs'); const b = Buffer.alloc(700 * 1024);",
      "fs.writeFileSync('/tmp/one', b);",
      "try { fs.writeFileSync('/scratch/two', b); } catch (e) { console.log(e.code, e.syscall); }",
      "fs.unlinkSync('/tmp/one'); fs.writeFileSync('/scratch/two', b); console.log('after unlink ok');",
    ].join('\n');
    const c = await kernel.run({
      rootfs,
      cmd: ['node', '-e', code],
      mounts: [{ type: 'tmpfs', target: '/scratch' }],
      limits: { storage: MiB },
    });
    const out = collect(c.stdout);
    expect((await c.wait()).exitCode).toBe(0);
    expect(await out).toBe('ENOSPC write\nafter unlink ok\n');
    expect(c.stats().fs).toMatchObject({ usage: 700 * 1024, limit: MiB });
  });

  it('counts file bytes in memory usage', async () => {
    const code =
      "require('fs').writeFileSync('/tmp/f', Buffer.alloc(5 * 1024 * 1024)); setTimeout(() => {}, 60000);";
    const c = await kernel.run({ rootfs, cmd: ['node', '-e', code], limits: { memory: 128 * MiB } });
    let st: ContainerStats = c.stats();
    // Heaps are sampled after each turn: wait for the turn that wrote the file to end.
    const done = (x: ContainerStats) => x.fs.usage >= 5 * MiB && x.memory.usage > 5 * MiB;
    for (const deadline = Date.now() + 20_000; !done(st) && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 20));
      st = c.stats();
    }
    expect(st.fs.usage).toBe(5 * MiB);
    expect(st.memory.usage).toBeGreaterThan(5 * MiB);
    expect(st.memory.limit).toBe(128 * MiB);
    c.kill();
    await c.wait();
    expect(c.stats().memory.peak).toBeGreaterThan(5 * MiB);
  });
});

describe('cpu accounting', () => {
  it("reports the host's time serving syscalls as the process's system time", async () => {
    const code = [
      "const fs = require('fs'); for (let i = 0; i < 2000; i++) fs.statSync('/tmp');",
      'const u = process.cpuUsage(); console.log(u.user > 0, u.system > 0);',
    ].join('\n');
    const c = await kernel.run({ rootfs, cmd: ['node', '-e', code] });
    const out = collect(c.stdout);
    expect((await c.wait()).exitCode).toBe(0);
    expect(await out).toBe('true true\n');
  });
});

describe('statsStream', () => {
  it('samples while the container runs and ends with a sample after it exits', async () => {
    const code =
      'let n = 0; const t = setInterval(() => { for (let i = 0; i < 1e5; i++) n += i; }, 5); setTimeout(() => clearInterval(t), 400);';
    const c = await kernel.run({ rootfs, cmd: ['node', '-e', code], limits: { cpus: 1 } });
    const samples: ContainerStats[] = [];
    for await (const s of c.statsStream(50)) samples.push(s);
    expect(samples.length).toBeGreaterThanOrEqual(3);
    expect(samples[0]?.pids.current).toBe(1);
    expect(samples.at(-1)?.pids.current).toBe(0);
    expect(c.state).toBe('exited');
    const usage = samples.map((s) => s.cpu.usageUs);
    expect(usage).toEqual([...usage].sort((a, b) => a - b));
    expect(samples.at(-1)?.cpu.limitCpus).toBe(1);
  });

  it('stops sampling when the consumer breaks out', async () => {
    const c = await kernel.run({ rootfs, cmd: ['node', '-e', 'setInterval(() => {}, 1000)'] });
    let n = 0;
    for await (const _ of c.statsStream(20)) if (++n === 2) break;
    expect(n).toBe(2);
    c.kill();
    await c.wait();
  });

  it('rejects an interval that is not a number of ms (at least 10)', async () => {
    const c = await kernel.run({ rootfs, cmd: ['node', '-e', '0'] });
    await c.wait();
    await expect(c.statsStream(1).next()).rejects.toThrow(RangeError);
    await expect(c.statsStream(Number.NaN).next()).rejects.toThrow(/at least 10/);
  });
});
