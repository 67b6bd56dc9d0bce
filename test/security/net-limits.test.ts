// Security: network limits of a container hold against a hostile client on its published port. A
// connection flood gets only `limits.connections` connections in (the rest are refused, counted in
// stats()), slow-loris connections that send half a request and go quiet are closed after
// `limits.netIdleMs`, and meanwhile a neighbour container and the host itself keep serving. The
// bytes-per-second bucket (`limits.netRate`) holds a download to its rate.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttp, get, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Container, Kernel } from '../../src/index.js';

let kernel: Kernel;
let rootfs: string;
let host: Server;
let hostPort = 0;

const SERVER = `require('http').createServer((req, res) => {
  if (req.url === '/big') return res.end(Buffer.alloc(256 * 1024, 120));
  res.end('ok ' + require('os').hostname());
}).listen(8080, () => console.log('ready'));`;

function httpGet(port: number, path = '/'): Promise<string> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let n = 0;
      let b = '';
      res.on('data', (d: Buffer) => {
        n += d.length;
        if (n < 100) b += d;
      });
      res.on('end', () => resolve(n < 100 ? `${res.statusCode} ${b}` : `${res.statusCode} ${n} bytes`));
    }).on('error', reject);
  });
}

async function serve(name: string, limits: Record<string, number>): Promise<{ c: Container; port: number }> {
  const c = await kernel.run({
    rootfs,
    hostname: name,
    limits,
    ports: [{ hostPort: 0, containerPort: 8080 }],
    cmd: ['node', '/app/server.js'],
  });
  await new Promise<void>((resolve) => c.stdout.on('data', (d) => String(d).includes('ready') && resolve()));
  return { c, port: c.publishedPorts[0]?.hostPort as number };
}

/** Opens a raw connection that sends half a request head and then nothing; resolves how it ended. */
function loris(port: number): { sock: Socket; ended: Promise<string> } {
  const sock = connect(port, '127.0.0.1');
  sock.on('connect', () => sock.write('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: '));
  const ended = new Promise<string>((resolve) => {
    sock.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    sock.on('close', () => resolve('closed'));
  });
  return { sock, ended };
}

beforeAll(async () => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-netlim-'));
  mkdirSync(join(rootfs, 'app'));
  writeFileSync(join(rootfs, 'app/server.js'), SERVER);
  host = createHttp((req, res) => res.end(req.url === '/big' ? Buffer.alloc(256 * 1024, 121) : 'ok host'));
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostPort = (host.address() as { port: number }).port;
});

afterAll(async () => {
  await kernel.close();
  host.close();
  rmSync(rootfs, { recursive: true, force: true });
});

describe('network limits under a hostile client', () => {
  it('a flood of slow-loris connections is capped and timed out; the neighbour and the host stay fine', async () => {
    const victim = await serve('victim', { connections: 8, netIdleMs: 1500 });
    const neighbour = await serve('neighbour', {});
    const flood = Array.from({ length: 60 }, () => loris(victim.port));
    // Wait until the cap is reached and the surplus has been turned away.
    for (let i = 0; i < 500 && (victim.c.stats().net.refused ?? 0) < 52; i++)
      await new Promise((r) => setTimeout(r, 20));
    const s = victim.c.stats().net;
    expect(s.connections).toBe(8);
    expect(s.refused).toBeGreaterThanOrEqual(52);
    // While the flood holds the victim's slots: the neighbour and the host answer.
    expect(await httpGet(neighbour.port)).toBe('200 ok neighbour');
    expect(await httpGet(hostPort)).toBe('200 ok host');
    // Every loris connection ends: refused at once, or closed once idle for netIdleMs.
    const outcomes = await Promise.all(flood.map((f) => f.ended));
    expect(outcomes.every((o) => o === 'closed' || o === 'ECONNRESET')).toBe(true);
    // Slots are free again: the victim serves.
    for (let i = 0; i < 200 && victim.c.stats().net.connections !== 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(await httpGet(victim.port)).toBe('200 ok victim');
    for (const x of [victim.c, neighbour.c]) {
      x.kill('SIGKILL');
      await x.wait();
    }
  });

  it('a slow-loris client that trickles its head (never idle) is cut at the header deadline', async () => {
    const victim = await serve('trickled', { netIdleMs: 1500 });
    const sock = connect(victim.port, '127.0.0.1');
    let reply = '';
    sock.on('data', (d) => {
      reply += d;
    });
    const ended = new Promise<string>((resolve) => {
      sock.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      sock.on('close', () => resolve('closed'));
    });
    sock.write('GET / HTTP/1.1\r\nHost: x\r\n');
    // One header byte every 200 ms: the connection is never idle, the head never completes.
    const trickle = setInterval(() => sock.writable && sock.write('X'), 200);
    const outcome = await ended;
    clearInterval(trickle);
    expect(['closed', 'ECONNRESET']).toContain(outcome);
    // node:http answers an expired head with 408 before closing, as it does for a listening server.
    expect(reply === '' || reply.startsWith('HTTP/1.1 408')).toBe(true);
    expect(await httpGet(victim.port)).toBe('200 ok trickled');
    victim.c.kill('SIGKILL');
    await victim.c.wait();
  });

  it('netRate also meters egress: an http download from an allowed host service', async () => {
    writeFileSync(
      join(rootfs, 'app/fetch.js'),
      `require('http').get('http://127.0.0.1:${hostPort}/big', (res) => {
         let n = 0; res.on('data', (d) => { n += d.length; }); res.on('end', () => console.log(n));
       });`,
    );
    const t0 = performance.now();
    const c = await kernel.run({
      rootfs,
      allowNet: [`127.0.0.1:${hostPort}`],
      limits: { netRate: 64 * 1024 },
      cmd: ['node', '/app/fetch.js'],
    });
    let out = '';
    c.stdout.on('data', (d) => {
      out += d;
    });
    await c.wait();
    expect(out).toBe(`${256 * 1024}\n`);
    // As below: (256 - 64) KiB at 64 KiB/s is a lower bound of 3 s, less one 16 KiB slice.
    expect(performance.now() - t0).toBeGreaterThan(2500);
  });

  it('netRate holds a download to its bytes per second (a lower bound: load only slows it)', async () => {
    const slow = await serve('slow', { netRate: 64 * 1024 });
    const t0 = performance.now();
    expect(await httpGet(slow.port, '/big')).toBe(`200 ${256 * 1024} bytes`);
    // 256 KiB through a 64 KiB/s bucket that starts full: at least (256 - 64) / 64 = 3 s.
    expect(performance.now() - t0).toBeGreaterThan(2500);
    expect(slow.c.stats().net.txBytes).toBeGreaterThanOrEqual(256 * 1024);
    slow.c.kill('SIGKILL');
    await slow.c.wait();
  });
});
