// Benchmark suite (plain JS, run after a build by `npm run bench`): tsvirt's cold start, in-container fs
// throughput and idle memory, each beside a baseline measured in the same run, printed as a table and
// written to test/bench/results.json. BENCH_QUICK=1 shrinks every count for a smoke run.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
import { Volume } from 'memfs';
import { Kernel } from '../../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const QUICK = process.env.BENCH_QUICK === '1';
const N = {
  cold: QUICK ? 20 : 200,
  worker: QUICK ? 10 : 100,
  spawn: QUICK ? 5 : 30,
  fsOps: QUICK ? 2000 : 20000,
  idle: QUICK ? 50 : 500,
};

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

// ---------- helpers ----------

function quantile(sorted, q) {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function summary(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: quantile(s, 0.5), p95: quantile(s, 0.95), min: s[0] };
}

async function timeRuns(n, fn) {
  await fn(); // warm-up: first-use costs (code cache production, JIT) are not the steady state
  const out = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return summary(out);
}

function collect(stream) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => {
    text += d;
  });
  return () => text;
}

const tick = () => new Promise((r) => setImmediate(r));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function makeRootfs() {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-bench-'));
  mkdirSync(join(root, 'app'));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'app/hello.js'), "console.log('hello');\n");
  writeFileSync(join(root, 'app/idle.js'), 'setInterval(() => {}, 1e9);\n');
  writeFileSync(join(root, 'data/4k.bin'), Buffer.alloc(4096, 7));
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
console.log(JSON.stringify({ read, stat }));
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
  const kernel = new Kernel();
  const warmKernel = new Kernel({ warmPool: 2 });
  await sleep(200); // the pool fills in the background
  await runHello(kernel, rootfs);
  await runHello(warmKernel, rootfs);
  const coldMs = [];
  const warmMs = [];
  for (let i = 0; i < N.cold; i++) {
    let t0 = performance.now();
    await runHello(kernel, rootfs);
    coldMs.push(performance.now() - t0);
    // Let the pool refill (one isolate per turn), as it would between requests.
    for (let j = 0; j < 4; j++) await tick();
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
  const c = await kernel.run({ rootfs, cmd: ['node', '/app/fsbench.js', String(N.fsOps)] });
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

// ---------- report ----------

const fmt = (x, d = 2) => (typeof x === 'number' ? x.toFixed(d) : String(x));

async function main() {
  const started = performance.now();
  const rootfs = makeRootfs();
  try {
    const progress = (what, v) =>
      process.stderr.write(
        `bench: ${what} done at ${fmt((performance.now() - started) / 1000, 1)} s ${JSON.stringify(v)}\n`,
      );
    const cold = await coldStart(rootfs);
    progress('cold start', cold);
    const fs = await fsThroughput(rootfs);
    progress('fs', fs);
    const mem = await idleMemory(rootfs);
    progress('idle memory', mem);
    const targets = {
      coldP50: { value: cold.cold.p50, target: 10, met: cold.cold.p50 <= 10 },
      warmP50: { value: cold.warm.p50, target: 2, met: cold.warm.p50 <= 2 },
      readRatio: {
        value: fs.guest.read / fs.host.read,
        target: 0.5,
        met: fs.guest.read / fs.host.read >= 0.5,
      },
      idleMiB: { value: mem.perContainerMiB, target: 4, met: mem.perContainerMiB <= 4 },
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
      [`host RSS per idle container (${mem.containers} alive)`, mem.perContainerMiB, '', 'MiB', ''],
    ];
    console.log(
      `tsvirt bench — ${new Date().toISOString()} — node ${process.version} — ${cpus()[0]?.model} ×${cpus().length}`,
    );
    console.log('');
    console.log(
      `${'measure'.padEnd(52)}${'p50/value'.padStart(14)}${'p95'.padStart(10)}  unit   ratio (tsvirt/baseline)`,
    );
    for (const [name, a, b, unit, ratio] of rows) {
      const d = unit === 'ops/s' ? 0 : 2;
      console.log(
        `${name.padEnd(52)}${fmt(a, d).padStart(14)}${fmt(b, d).padStart(10)}  ${unit.padEnd(6)} ${ratio === '' ? '' : `${fmt(ratio)}×`}`,
      );
    }
    console.log('');
    console.log(
      `idle: RSS ${fmt(mem.rssBeforeMiB, 0)} → ${fmt(mem.rssAfterMiB, 0)} MiB, ${mem.alive} alive, started in ${fmt(mem.startAllMs, 0)} ms`,
    );
    for (const [k, t] of Object.entries(targets))
      console.log(`target ${k.padEnd(10)} ${fmt(t.value)} vs ${t.target}: ${t.met ? 'met' : 'NOT met'}`);
    const totalS = (performance.now() - started) / 1000;
    console.log(`total ${fmt(totalS, 1)} s`);
    const results = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model,
        cores: cpus().length,
        memGiB: totalmem() / 2 ** 30,
        node: process.version,
      },
      quick: QUICK,
      counts: N,
      coldStartMs: cold,
      fsOpsPerSec: fs,
      idleMemory: mem,
      targets,
      totalSeconds: totalS,
    };
    writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    rmSync(rootfs, { recursive: true, force: true });
  }
}

await main();
