// Benchmark runner (plain JS, run after a build by `npm run bench`): runs every suite in
// test/bench/suites/ (or those named in BENCH_ONLY=a,b), prints each suite's table with its baselines
// and targets, and writes test/bench/results.json (suites not run keep their previous figures).
// BENCH_QUICK=1 shrinks every count for a smoke run.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, QUICK } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;

function printSuite(name, { rows, targets, notes = [] }) {
  console.log(`\n== ${name}`);
  console.log(
    `${'measure'.padEnd(56)}${'p50/value'.padStart(14)}${'p95'.padStart(10)}  unit   ratio (tsvirt/baseline)`,
  );
  for (const [label, a, b, unit, ratio] of rows) {
    const d = unit === 'ops/s' || unit === 'req/s' ? 0 : 2;
    console.log(
      `${label.padEnd(56)}${fmt(a, d).padStart(14)}${fmt(b, d).padStart(10)}  ${unit.padEnd(6)} ${ratio === '' ? '' : `${fmt(ratio)}×`}`,
    );
  }
  for (const n of notes) console.log(n);
  for (const [k, t] of Object.entries(targets))
    console.log(
      `target ${k.padEnd(14)} ${fmt(t.value)} ${t.cmp ?? ''} ${t.target}: ${t.met ? 'met' : 'NOT met'}`,
    );
}

async function main() {
  const started = performance.now();
  const files = readdirSync(join(here, 'suites'))
    .filter((f) => f.endsWith('.mjs'))
    .sort((a, b) => (a === 'core.mjs' ? -1 : b === 'core.mjs' ? 1 : a.localeCompare(b)));
  const resultsPath = join(here, 'results.json');
  const previous = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
  const suites = { ...(previous.suites ?? {}) };
  console.log(
    `tsvirt bench — ${new Date().toISOString()} — node ${process.version} — ${cpus()[0]?.model} ×${cpus().length}`,
  );
  for (const file of files) {
    const suite = await import(pathToFileURL(join(here, 'suites', file)).href);
    if (only && !only.includes(suite.name)) continue;
    const t0 = performance.now();
    const progress = (what, v) =>
      process.stderr.write(
        `bench ${suite.name}: ${what} done at ${fmt((performance.now() - started) / 1000, 1)} s ${JSON.stringify(v)}\n`,
      );
    const out = await suite.run(progress);
    printSuite(suite.name, out);
    suites[suite.name] = {
      date: new Date().toISOString(),
      quick: QUICK,
      seconds: (performance.now() - t0) / 1000,
      targets: out.targets,
      ...out.results,
    };
  }
  const totalS = (performance.now() - started) / 1000;
  console.log(`\ntotal ${fmt(totalS, 1)} s`);
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      memGiB: totalmem() / 2 ** 30,
      node: process.version,
    },
    suites,
  };
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
}

await main();
