// Bench suite "images" (issue 3): a container from an image with one 5,000-file / 50 MB layer — the
// first start (blob read, digest check, tar parse, tree build: the unpack) against `tar -x` of the same
// layer to a host tmpdir, and a second start (the tree shared) — and host RSS for 100 live containers of
// that image against one. Target: the 100 cost at most 1.2× the one plus 100× the idle per-container
// overhead, measured in the same run with a tiny image. Memory is measured in a fresh child process per
// figure (this file, forked with --images-child), so one measure's heap does not blur the next.
// Last, a warm-pool start from an image beside the same start from a rootfs directory holding the same
// files, alternating in one kernel: once an image has been seen, a start from it should cost what a
// start from a directory does (the store's read cache leaves a stat of index.json on that path).

import { execFileSync, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImageStore, writeLayerTar } from '../../../dist/image/index.js';
import { Kernel } from '../../../dist/index.js';
import { collect, gc, QUICK, sleep, summary, target } from '../lib.mjs';

const FILES = 5000;
const FILE_BYTES = 10_000; // 5,000 × 10 kB = 50 MB
const N = { starts: QUICK ? 2 : 5, many: QUICK ? 20 : 100, warm: QUICK ? 10 : 60 };
const IDLE = 'setInterval(() => {}, 1e9);\n';
const meta = { mode: 0o644, uid: 0, gid: 0, mtime: 0 };
const dir = { type: 'dir', ...meta, mode: 0o755 };

/** The big layer: /app/{hello,idle}.js and 5,000 files of random bytes in 50 directories. */
function bigLayer() {
  const entries = new Map([
    ['/app', dir],
    ['/app/hello.js', { type: 'file', ...meta, data: Buffer.from("console.log('hello');\n") }],
    ['/app/idle.js', { type: 'file', ...meta, data: Buffer.from(IDLE) }],
    ['/data', dir],
  ]);
  const bytes = randomBytes(FILES * FILE_BYTES);
  for (let d = 0; d < 50; d++) {
    entries.set(`/data/d${d}`, dir);
    for (let f = 0; f < FILES / 50; f++) {
      const i = d * (FILES / 50) + f;
      entries.set(`/data/d${d}/f${f}.bin`, {
        type: 'file',
        ...meta,
        data: bytes.subarray(i * FILE_BYTES, (i + 1) * FILE_BYTES),
      });
    }
  }
  return writeLayerTar({ entries, whiteouts: new Set(), opaque: new Set() });
}

function tinyLayer() {
  const entries = new Map([
    ['/app', dir],
    ['/app/hello.js', { type: 'file', ...meta, data: Buffer.from("console.log('hello');\n") }],
    ['/app/idle.js', { type: 'file', ...meta, data: Buffer.from(IDLE) }],
  ]);
  return writeLayerTar({ entries, whiteouts: new Set(), opaque: new Set() });
}

async function runHello(kernel, image) {
  const c = await kernel.run({ image, cmd: ['node', '/app/hello.js'] });
  const out = collect(c.stdout);
  const status = await c.wait();
  if (status.exitCode !== 0 || out() !== 'hello\n') throw new Error(`${image}: ${JSON.stringify(status)}`);
  kernel.remove(c);
}

/** First start (a new kernel: nothing unpacked) and second start (same kernel) of the big image. */
async function starts(home, tarPath) {
  const first = [];
  const second = [];
  const untar = [];
  for (let i = 0; i < N.starts; i++) {
    const kernel = new Kernel({ home });
    await runHello(kernel, 'bench-tiny'); // the runtime's one-time costs are not the image's
    let t0 = performance.now();
    await runHello(kernel, 'bench-big');
    first.push(performance.now() - t0);
    t0 = performance.now();
    await runHello(kernel, 'bench-big');
    second.push(performance.now() - t0);
    await kernel.close();
    const out = mkdtempSync(join(tmpdir(), 'tsvirt-bench-untar-'));
    t0 = performance.now();
    execFileSync('tar', ['-xf', tarPath, '-C', out]);
    untar.push(performance.now() - t0);
    rmSync(out, { recursive: true, force: true });
  }
  return { first: summary(first), second: summary(second), untar: summary(untar) };
}

/** One warm-pool start of `spec` running /app/hello.js: [ms until run() resolves, ms until exit]. */
async function warmStart(kernel, spec) {
  await kernel.warm(); // the pool refills between starts, as on an idle host
  const t0 = performance.now();
  const c = await kernel.run({ ...spec, cmd: ['node', '/app/hello.js'] });
  const t1 = performance.now();
  const out = collect(c.stdout);
  const status = await c.wait();
  const t2 = performance.now();
  if (status.exitCode !== 0 || out() !== 'hello\n') throw new Error(`warm start: ${JSON.stringify(status)}`);
  kernel.remove(c);
  return [t1 - t0, t2 - t0];
}

/** Warm-pool starts from the tiny image and from a directory with the same files, alternating. */
async function warmStarts(home) {
  const rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-bench-rootfs-'));
  try {
    mkdirSync(join(rootfs, 'app'));
    writeFileSync(join(rootfs, 'app/hello.js'), "console.log('hello');\n");
    writeFileSync(join(rootfs, 'app/idle.js'), IDLE);
    const kernel = new Kernel({ home, warmPool: 2 });
    const kinds = { image: { image: 'bench-tiny' }, rootfs: { rootfs } };
    const ms = { image: [[], []], rootfs: [[], []] };
    for (let i = 0; i < 3; i++) for (const spec of Object.values(kinds)) await warmStart(kernel, spec);
    for (let i = 0; i < N.warm; i++) {
      for (const [kind, spec] of Object.entries(kinds)) {
        const [run, total] = await warmStart(kernel, spec);
        ms[kind][0].push(run);
        ms[kind][1].push(total);
      }
    }
    await kernel.close();
    return {
      image: { run: summary(ms.image[0]), total: summary(ms.image[1]) },
      rootfs: { run: summary(ms.rootfs[0]), total: summary(ms.rootfs[1]) },
    };
  } finally {
    rmSync(rootfs, { recursive: true, force: true });
  }
}

/** In a child: RSS growth for `n` idle containers of `image`, over a kernel that has run one container. */
async function childMeasure(home, image, n) {
  const kernel = new Kernel({ home });
  await runHello(kernel, 'bench-tiny');
  await sleep(100);
  gc();
  const before = process.memoryUsage().rss;
  const cs = [];
  for (let i = 0; i < n; i++) cs.push(await kernel.run({ image, cmd: ['node', '/app/idle.js'] }));
  await sleep(500);
  gc();
  await sleep(100);
  const after = process.memoryUsage().rss;
  const alive = cs.filter((c) => c.state === 'running').length;
  await kernel.close();
  return { image, n, alive, mib: (after - before) / 2 ** 20 };
}

function measureInChild(home, image, n) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--images-child', home, image, String(n)], {
      execArgv: ['--no-node-snapshot'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result;
    child.on('message', (m) => {
      result = m;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      result ? resolve(result) : reject(new Error(`memory child ${image}×${n} exited ${code}`)),
    );
  });
}

if (process.argv[2] === '--images-child') {
  const [home, image, n] = process.argv.slice(3);
  const r = await childMeasure(home, image, Number(n));
  await new Promise((res) => process.send(r, res));
  process.exit(0);
}

export const name = 'images';

export async function run(progress) {
  const home = mkdtempSync(join(tmpdir(), 'tsvirt-bench-images-'));
  try {
    const store = new ImageStore({ home });
    const big = await bigLayer();
    const cmd = { Cmd: ['node', '/app/hello.js'] };
    await store.createImage({ layers: [big], config: cmd, tags: ['bench-big'] });
    await store.createImage({ layers: [await tinyLayer()], config: cmd, tags: ['bench-tiny'] });
    const tarPath = join(home, 'layer.tar');
    writeFileSync(tarPath, big);
    progress('images made', { layerMiB: big.byteLength / 2 ** 20 });
    const s = await starts(home, tarPath);
    progress('starts', s);
    const big1 = await measureInChild(home, 'bench-big', 1);
    const bigMany = await measureInChild(home, 'bench-big', N.many);
    const tiny1 = await measureInChild(home, 'bench-tiny', 1);
    const tinyMany = await measureInChild(home, 'bench-tiny', N.many);
    progress('memory', { big1, bigMany, tiny1, tinyMany });
    const w = await warmStarts(home);
    progress('warm starts', w);
    const overhead = (tinyMany.mib - tiny1.mib) / (N.many - 1);
    const allowed = 1.2 * big1.mib + N.many * overhead;
    const targets = {
      manyMiB: target(bigMany.mib, Number(allowed.toFixed(1))),
      secondVsFirst: target(s.second.p50 / s.first.p50, 0.5),
      imageVsRootfsStart: target(w.image.total.p50 / w.rootfs.total.p50, 1.2),
    };
    const rows = [
      ['first start, 5,000-file / 50 MB layer (unpack incl.)', s.first.p50, s.first.p95, 'ms', ''],
      [
        '  baseline tar -x of the same layer to a tmpdir',
        s.untar.p50,
        s.untar.p95,
        'ms',
        s.first.p50 / s.untar.p50,
      ],
      ['second start (layers shared)', s.second.p50, s.second.p95, 'ms', ''],
      ['  baseline: the first start', s.first.p50, s.first.p95, 'ms', s.second.p50 / s.first.p50],
      [`host RSS, ${N.many} live containers of the 50 MB image`, bigMany.mib, '', 'MiB', ''],
      ['  baseline: 1 container of it', big1.mib, '', 'MiB', bigMany.mib / big1.mib],
      [`  idle per-container overhead (tiny image, ${N.many} vs 1)`, overhead, '', 'MiB', ''],
      ['warm-pool start from an image, run() to exit', w.image.total.p50, w.image.total.p95, 'ms', ''],
      [
        '  baseline: the same start from a rootfs directory',
        w.rootfs.total.p50,
        w.rootfs.total.p95,
        'ms',
        w.image.total.p50 / w.rootfs.total.p50,
      ],
      ['warm-pool start from an image, kernel.run() alone', w.image.run.p50, w.image.run.p95, 'ms', ''],
      [
        '  baseline: kernel.run() from a rootfs directory',
        w.rootfs.run.p50,
        w.rootfs.run.p95,
        'ms',
        w.image.run.p50 / w.rootfs.run.p50,
      ],
    ];
    const notes = [
      `layer ${(big.byteLength / 2 ** 20).toFixed(1)} MiB tar; alive ${bigMany.alive}/${N.many} big, ${tinyMany.alive}/${N.many} tiny`,
      `allowed for ${N.many}: 1.2 × ${big1.mib.toFixed(1)} + ${N.many} × ${overhead.toFixed(2)} = ${allowed.toFixed(1)} MiB`,
    ];
    return {
      rows,
      targets,
      notes,
      results: {
        counts: N,
        starts: s,
        memory: { big1, bigMany, tiny1, tinyMany, overhead, allowed },
        warmStarts: w,
      },
    };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
