// Bench suite "startup" (issue 2): what a real program pays the first time it uses common builtins,
// inside a container started from a warm pool, beside the same program in a fresh `node` process
// measured in the same run. The program times each first use with performance.now(), in a fixed
// order (a later module may reuse what an earlier one loaded, in both runtimes alike).

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kernel } from '../../../dist/index.js';
import { benchHome, collect, QUICK, runIn, summary, target } from '../lib.mjs';

const N = { container: QUICK ? 8 : 60, node: QUICK ? 5 : 30 };

/** Each step: [label, statement]; the statement runs once, timed, in the program's main module. */
const STEPS = [
  ["require('events')", "require('events')"],
  ["require('stream')", "require('stream')"],
  ['process.stdout (getter)', 'process.stdout'],
  ['process.stdout.write', "process.stdout.write('')"],
  ["require('buffer')", "require('buffer')"],
  ["require('util')", "require('util')"],
  ["require('fs')", "require('fs')"],
  ["require('path')", "require('path')"],
  ["require('url')", "require('url')"],
  ["require('crypto')", "require('crypto')"],
  ["require('http')", "require('http')"],
];

const PROGRAM = `const t = [];
let last = performance.now();
${STEPS.map(([, stmt]) => `${stmt};\nt.push(performance.now() - last);\nlast = performance.now();`).join('\n')}
console.log(JSON.stringify(t));
`;

function makeRootfs() {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-bench-startup-'));
  mkdirSync(join(root, 'app'));
  writeFileSync(join(root, 'app/first.js'), PROGRAM);
  writeFileSync(join(root, 'app/hello.js'), "console.log('hello');\n");
  return root;
}

/** Per-step samples (ms) from `n` runs of the program in containers from a warm pool. */
async function inContainers(rootfs, n) {
  const kernel = new Kernel({ home: benchHome('startup'), warmPool: 1 });
  try {
    await kernel.warm();
    // The kernel's first process leaves the runtime's code cache: a trivial one, as on most installs.
    await runIn(kernel, rootfs, '/app/hello.js');
    const samples = STEPS.map(() => []);
    for (let i = 0; i < n; i++) {
      await kernel.warm();
      const t = JSON.parse(await runIn(kernel, rootfs, '/app/first.js'));
      for (const [j, ms] of t.entries()) samples[j].push(ms);
    }
    return samples;
  } finally {
    await kernel.close();
  }
}

/** Per-step samples (ms) from `n` fresh `node` processes running the same program. */
async function inNode(rootfs, n) {
  const samples = STEPS.map(() => []);
  for (let i = 0; i < n; i++) {
    const p = spawn(process.execPath, [join(rootfs, 'app/first.js')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const out = collect(p.stdout);
    const code = await new Promise((resolve) => p.once('exit', resolve));
    if (code !== 0) throw new Error(`node first.js exited ${code}`);
    for (const [j, ms] of JSON.parse(out()).entries()) samples[j].push(ms);
  }
  return samples;
}

export const name = 'startup';

/** Runs the suite; returns table rows, targets and the raw figures for results.json. */
export async function run(progress) {
  const rootfs = makeRootfs();
  try {
    const guest = (await inContainers(rootfs, N.container)).map(summary);
    progress(
      'containers',
      guest.map((s) => s.p50),
    );
    const host = (await inNode(rootfs, N.node)).map(summary);
    progress(
      'node',
      host.map((s) => s.p50),
    );
    const rows = [];
    STEPS.forEach(([label], j) => {
      rows.push([`first use: ${label}, container`, guest[j].p50, guest[j].p95, 'ms', '']);
      // The ratio is a difference over a near-zero baseline: read the absolute figures first.
      rows.push([
        `  baseline fresh node process`,
        host[j].p50,
        host[j].p95,
        'ms',
        guest[j].p50 / host[j].p50,
      ]);
    });
    const total = (list) => list.reduce((sum, s) => sum + s.p50, 0);
    rows.push(['all of the above in container (sum of p50)', total(guest), '', 'ms', '']);
    rows.push(['  baseline fresh node process', total(host), '', 'ms', total(guest) / total(host)]);
    const at = (label) => guest[STEPS.findIndex(([l]) => l === label)].p50;
    const targets = {
      utilP50: target(at("require('util')"), 2),
      streamP50: target(at("require('stream')"), 2),
      writeP50: target(at('process.stdout.write'), 2),
    };
    const byStep = Object.fromEntries(
      STEPS.map(([label], j) => [label, { tsvirt: guest[j], node: host[j] }]),
    );
    return {
      rows,
      targets,
      notes: [
        `program: the steps above in order, one process each run (${N.container} containers, ${N.node} node)`,
      ],
      results: { counts: N, firstUseMs: byStep },
    };
  } finally {
    rmSync(rootfs, { recursive: true, force: true });
  }
}
