// Security: the virtual network only routes a container to its own loopback and to containers on
// networks it shares. A service on the host's loopback (127.0.0.2 here, so nothing real is touched)
// and a container on another network stay unreachable, by address and by name; hostile arguments to
// the net syscalls are errors, never host exceptions.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { doorFor } from '../../src/kernel/syscalls/table.js';
import type { Task } from '../../src/kernel/task.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;
let hostServer: Server;
let hostPort = 0;
let hostHits = 0;

// Tries each target; prints one line per attempt: "<target> <outcome>".
const PROBE = `
const net = require('net');
const targets = JSON.parse(process.argv[2]);
(async () => {
  for (const [host, port] of targets) {
    const outcome = await new Promise((resolve) => {
      const c = net.connect(port, host, () => { c.destroy(); resolve('CONNECTED'); });
      c.on('error', (e) => resolve(e.code));
    });
    console.log(host + ':' + port, outcome);
  }
})();
`;

async function probe(targets: [string, number][], network?: string): Promise<string> {
  const c = await kernel.run({
    rootfs,
    ...(network ? { network } : {}),
    cmd: ['node', '/app/probe.js', JSON.stringify(targets)],
  });
  const out = collect(c.stdout);
  await c.wait();
  return out;
}

beforeAll(async () => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-netsec-'));
  mkdirSync(join(rootfs, 'app'));
  writeFileSync(join(rootfs, 'app/probe.js'), PROBE);
  writeFileSync(
    join(rootfs, 'app/listen.js'),
    "require('net').createServer((s) => s.end('hi')).listen(7000, () => console.log('ready'));",
  );
  writeFileSync(join(rootfs, 'app/idle.js'), 'setTimeout(() => {}, 60_000);\n');
  hostServer = createServer((s) => {
    hostHits++;
    s.end('host secret');
  });
  await new Promise<void>((r) => hostServer.listen(0, '127.0.0.2', r));
  hostPort = (hostServer.address() as { port: number }).port;
});

afterAll(async () => {
  await kernel.close();
  hostServer.close();
  rmSync(rootfs, { recursive: true, force: true });
});

describe('network isolation', () => {
  it("cannot reach the host's loopback services, nor the outside world", async () => {
    const out = await probe([
      ['127.0.0.2', hostPort],
      ['127.0.0.1', hostPort],
      ['10.88.0.1', hostPort],
      ['192.0.2.1', 80],
    ]);
    expect(out).toBe(
      `127.0.0.2:${hostPort} ECONNREFUSED\n127.0.0.1:${hostPort} ECONNREFUSED\n` +
        `10.88.0.1:${hostPort} EHOSTUNREACH\n192.0.2.1:80 ENETUNREACH\n`,
    );
    expect(hostHits).toBe(0);
  });

  it('cannot reach a container on another network, by address or by name', async () => {
    kernel.createNetwork('isolated');
    const srv = await kernel.run({
      rootfs,
      name: 'secretsvc',
      network: 'isolated',
      cmd: ['node', '/app/listen.js'],
    });
    await new Promise<void>((resolve) =>
      srv.stdout.on('data', (d) => String(d).includes('ready') && resolve()),
    );
    const addr = srv.net?.ns.primaryAddress as string;
    expect(addr.startsWith('10.')).toBe(true);
    // Same network: reachable (the control).
    expect(await probe([[addr, 7000]], 'isolated')).toBe(`${addr}:7000 CONNECTED\n`);
    // Default bridge: neither the address nor the name works.
    expect(
      await probe([
        [addr, 7000],
        ['secretsvc', 7000],
      ]),
    ).toBe(`${addr}:7000 ENETUNREACH\nsecretsvc:7000 ENOTFOUND\n`);
    // Loopback only: not even the bridge.
    expect(await probe([[addr, 7000]], 'none')).toBe(`${addr}:7000 ENETUNREACH\n`);
    srv.kill('SIGKILL');
    await srv.wait();
  });

  it("a container's loopback listener is invisible to other containers", async () => {
    const srv = await kernel.run({ rootfs, cmd: ['node', '/app/listen.js'] });
    await new Promise<void>((resolve) =>
      srv.stdout.on('data', (d) => String(d).includes('ready') && resolve()),
    );
    expect(await probe([['127.0.0.1', 7000]])).toBe('127.0.0.1:7000 ECONNREFUSED\n');
    srv.kill('SIGKILL');
    await srv.wait();
  });
});

describe('hostile arguments to the net family', () => {
  it('answer errnos as data, never host exceptions, and never a host socket', async () => {
    const c = await kernel.run({ rootfs, cmd: ['node', '/app/idle.js'] });
    for (let i = 0; i < 100 && !c.task(1); i++) await new Promise((r) => setTimeout(r, 10));
    const task = c.task(1) as Task;
    const hostErrors: unknown[] = [];
    task.onHostError = (err) => hostErrors.push(err);
    const door = doorFor(task);
    const garbage: unknown[] = [
      undefined,
      null,
      1,
      'x',
      [],
      { id: '1' },
      { host: {}, port: 1 },
      { id: 2 ** 60 },
    ];
    for (const name of [
      'net.listen',
      'net.connect',
      'net.write',
      'net.read',
      'net.accept',
      'net.shutdown',
      'net.close',
      'net.resolve',
    ]) {
      for (const args of garbage) {
        const isAsync = ['net.read', 'net.accept', 'net.connect', 'net.resolve'].includes(name);
        const [err] = isAsync ? door.async(name, args) : door.sync(name, args);
        if (err) expect(['EINVAL', 'EBADF']).toContain(err.code);
      }
    }
    // net.connect and net.resolve are async only (egress dials and host lookups take time): their
    // errors arrive as the op's completion, captured here instead of being posted to the guest.
    const done = new Map<number, { err: { code: string } | null }>();
    (task as unknown as { post(ev: unknown): void }).post = (ev) => {
      const e = ev as { t: string; id: number; err: { code: string } | null };
      if (e.t === 'done') done.set(e.id, e);
    };
    const completion = async (name: string, args: unknown) => {
      const [err, id] = door.async(name, args);
      if (err) return err.code;
      for (let i = 0; i < 500 && !done.has(id as number); i++) await new Promise((r) => setTimeout(r, 10));
      return done.get(id as number)?.err?.code ?? 'OK';
    };
    expect(await completion('net.connect', { host: '127.0.0.1', port: 70000 })).toBe('EINVAL');
    expect(await completion('net.connect', { host: 'not-an-ip', port: 80 })).toBe('EINVAL');
    expect(door.sync('net.listen', { host: '10.88.255.254', port: 80 })[0]?.code).toBe('EADDRNOTAVAIL');
    expect(await completion('net.resolve', { name: 'x'.repeat(300) })).toBe('EINVAL');
    expect(door.sync('net.write', { id: 12345, data: new Uint8Array(1) })[0]?.code).toBe('EBADF');
    expect(await completion('net.connect', { host: '127.0.0.2', port: hostPort })).toBe('ECONNREFUSED');
    expect(hostErrors).toEqual([]);
    expect(hostHits).toBe(0);
    c.kill('SIGKILL');
    await c.wait();
  });
});

describe('connection flood', () => {
  it('a process that opens sockets without end hits EMFILE, and the kernel stays healthy', async () => {
    writeFileSync(
      join(rootfs, 'app/flood.js'),
      `const net = require('net');
       const srv = net.createServer(() => {}).listen(9000, '127.0.0.1', () => {
         let ok = 0;
         const next = () => {
           const c = net.connect(9000, '127.0.0.1');
           c.on('connect', () => { ok++; next(); });
           c.on('error', (e) => { console.log(e.code, ok > 100 && ok < 1024); process.exit(0); });
         };
         next();
       });`,
    );
    const c = await kernel.run({ rootfs, cmd: ['node', '/app/flood.js'] });
    const out = collect(c.stdout);
    expect((await c.wait()).exitCode).toBe(0);
    expect(await out).toBe('EMFILE true\n');
    // Everything it held was released: a fresh container still connects to its own loopback.
    expect(await probe([['127.0.0.1', 9]])).toBe('127.0.0.1:9 ECONNREFUSED\n');
  });
});
