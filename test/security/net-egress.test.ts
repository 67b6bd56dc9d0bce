// Security: egress is closed unless allowed, and `allowNet` opens exactly what it names. Services on
// the host's loopback at 127.0.0.2 stand in for "the outside" (nothing is sent outside 127.0.0.0/8):
// a container reaches 127.0.0.2:PORT only with `allowNet: ['127.0.0.2:PORT']`, never another port or
// address, and a name is resolved on the host only when a rule names it.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';
import { endedWell, requireBuild, runCase } from './fork.js';

let kernel: Kernel;
let rootfs: string;
const servers: Server[] = [];
const hits = new Map<number, number>();

async function hostServer(ip: string, reply: string): Promise<number> {
  const srv = createServer((s) => {
    const port = (srv.address() as { port: number }).port;
    hits.set(port, (hits.get(port) ?? 0) + 1);
    s.end(reply);
  });
  await new Promise<void>((r) => srv.listen(0, ip, r));
  servers.push(srv);
  return (srv.address() as { port: number }).port;
}

let allowed = 0;

beforeAll(async () => {
  requireBuild();
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-egress-'));
  mkdirSync(join(rootfs, 'app'));
  allowed = await hostServer('127.0.0.2', 'allowed');
});

afterAll(async () => {
  await kernel.close();
  for (const s of servers) s.close();
  rmSync(rootfs, { recursive: true, force: true });
});

interface Report {
  allowed: number;
  other: number;
  closed: string;
  open: string;
  hitsWhenClosed: Record<string, number>;
  hits: Record<string, number>;
}

describe('egress (forked case)', () => {
  it('is closed by default, and allowNet HOST:PORT opens exactly that address and port', async () => {
    const out = await runCase<Report>('net-egress');
    expect(endedWell(out), out.stderr).toBe(true);
    const r = out.result as Report;
    expect(r.closed).toBe(
      `127.0.0.2:${r.allowed} ECONNREFUSED\n127.0.0.1:${r.allowed} ECONNREFUSED\n198.51.100.7:443 ENETUNREACH\n`,
    );
    expect(r.hitsWhenClosed).toEqual({});
    expect(r.open).toBe(
      `127.0.0.2:${r.allowed} CONNECTED:allowed\n127.0.0.2:${r.other} ECONNREFUSED\n` +
        `127.0.0.3:${r.allowed} ECONNREFUSED\n198.51.100.7:${r.allowed} ENETUNREACH\n`,
    );
    expect(r.hits).toEqual({ allowed: 1 });
  });
});

describe('egress', () => {
  it("a container's own loopback listener still wins over an allowed host address", async () => {
    writeFileSync(
      join(rootfs, 'app/own.js'),
      `const net = require('net');
       net.createServer((s) => s.end('mine')).listen(${allowed}, '127.0.0.2', () => {
         const c = net.connect(${allowed}, '127.0.0.2');
         let got = ''; c.on('data', (d) => got += d); c.on('end', () => { console.log(got); process.exit(0); });
       });`,
    );
    const before = hits.get(allowed) ?? 0;
    const c = await kernel.run({ rootfs, allowNet: [`127.0.0.2:${allowed}`], cmd: ['node', '/app/own.js'] });
    const out = collect(c.stdout);
    await c.wait();
    expect(await out).toBe('mine\n');
    expect(hits.get(allowed) ?? 0).toBe(before);
  });

  it('names are not resolved on the host unless a rule names them; stats count the refusals', async () => {
    writeFileSync(
      join(rootfs, 'app/dns.js'),
      `require('dns').lookup('example.invalid', (e) => {
         console.log(e && e.code);
         require('net').connect(9, '198.51.100.9').on('error', (e) => { console.log(e.code); setTimeout(() => {}, 60000); });
       });`,
    );
    const c = await kernel.run({ rootfs, allowNet: [`127.0.0.2:${allowed}`], cmd: ['node', '/app/dns.js'] });
    const lines: string[] = [];
    c.stdout.on('data', (d) => lines.push(...String(d).trim().split('\n')));
    for (let i = 0; i < 500 && lines.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(lines).toEqual(['ENOTFOUND', 'ENETUNREACH']);
    expect(c.stats().net.egressDenied).toBe(2);
    c.kill('SIGKILL');
    await c.wait();
  });

  it('rejects malformed allowNet entries with a one-line error', async () => {
    await expect(kernel.run({ rootfs, allowNet: ['*'], cmd: ['node', '-e', '1'] })).rejects.toThrow(
      /invalid allow-net entry "\*"/,
    );
    await expect(
      kernel.run({ rootfs, allowNet: ['127.0.0.2:99999'], cmd: ['node', '-e', '1'] }),
    ).rejects.toThrow(/expected HOST\[:PORT\]/);
    await expect(
      kernel.run({ rootfs, network: 'none', allowNet: ['127.0.0.2'], cmd: ['node', '-e', '1'] }),
    ).rejects.toThrow(/network "none"/);
  });
});
