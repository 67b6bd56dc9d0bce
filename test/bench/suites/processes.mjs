// Bench suite "processes" (issue 4): process spawn cost inside a container (a guest spawnSync loop and
// a spawn+exit loop of the base image's /bin/true, with and without a warm pool) beside the host's
// child_process.spawn('/bin/true') (from a fresh node process, and from this one), and `cat | grep |
// sort | uniq -c | wc -l` over a 10 MB file in tsvirt's sh beside the host's /bin/sh with GNU tools,
// all measured in the same run.

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ivm from 'isolated-vm';
import { Kernel } from '../../../dist/index.js';
import { benchHome, collect, QUICK, sleep, summary, target, timeRuns } from '../lib.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const N = {
  spawns: QUICK ? 20 : 200,
  hostSpawns: QUICK ? 20 : 200,
  pipelineRuns: QUICK ? 1 : 3,
  pipelineMiB: QUICK ? 1 : 10,
};
const PIPELINE = 'cat /data/words.txt | grep ab | sort | uniq -c | wc -l';

/**
 * The floor under any tsvirt process: a bare V8 isolate and its context, created and disposed, with no
 * runtime in it (a process is an isolate; the runtime, the door and the process table come on top).
 */
async function bareIsolates() {
  return timeRuns(N.hostSpawns, async () => {
    const isolate = new ivm.Isolate({ memoryLimit: 128 });
    isolate.createContextSync();
    isolate.dispose();
  });
}

// The guest side of the spawn measures: per-spawn times, measured inside, as JSON on stdout.
const SPAWN_BENCH = `
const cp = require('child_process');
const n = Number(process.argv[2]);
const now = () => Number(process.hrtime.bigint()) / 1e6;
const sync = [];
for (let i = 0; i < n + 1; i++) {
  const t0 = now();
  const r = cp.spawnSync('/bin/true');
  if (r.status !== 0) throw new Error('true failed: ' + JSON.stringify(r));
  if (i > 0) sync.push(now() - t0);
}
const async = [];
const once = () => new Promise((resolve, reject) => {
  const t0 = now();
  const c = cp.spawn('/bin/true', [], { stdio: 'ignore' });
  c.on('error', reject);
  c.on('exit', (code) => (code === 0 ? resolve(now() - t0) : reject(new Error('exit ' + code))));
});
(async () => {
  await once();
  for (let i = 0; i < n; i++) async.push(await once());
  console.log(JSON.stringify({ sync, async }));
})();
`;

function makeRootfs() {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-bench-procs-'));
  cpSync(join(REPO, 'dist/userland/bin'), join(root, 'bin'), { recursive: true });
  copyFileSync(join(REPO, 'dist/userland/sh.js'), join(root, 'bin/sh'));
  chmodSync(join(root, 'bin/sh'), 0o755);
  for (const d of ['app', 'data', 'tmp']) mkdirSync(join(root, d));
  writeFileSync(join(root, 'app/spawn.js'), SPAWN_BENCH);
  // Deterministic text: words from a small alphabet, so grep keeps a share and uniq has work to do.
  const lines = [];
  let size = 0;
  let x = 12345;
  const letters = 'abcdefgh';
  while (size < N.pipelineMiB * 2 ** 20) {
    let line = '';
    for (let w = 0; w < 6; w++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      line += `${w ? ' ' : ''}${letters[x % 8]}${letters[(x >> 3) % 8]}${letters[(x >> 6) % 8]}`;
    }
    lines.push(line);
    size += line.length + 1;
  }
  writeFileSync(join(root, 'data/words.txt'), `${lines.join('\n')}\n`);
  return root;
}

async function runIn(kernel, spec) {
  const c = await kernel.run(spec);
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  const status = await c.wait();
  kernel.remove(c);
  if (status.exitCode !== 0) throw new Error(`${spec.cmd.join(' ')} failed (${status.exitCode}): ${err()}`);
  return out();
}

/** Guest spawn loops in one container of `kernel`. */
async function guestSpawns(kernel, root) {
  const out = await runIn(kernel, {
    rootfs: root,
    cmd: ['node', '/app/spawn.js', String(N.spawns)],
    env: { PATH: '/bin' },
  });
  const r = JSON.parse(out);
  return { sync: summary(r.sync), async: summary(r.async) };
}

async function hostSpawns() {
  return timeRuns(N.hostSpawns, async () => {
    const p = spawn('/bin/true', [], { stdio: 'ignore' });
    await new Promise((resolve, reject) => {
      p.once('exit', resolve);
      p.once('error', reject);
    });
  });
}

// The same loop in a fresh `node` process: fork() copies the parent's page tables, so a spawn costs
// more the bigger its parent is, and this bench process holds every kernel the suites made (GBs
// after core's 500 idle containers). A plain Node program is the fair baseline, and the target's.
const LEAN_SPAWNS = `
const { spawn } = require('child_process');
const n = Number(process.argv[1]);
const once = () => new Promise((resolve, reject) => {
  const t0 = performance.now();
  const p = spawn('/bin/true', [], { stdio: 'ignore' });
  p.once('error', reject);
  p.once('exit', () => resolve(performance.now() - t0));
});
(async () => {
  await once();
  const ms = [];
  for (let i = 0; i < n; i++) ms.push(await once());
  console.log(JSON.stringify(ms));
})();
`;

function leanHostSpawns() {
  const r = spawnSync(process.execPath, ['-e', LEAN_SPAWNS, String(N.hostSpawns)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`lean host spawn loop failed: ${r.stderr}`);
  return summary(JSON.parse(r.stdout));
}

// The pipeline is timed inside the container (a guest spawnSync of sh), so neither side pays for
// creating a container or importing the 10 MiB rootfs; the host side is a spawnSync of /bin/sh.
const PIPE_BENCH = `
const cp = require('child_process');
const runs = Number(process.argv[2]);
const ms = [];
let out = '';
for (let i = 0; i < runs; i++) {
  const t0 = Number(process.hrtime.bigint()) / 1e6;
  const r = cp.spawnSync('/bin/sh', ['-c', process.argv[3]], { encoding: 'utf8', maxBuffer: 1 << 20 });
  ms.push(Number(process.hrtime.bigint()) / 1e6 - t0);
  if (r.status !== 0) throw new Error('pipeline failed: ' + r.stderr);
  out = r.stdout;
}
console.log(JSON.stringify({ ms, out }));
`;

async function pipelines(root) {
  writeFileSync(join(root, 'app/pipe.js'), PIPE_BENCH);
  const kernel = new Kernel();
  const guest = JSON.parse(
    await runIn(kernel, {
      rootfs: root,
      cmd: ['node', '/app/pipe.js', String(N.pipelineRuns), PIPELINE],
      env: { PATH: '/bin' },
    }),
  );
  await kernel.close();
  const hostMs = [];
  let hostOut = '';
  for (let i = 0; i < N.pipelineRuns; i++) {
    const t0 = performance.now();
    const r = spawnSync('/bin/sh', ['-c', PIPELINE.replaceAll('/data/', `${root}/data/`)], {
      encoding: 'utf8',
      env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' },
    });
    hostMs.push(performance.now() - t0);
    hostOut = r.stdout;
  }
  if (guest.out.trim() !== hostOut.trim())
    throw new Error(`pipeline outputs differ: ${guest.out} vs ${hostOut}`);
  return { guest: summary(guest.ms), host: summary(hostMs), lines: Number(hostOut.trim()) };
}

export const name = 'processes';

/** Runs the suite; returns table rows, targets and the raw figures for results.json. */
export async function run(progress) {
  const root = makeRootfs();
  try {
    const host = leanHostSpawns();
    progress('host spawn (lean node process)', host);
    const hostHere = await hostSpawns();
    progress('host spawn (this process)', hostHere);
    const floor = await bareIsolates();
    progress('bare isolate + context', floor);
    const home = benchHome('processes');
    const plain = new Kernel({ home });
    const cold = await guestSpawns(plain, root);
    await plain.close();
    progress('guest spawn', cold);
    const pooled = new Kernel({ home, warmPool: 4 });
    await sleep(300);
    const warm = await guestSpawns(pooled, root);
    await pooled.close();
    progress('guest spawn, warm pool', warm);
    const pipe = await pipelines(root);
    progress('pipeline', pipe);
    const ratio = cold.async.p50 / host.p50;
    const targets = {
      spawnRatio: target(ratio, 0.5),
      spawnRatioWarm: target(warm.async.p50 / host.p50, 0.5),
    };
    const rows = [
      ['spawn /bin/true + exit in a container (spawn)', cold.async.p50, cold.async.p95, 'ms', ratio],
      ['spawnSync /bin/true in a container', cold.sync.p50, cold.sync.p95, 'ms', cold.sync.p50 / host.p50],
      [
        'spawn /bin/true in a container, warmPool 4',
        warm.async.p50,
        warm.async.p95,
        'ms',
        warm.async.p50 / host.p50,
      ],
      ['spawnSync /bin/true, warmPool 4', warm.sync.p50, warm.sync.p95, 'ms', warm.sync.p50 / host.p50],
      ['  baseline host child_process.spawn(/bin/true)', host.p50, host.p95, 'ms', ''],
      [
        `  (the same from this bench process, ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB RSS)`,
        hostHere.p50,
        hostHere.p95,
        'ms',
        '',
      ],
      ['  floor: a bare isolate + context, no runtime', floor.p50, floor.p95, 'ms', floor.p50 / host.p50],
      [
        `sh: ${PIPELINE} (${N.pipelineMiB} MiB)`,
        pipe.guest.p50,
        pipe.guest.p95,
        'ms',
        pipe.guest.p50 / pipe.host.p50,
      ],
      ['  baseline host /bin/sh + GNU tools', pipe.host.p50, pipe.host.p95, 'ms', ''],
    ];
    const notes = [
      `pipeline result: ${pipe.lines} distinct lines (same in both)`,
      `a process is an isolate: creating a bare one (no runtime) alone costs ${(floor.p50 / host.p50).toFixed(2)}x a host spawn, against the 0.5x target`,
    ];
    return {
      rows,
      targets,
      notes,
      results: {
        counts: N,
        hostSpawnMs: host,
        hostSpawnInBenchProcessMs: hostHere,
        bareIsolateMs: floor,
        guestSpawnMs: { cold, warm },
        pipelineMs: pipe,
      },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
