// Bench suite "network" (issue 6): requests per second of a hello-world http server in a container
// through a published port, beside the same handler on plain Node http and on Cloudflare's workerd,
// all driven by the same keep-alive load generator in its own process; and MB/s of a stream between
// two containers beside the same two programs on a host loopback TCP pair. 127.0.0.1 only.
// Rounds interleave the three servers and each round's ratios are taken within the round (paired), so
// a load swing on a shared machine moves both sides; the CPU each server burns per request (all its
// threads) is reported too: it is what a saturated machine divides between them.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kernel } from '../../../dist/index.js';
import { QUICK, sleep, target } from '../lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const REPO = join(here, '..', '..', '..');
const N = { conns: 32, seconds: QUICK ? 1.5 : 4, rounds: QUICK ? 1 : 5, streamMiB: QUICK ? 20 : 100 };

/** CPU time (user + system, all threads) of a host process so far, in µs (Linux; 0 elsewhere). */
function processCpuUs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return 0;
  }
}

const HANDLER = `require('http').createServer((req, res) => res.end('hello world'))
  .listen(Number(process.argv[2]), '0.0.0.0', () => console.log('ready'));`;
const WORKER = `export default { async fetch() { return new Response('hello world'); } };`;
// A TCP source: writes MIB MiB to each connection (respecting backpressure), then ends.
const SOURCE = `const mib = Number(process.argv[3]);
require('net').createServer((s) => {
  s.on('error', () => {}); const chunk = Buffer.alloc(64 * 1024, 97); let left = mib * 16;
  const pump = () => { while (left > 0) { left--; if (!s.write(chunk)) return void s.once('drain', pump); } s.end(); };
  pump();
}).listen(Number(process.argv[2]), '0.0.0.0', () => console.log('ready'));`;
// A TCP sink: connects, counts bytes to the end, prints {bytes, ms} measured inside the process.
const SINK = `const [host, port] = [process.argv[2], Number(process.argv[3])];
const t0 = process.hrtime.bigint(); let bytes = 0;
const s = require('net').connect(port, host);
s.on('data', (d) => { bytes += d.length; });
s.on('end', () => console.log(JSON.stringify({ bytes, ms: Number(process.hrtime.bigint() - t0) / 1e6 })));`;

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitListening(port, ms = 20_000) {
  for (const t0 = Date.now(); Date.now() - t0 < ms; await sleep(50)) {
    const ok = await new Promise((r) => {
      const c = connect(port, '127.0.0.1', () => {
        c.destroy();
        r(true);
      });
      c.on('error', () => r(false));
    });
    if (ok) return;
  }
  throw new Error(`nothing listens on 127.0.0.1:${port}`);
}

/** Drives `port`; `cpuUs()` reads the server's CPU, so the result carries its µs per answered request. */
async function loadgen(port, cpuUs) {
  const before = cpuUs();
  const r = await runLoadgen(port);
  return { ...r, cpuPerReq: (cpuUs() - before) / Math.max(1, r.total) };
}

function runLoadgen(port) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(REPO, 'test/bench/loadgen.mjs'), String(port), String(N.conns), String(N.seconds)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
    });
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`loadgen ${code}`)),
    );
  });
}

/** Starts a host process, waits for its port, and returns a stopper. */
async function hostProcess(cmd, args, port, cwd) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], cwd });
  await waitListening(port);
  const stop = () =>
    new Promise((r) => {
      child.once('exit', r);
      child.kill('SIGTERM');
    });
  return { stop, cpuUs: () => processCpuUs(child.pid) };
}

async function rpsNode(dir) {
  const port = await freePort();
  const { stop, cpuUs } = await hostProcess(process.execPath, [join(dir, 'handler.js'), String(port)], port);
  try {
    return await loadgen(port, cpuUs);
  } finally {
    await stop();
  }
}

async function rpsWorkerd(dir) {
  const port = await freePort();
  writeFileSync(join(dir, 'worker.js'), WORKER);
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .w) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const w :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed "worker.js") ],
  compatibilityDate = "2024-01-01",
);
`,
  );
  const bin = join(REPO, 'node_modules/.bin/workerd');
  const { stop, cpuUs } = await hostProcess(bin, ['serve', join(dir, 'config.capnp')], port, dir);
  try {
    return await loadgen(port, cpuUs);
  } finally {
    await stop();
  }
}

async function rpsTsvirt(kernel, rootfs) {
  const c = await kernel.run({
    rootfs,
    ports: [{ hostPort: 0, containerPort: 8080 }],
    cmd: ['node', '/app/handler.js', '8080'],
  });
  try {
    const port = c.publishedPorts[0].hostPort;
    await waitListening(port);
    // The kernel runs in this process: its CPU (kernel thread and the isolates' threads) is ours.
    const cpuUs = () => {
      const u = process.cpuUsage();
      return u.user + u.system;
    };
    return await loadgen(port, cpuUs);
  } finally {
    c.kill('SIGKILL');
    await c.wait();
    kernel.remove(c);
  }
}

async function streamTsvirt(kernel, rootfs) {
  const src = await kernel.run({
    rootfs,
    name: 'source',
    cmd: ['node', '/app/source.js', '9000', String(N.streamMiB)],
  });
  await new Promise((r) => src.stdout.on('data', (d) => String(d).includes('ready') && r()));
  const sink = await kernel.run({ rootfs, cmd: ['node', '/app/sink.js', 'source', '9000'] });
  let out = '';
  sink.stdout.on('data', (d) => {
    out += d;
  });
  await sink.wait();
  src.kill('SIGKILL');
  await src.wait();
  kernel.remove(sink);
  kernel.remove(src);
  return JSON.parse(out);
}

async function streamHost(dir) {
  const port = await freePort();
  const { stop } = await hostProcess(
    process.execPath,
    [join(dir, 'source.js'), String(port), String(N.streamMiB)],
    port,
  );
  try {
    const child = spawn(process.execPath, [join(dir, 'sink.js'), '127.0.0.1', String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
    });
    await new Promise((r) => child.on('close', r));
    return JSON.parse(out);
  } finally {
    await stop();
  }
}

const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);

export const name = 'network';

export async function run(progress) {
  const dir = mkdtempSync(join(tmpdir(), 'tsvirt-bench-net-'));
  mkdirSync(join(dir, 'app'));
  for (const [f, text] of [
    ['handler.js', HANDLER],
    ['source.js', SOURCE],
    ['sink.js', SINK],
  ]) {
    writeFileSync(join(dir, f), text);
    writeFileSync(join(dir, 'app', f), text);
  }
  const kernel = new Kernel();
  try {
    // Rounds interleave the three servers, so each sees the same machine load; ratios pair within rounds.
    const rounds = { tsvirt: [], node: [], workerd: [] };
    for (let r = 0; r < N.rounds; r++) {
      rounds.tsvirt.push(await rpsTsvirt(kernel, dir));
      rounds.node.push(await rpsNode(dir));
      rounds.workerd.push(await rpsWorkerd(dir));
      const show = (x) => `${Math.round(x.rps)} req/s, ${x.cpuPerReq.toFixed(1)} µs CPU/req`;
      progress(`rps round ${r + 1}`, {
        tsvirt: show(rounds.tsvirt[r]),
        node: show(rounds.node[r]),
        workerd: show(rounds.workerd[r]),
      });
    }
    const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const span = (list) => `${Math.min(...list).toFixed(2)}–${Math.max(...list).toFixed(2)}`;
    const pick = (list, key) => list.map((r) => r[key]);
    // Paired: each round's tsvirt beside the same round's baselines.
    const vsNode = rounds.tsvirt.map((t, i) => t.rps / rounds.node[i].rps);
    const vsWorkerd = rounds.tsvirt.map((t, i) => t.rps / rounds.workerd[i].rps);
    const rps = {
      tsvirt: median(pick(rounds.tsvirt, 'rps')),
      node: median(pick(rounds.node, 'rps')),
      workerd: median(pick(rounds.workerd, 'rps')),
    };
    const cpu = {
      tsvirt: median(pick(rounds.tsvirt, 'cpuPerReq')),
      node: median(pick(rounds.node, 'cpuPerReq')),
      workerd: median(pick(rounds.workerd, 'cpuPerReq')),
    };
    const sTs = await streamTsvirt(kernel, dir);
    progress('tsvirt stream', sTs);
    const sHost = await streamHost(dir);
    progress('host stream', sHost);
    const mbps = (s) => s.bytes / 2 ** 20 / (s.ms / 1000);
    const targets = {
      rpsVsNode: target(median(vsNode), 0.5, '>='),
      rpsVsWorkerd: target(median(vsWorkerd), 1, '>='),
    };
    const rows = [
      [`http hello world, tsvirt via published port (${N.conns} conns)`, rps.tsvirt, '', 'req/s', ''],
      ['  baseline plain Node http (ratio: median of paired rounds)', rps.node, '', 'req/s', median(vsNode)],
      ['  baseline workerd (ratio: median of paired rounds)', rps.workerd, '', 'req/s', median(vsWorkerd)],
      ['http CPU per request, tsvirt (kernel + isolate threads)', cpu.tsvirt, '', 'µs', ''],
      ['  baseline plain Node http', cpu.node, '', 'µs', cpu.tsvirt / cpu.node],
      ['  baseline workerd', cpu.workerd, '', 'µs', cpu.tsvirt / cpu.workerd],
      [`stream ${N.streamMiB} MiB container → container`, mbps(sTs), '', 'MiB/s', ''],
      [
        '  baseline host loopback TCP (two node processes)',
        mbps(sHost),
        '',
        'MiB/s',
        mbps(sTs) / mbps(sHost),
      ],
    ];
    const notes = [
      `load: ${N.conns} keep-alive connections for ${N.seconds} s from a separate Node process, ${N.rounds} interleaved rounds; req/s are medians, ratios the median of each round's own ratio`,
      `paired ratios ranged: vs Node ${span(vsNode)}, vs workerd ${span(vsWorkerd)}; errors: tsvirt ${sum(rounds.tsvirt, 'errors')}, node ${sum(rounds.node, 'errors')}, workerd ${sum(rounds.workerd, 'errors')}`,
    ];
    return {
      rows,
      targets,
      notes,
      results: {
        counts: N,
        rps: { ...rps, vsNode, vsWorkerd, rounds },
        cpuPerRequestUs: cpu,
        stream: { tsvirt: sTs, host: sHost },
      },
    };
  } finally {
    await kernel.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
