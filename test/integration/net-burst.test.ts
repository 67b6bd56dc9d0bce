// Integration: a burst of concurrent keep-alive requests to a server in a container, through a
// published port. Under load one guest turn serves many requests and their whole responses cross to
// the kernel together; every kind of handler must still get exactly its own answer: synchronous,
// after a microtask, after a timer, through writeHead, a handler that throws (the rest of its batch
// is still served) and one that ends its response and exits (the response still arrives).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { assertBuilt } from '../helpers/cli.js';

const SERVER = `process.on('uncaughtException', (e) => console.log('caught ' + e.message));
require('http').createServer(async (req, res) => {
  const [, kind, n] = req.url.split('/');
  if (kind === 'sync') return res.end('sync ' + n);
  if (kind === 'micro') { await Promise.resolve(); return res.end('micro ' + n); }
  if (kind === 'timer') return setTimeout(() => res.end('timer ' + n), 1);
  if (kind === 'head') { res.writeHead(201, { 'X-N': n }); res.write('head '); return res.end(n); }
  if (kind === 'throw') { setTimeout(() => res.end('threw ' + n), 1); throw new Error('boom ' + n); }
  if (kind === 'exit') { res.end('bye'); process.exit(7); }
}).listen(8080, '0.0.0.0', () => console.log('ready'));`;

let kernel: Kernel;
let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'tsvirt-burst-'));
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app/server.js'), SERVER);
  kernel = new Kernel();
});

afterAll(async () => {
  await kernel.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(agent: Agent, port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      let b = '';
      res.setEncoding('utf8').on('data', (d) => {
        b += d;
      });
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['x-n'] ?? '-'} ${b}`));
    });
    req.on('error', reject);
    req.end();
  });
}

async function started() {
  const c = await kernel.run({
    rootfs: dir,
    ports: [{ hostPort: 0, containerPort: 8080 }],
    cmd: ['node', '/app/server.js'],
  });
  let out = '';
  c.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  for (let i = 0; i < 800 && !out.includes('ready'); i++) await new Promise((r) => setTimeout(r, 25));
  return { c, port: c.publishedPorts[0]?.hostPort as number, out: () => out };
}

describe('a burst of requests to a published server', () => {
  it('answers every request with its own response, whatever the handler does', async () => {
    const { c, port, out } = await started();
    const agent = new Agent({ keepAlive: true, maxSockets: 24 });
    const paths: string[] = [];
    for (let n = 0; n < 40; n++)
      for (const kind of ['sync', 'micro', 'timer', 'head']) paths.push(`/${kind}/${n}`);
    for (let n = 0; n < 4; n++) paths.splice(n * 37, 0, `/throw/${n}`);
    const answers = await Promise.all(paths.map((p) => get(agent, port, p)));
    agent.destroy();
    for (const [i, p] of paths.entries()) {
      const [, kind, n] = p.split('/');
      const want =
        kind === 'head' ? `201 ${n} head ${n}` : kind === 'throw' ? `200 - threw ${n}` : `200 - ${kind} ${n}`;
      expect(answers[i], p).toBe(want);
    }
    for (let n = 0; n < 4; n++) expect(out()).toContain(`caught boom ${n}`);
    c.kill('SIGKILL');
    await c.wait();
    kernel.remove(c);
  }, 60_000);

  it('delivers a response ended just before process.exit()', async () => {
    const { c, port } = await started();
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const answer = await get(agent, port, '/exit/0').catch((e: Error) => e.message);
    agent.destroy();
    expect(answer).toBe('200 - bye');
    expect((await c.wait()).exitCode).toBe(7);
    kernel.remove(c);
  }, 60_000);
});
