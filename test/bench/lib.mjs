// Benchmark helpers shared by the suites in test/bench/suites/: sample statistics, timing loops and
// stream collection. Plain JS: benches run against the built dist/.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

/** BENCH_QUICK=1 shrinks every count for a smoke run. */
export const QUICK = process.env.BENCH_QUICK === '1';

v8.setFlagsFromString('--expose-gc');
/** A full GC, so RSS figures are not other work's garbage. */
export const gc = vm.runInNewContext('gc');

export function quantile(sorted, q) {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** p50/p95/min of a list of samples. */
export function summary(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: quantile(s, 0.5), p95: quantile(s, 0.95), min: s[0] };
}

/** Times `n` runs of `fn` after one warm-up run (first-use costs are not the steady state). */
export async function timeRuns(n, fn) {
  await fn();
  const out = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return summary(out);
}

/** Accumulates a readable's text; returns a getter. */
export function collect(stream) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => {
    text += d;
  });
  return () => text;
}

/** Runs `node script` in a new container of `kernel` over `rootfs` and returns its stdout (throws on failure). */
export async function runIn(kernel, rootfs, script) {
  const c = await kernel.run({ rootfs, cmd: ['node', script] });
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  const status = await c.wait();
  kernel.remove(c);
  if (status.exitCode !== 0) throw new Error(`${script} failed (${status.exitCode}): ${err()}`);
  return out();
}

export const tick = () => new Promise((r) => setImmediate(r));
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const fmt = (x, d = 2) => (typeof x === 'number' ? x.toFixed(d) : String(x));

/** A target line: `value` against `target`, met when `cmp` holds. */
export function target(value, goal, cmp = '<=') {
  return { value, target: goal, cmp, met: cmp === '<=' ? value <= goal : value >= goal };
}

/**
 * A fresh, empty tsvirt home for a suite's kernels (removed when the bench exits): the runtime's code
 * cache is then the one the suite's own first program leaves, as on a fresh install, instead of
 * whatever program happened to run first on this machine since the last build.
 */
export function benchHome(name) {
  const home = mkdtempSync(join(tmpdir(), `tsvirt-bench-home-${name}-`));
  process.once('exit', () => rmSync(home, { recursive: true, force: true }));
  return home;
}
