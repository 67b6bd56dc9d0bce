// Bench suite "heavy": does one tenant's heavy synchronous crypto/zlib call stall its neighbours? A
// neighbour container answers stdin lines on stdout (each a round trip through the kernel); its
// round-trip latency is measured on an idle kernel (the baseline) and while another container is inside
// pbkdf2Sync, brotliCompressSync, generateKeyPairSync('rsa', 4096) or gzipSync of 64 MiB. Work on the
// kernel's main thread shows as round trips as slow as the call; work on the thread pool does not.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kernel } from '../../../dist/index.js';
import { QUICK, summary, target } from '../lib.mjs';

const N = { idleMs: QUICK ? 500 : 3000 };

const ECHO = `let buf = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => {
  buf += d;
  for (let i = buf.indexOf('\\n'); i >= 0; i = buf.indexOf('\\n')) {
    process.stdout.write('pong ' + buf.slice(0, i) + '\\n');
    buf = buf.slice(i + 1);
  }
});
`;

/**
 * The heavy calls: one synchronous call of seconds each (at the kernel's caps or near them), its input
 * made before the `start` line so the window holds the call alone (with its input crossing the door).
 */
const HEAVY = {
  pbkdf2: {
    input: "'pw'",
    call: "require('crypto').pbkdf2Sync(input, 'salt', QUICK ? 500000 : 5000000, 32, 'sha256')",
  },
  brotli: { input: 'noise(QUICK ? 256 << 10 : 2 << 20)', call: "require('zlib').brotliCompressSync(input)" },
  rsa4096: { input: '4096', call: "require('crypto').generateKeyPairSync('rsa', { modulusLength: input })" },
  sha256x64MiB: {
    input: 'noise(QUICK ? 8 << 20 : 64 << 20)',
    call: "require('crypto').createHash('sha256').update(input).digest()",
  },
  gzip64MiB: { input: 'noise(QUICK ? 8 << 20 : 64 << 20)', call: "require('zlib').gzipSync(input)" },
};

/** Incompressible input without a syscall per byte (crypto.randomBytes of 64 MiB is a kernel call too). */
const NOISE = `function noise(n) {
  const b = Buffer.alloc(n);
  let x = 1;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}
`;

function heavyProgram({ input, call }) {
  return `const QUICK = ${QUICK};\n${NOISE}const input = ${input};\nconsole.log('start');\n${call};\nconsole.log('end');\n`;
}

/** Round trips for `ms` of wall time. */
async function idleFor(ms, echo, reader, from) {
  const samples = [];
  let i = from;
  for (const t0 = performance.now(); performance.now() - t0 < ms; )
    samples.push(await roundTrip(echo, reader, i++));
  return { samples, next: i };
}

function makeRootfs() {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-bench-heavy-'));
  mkdirSync(join(root, 'app'));
  writeFileSync(join(root, 'app/echo.js'), ECHO);
  for (const [name, call] of Object.entries(HEAVY))
    writeFileSync(join(root, `app/${name}.js`), heavyProgram(call));
  return root;
}

/** Line reader over a container's stdout: `next()` resolves with the next line. */
function lineReader(stream) {
  let buf = '';
  const lines = [];
  const waiters = [];
  stream.setEncoding('utf8');
  stream.on('data', (d) => {
    buf += d;
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      const w = waiters.shift();
      if (w) w(line);
      else lines.push(line);
    }
  });
  return {
    next: () => (lines.length ? Promise.resolve(lines.shift()) : new Promise((r) => waiters.push(r))),
    seen: () => lines.length > 0,
  };
}

/** One round trip through the neighbour: write a line, wait for its answer. */
async function roundTrip(echo, reader, i) {
  const t0 = performance.now();
  echo.stdin.write(`${i}\n`);
  const line = await reader.next();
  if (line !== `pong ${i}`) throw new Error(`neighbour answered ${line}`);
  return performance.now() - t0;
}

/** Round trips from the heavy container's `start` line to its `end` line, and the call's wall time. */
async function beside(kernel, root, name, echo, reader, from) {
  const heavy = await kernel.run({ rootfs: root, cmd: ['node', `/app/${name}.js`] });
  const lines = lineReader(heavy.stdout);
  if ((await lines.next()) !== 'start') throw new Error(`${name} did not start`);
  const t0 = performance.now();
  const samples = [];
  let ended = false;
  const end = lines.next().then((l) => {
    ended = true;
    return l;
  });
  let i = from;
  while (!ended) samples.push(await roundTrip(echo, reader, i++));
  if ((await end) !== 'end') throw new Error(`${name} failed`);
  const callMs = performance.now() - t0;
  const status = await heavy.wait();
  if (status.exitCode !== 0) throw new Error(`${name} exited ${status.exitCode}`);
  kernel.remove(heavy);
  return { ...summary(samples), max: samples.reduce((m, x) => Math.max(m, x), 0), callMs, next: i };
}

export const name = 'heavy';

export async function run(progress) {
  const root = makeRootfs();
  const kernel = new Kernel();
  try {
    const echo = await kernel.run({ rootfs: root, cmd: ['node', '/app/echo.js'], openStdin: true });
    const reader = lineReader(echo.stdout);
    let i = 0;
    for (; i < 50; i++) await roundTrip(echo, reader, i); // warm-up
    // The baseline: as long a window of round trips as a heavy call, half before them and half after.
    const before = await idleFor(N.idleMs / 2, echo, reader, i);
    i = before.next;
    const during = {};
    for (const heavy of Object.keys(HEAVY)) {
      const r = await beside(kernel, root, heavy, echo, reader, i);
      i = r.next;
      delete r.next;
      during[heavy] = r;
      progress(heavy, r);
    }
    const after = await idleFor(N.idleMs / 2, echo, reader, i);
    const idle = [...before.samples, ...after.samples];
    const baseline = { ...summary(idle), max: idle.reduce((m, x) => Math.max(m, x), 0) };
    progress('baseline', baseline);
    echo.stdin.end();
    await echo.wait();
    const worstP95 = Math.max(...Object.values(during).map((r) => r.p95));
    // A round trip that waited for the call would be as long as the call: the worst share of it.
    const worstShare = Math.max(...Object.values(during).map((r) => r.max / r.callMs));
    const targets = {
      // Contention for the cores is expected; a stall is not.
      p95Ratio: target(worstP95 / baseline.p95, 5),
      maxRoundTripShareOfCall: target(worstShare, 0.1),
    };
    const rows = [['neighbour round trip, idle kernel (baseline)', baseline.p50, baseline.p95, 'ms', '']];
    for (const [heavy, r] of Object.entries(during)) {
      const label = `  beside ${heavy} (${r.n} round trips in ${(r.callMs / 1000).toFixed(1)} s)`;
      rows.push([label, r.p50, r.p95, 'ms', r.p95 / baseline.p95]);
      // The stall: a round trip that waited for the call is about as long as the call (ratio ≈ 1).
      rows.push(['    its longest round trip (ratio: share of the call)', r.max, '', 'ms', r.max / r.callMs]);
    }
    const notes = [
      `longest idle round trip: ${baseline.max.toFixed(1)} ms`,
      'ratio column: p95 beside the heavy call / idle p95; for the longest, its share of the call',
    ];
    return { rows, targets, notes, results: { counts: N, baseline, during } };
  } finally {
    await kernel.close();
    rmSync(root, { recursive: true, force: true });
  }
}
