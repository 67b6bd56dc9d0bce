// Bench suite "core" (issue 2): cold start, in-container fs throughput and idle memory per container,
// each beside a baseline measured in the same run (vm.createContext, new Worker, spawn(node), host memfs).
// The fs figures read one file repeatedly, which the runtime's fs cache serves; the same calls on a
// bind-mounted file (never cached) show the cost of the door itself, against the same memfs baseline.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
import { Volume } from 'memfs';
import { Kernel } from '../../../dist/index.js';
import { benchHome, collect, gc, QUICK, sleep, summary, target, tick, timeRuns } from '../lib.mjs';

const N = {
  cold: QUICK ? 20 : 200,
  worker: QUICK ? 10 : 100,
  spawn: QUICK ? 5 : 30,
  fsOps: QUICK ? 2000 : 20000,
  idle: QUICK ? 50 : 500,
};

function makeRootfs() {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-bench-'));
  mkdirSync(join(root, 'app'));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'app/hello.js'), "console.log('hello');\n");
  writeFileSync(join(root, 'app/idle.js'), 'setInterval(() => {}, 1e9);\n');
  writeFileSync(join(root, 'data/4k.bin'), Buffer.alloc(4096, 7));
  mkdirSync(join(root, 'bind'));
  mkdirSync(join(root, 'host'));
  writeFileSync(join(root, 'host/4k.bin'), Buffer.alloc(4096, 7));
  writeFileSync(
    join(root, 'app/fsbench.js'),
    `const fs = require('fs');
const n = Number(process.argv[2]);
function rate(fn) {
  for (let i = 0; i < 200; i++) fn();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return n / (Number(process.hrtime.bigint() - t0) / 1e9);
}
const read = rate(() => fs.readFileSync('/data/4k.bin'));
const stat = rate(() => fs.statSync('/data/4k.bin'));
// A bind mount is never cached (the host may change it behind the kernel's back): every call crosses.
const bindRead = rate(() => fs.readFileSync('/bind/4k.bin'));
const bindStat = rate(() => fs.statSync('/bind/4k.bin'));
console.log(JSON.stringify({ read, stat, bindRead, bindStat }));
`,
  );
  return root;
}

// ---------- (1) cold start ----------

async function runHello(kernel, rootfs) {
  const c = await kernel.run({ rootfs, cmd: ['node', '/app/hello.js'] });
  const out = collect(c.stdout);
  const status = await c.wait();
  if (status.exitCode !== 0 || out() !== 'hello\n')
    throw new Error(`hello run failed: ${JSON.stringify(status)}`);
  kernel.remove(c);
}

async function coldStart(rootfs) {
  // Cold and warm-pool runs alternate, so both see the same machine load (a shared box is noisy).
  const home = benchHome('core');
  const kernel = new Kernel({ home });
  const warmKernel = new Kernel({ home, warmPool: 2 });
  await warmKernel.warm(); // the pool fills in the background
  await runHello(kernel, rootfs);
  await runHello(warmKernel, rootfs);
  const coldMs = [];
  const warmMs = [];
  for (let i = 0; i < N.cold; i++) {
    // The warm kernel refills its pool after each warm start: wait for that, so it does not run in
    // the middle of the next cold start (the two kernels share the host's thread).
    await warmKernel.warm();
    let t0 = performance.now();
    await runHello(kernel, rootfs);
    coldMs.push(performance.now() - t0);
    for (let j = 0; j < 4; j++) await tick();
    // A start from a warm pool: the pool refills while the kernel is idle (Kernel#warm waits for it).
    await warmKernel.warm();
    t0 = performance.now();
    await runHello(warmKernel, rootfs);
    warmMs.push(performance.now() - t0);
    for (let j = 0; j < 4; j++) await tick();
  }
  await kernel.close();
  await warmKernel.close();
  const cold = summary(coldMs);
  const warm = summary(warmMs);

  const script = new vm.Script("globalThis.out = 'hello'.toUpperCase();");
  const vmCtx = await timeRuns(N.cold, () => {
    const ctx = vm.createContext({});
    script.runInContext(ctx);
  });
  const worker = await timeRuns(N.worker, async () => {
    const w = new Worker("require('node:worker_threads').parentPort.postMessage('hello')", { eval: true });
    await new Promise((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
    await w.terminate();
  });
  const child = await timeRuns(N.spawn, async () => {
    const p = spawn(process.execPath, ['-e', "console.log('hello')"], { stdio: 'ignore' });
    await new Promise((resolve) => p.once('exit', resolve));
  });
  return { cold, warm, vmCtx, worker, child };
}

// ---------- (2) fs throughput ----------

async function fsThroughput(rootfs) {
  const kernel = new Kernel();
  const c = await kernel.run({
    rootfs,
    cmd: ['node', '/app/fsbench.js', String(N.fsOps)],
    mounts: [{ type: 'bind', source: join(rootfs, 'host'), target: '/bind', readOnly: true }],
  });
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  const status = await c.wait();
  await kernel.close();
  if (status.exitCode !== 0) throw new Error(`fsbench failed: ${err()}`);
  const guest = JSON.parse(out());

  const vol = Volume.fromJSON({});
  vol.mkdirSync('/data');
  vol.writeFileSync('/data/4k.bin', Buffer.alloc(4096, 7));
  const rate = (fn) => {
    for (let i = 0; i < 200; i++) fn();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < N.fsOps; i++) fn();
    return N.fsOps / (Number(process.hrtime.bigint() - t0) / 1e9);
  };
  const host = {
    read: rate(() => vol.readFileSync('/data/4k.bin')),
    stat: rate(() => vol.statSync('/data/4k.bin')),
  };
  return { guest, host };
}

// ---------- (3) idle memory ----------

async function idleMemory(rootfs) {
  const kernel = new Kernel();
  // One container first, so one-time costs (runtime image, code cache) are not charged to the 500.
  const first = await kernel.run({ rootfs, cmd: ['node', '/app/idle.js'] });
  await sleep(50);
  gc();
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const containers = [];
  for (let i = 0; i < N.idle; i++)
    containers.push(await kernel.run({ rootfs, cmd: ['node', '/app/idle.js'] }));
  const startMs = performance.now() - t0;
  await sleep(500);
  gc();
  await sleep(100);
  const after = process.memoryUsage().rss;
  const alive = kernel.containers().filter((c) => c.state === 'running').length;
  first.kill('SIGKILL');
  await kernel.close();
  return {
    containers: N.idle,
    alive: alive - 1,
    rssBeforeMiB: before / 2 ** 20,
    rssAfterMiB: after / 2 ** 20,
    perContainerMiB: (after - before) / N.idle / 2 ** 20,
    startAllMs: startMs,
  };
}

export const name = 'core';

/** Runs the suite; returns table rows, targets and the raw figures for results.json. */
export async function run(progress) {
  const rootfs = makeRootfs();
  try {
    const cold = await coldStart(rootfs);
    progress('cold start', cold);
    const fs = await fsThroughput(rootfs);
    progress('fs', fs);
    const mem = await idleMemory(rootfs);
    progress('idle memory', mem);
    const targets = {
      coldP50: target(cold.cold.p50, 10),
      warmP50: target(cold.warm.p50, 2),
      readRatio: target(fs.guest.read / fs.host.read, 0.5, '>='),
      idleMiB: target(mem.perContainerMiB, 4),
    };
    const rows = [
      ['cold start: tsvirt container (create+run+exit)', cold.cold.p50, cold.cold.p95, 'ms', ''],
      ['cold start: tsvirt with warmPool', cold.warm.p50, cold.warm.p95, 'ms', ''],
      [
        '  baseline vm.createContext + script',
        cold.vmCtx.p50,
        cold.vmCtx.p95,
        'ms',
        cold.cold.p50 / cold.vmCtx.p50,
      ],
      [
        '  baseline new Worker → first message',
        cold.worker.p50,
        cold.worker.p95,
        'ms',
        cold.cold.p50 / cold.worker.p50,
      ],
      [
        '  baseline spawn(node -e) → exit',
        cold.child.p50,
        cold.child.p95,
        'ms',
        cold.cold.p50 / cold.child.p50,
      ],
      ['readFileSync 4 KiB in container', fs.guest.read, '', 'ops/s', ''],
      ['  baseline host memfs readFileSync', fs.host.read, '', 'ops/s', fs.guest.read / fs.host.read],
      ['statSync in container', fs.guest.stat, '', 'ops/s', ''],
      ['  baseline host memfs statSync', fs.host.stat, '', 'ops/s', fs.guest.stat / fs.host.stat],
      [
        'readFileSync 4 KiB, bind mount (never cached)',
        fs.guest.bindRead,
        '',
        'ops/s',
        fs.guest.bindRead / fs.host.read,
      ],
      [
        'statSync, bind mount (never cached)',
        fs.guest.bindStat,
        '',
        'ops/s',
        fs.guest.bindStat / fs.host.stat,
      ],
      [`host RSS per idle container (${mem.containers} alive)`, mem.perContainerMiB, '', 'MiB', ''],
    ];
    const notes = [
      `idle: RSS ${mem.rssBeforeMiB.toFixed(0)} → ${mem.rssAfterMiB.toFixed(0)} MiB, ${mem.alive} alive, started in ${mem.startAllMs.toFixed(0)} ms`,
    ];
    return {
      rows,
      targets,
      notes,
      results: { counts: N, coldStartMs: cold, fsOpsPerSec: fs, idleMemory: mem },
    };
  } finally {
    rmSync(rootfs, { recursive: true, force: true });
  }
}
