// Integration: publishing and host networking through the library and the CLI: `publishAll` (-P)
// publishes every EXPOSEd port of an image on a random port of 127.0.0.1, `-p 127.0.0.1::PORT` picks a
// free host port, `--network host` makes guest sockets real host sockets (an explicit opt-in), and the
// CLI's `--allow-net` opens one host address. Everything stays on 127.0.0.0/8.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { assertBuilt, FIXTURE_ROOTFS as R, TSVIRT } from '../helpers/cli.js';
import { collect } from '../helpers/streams.js';
import { makeTar } from '../helpers/tars.js';

let kernel: Kernel;
let home: string;
let hostSrv: Server;
let hostPort = 0;

const SERVER = `require('http').createServer((req, res) => res.end('hello ' + req.url))
  .listen(Number(process.argv[2]), process.argv[3] || '0.0.0.0', function () { console.log('ready ' + this.address().port); });`;

function httpGet(port: number, path = '/'): Promise<string> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let b = '';
      res.setEncoding('utf8').on('data', (d) => {
        b += d;
      });
      res.on('end', () => resolve(`${res.statusCode} ${b}`));
    }).on('error', reject);
  });
}

function ready(stream: NodeJS.ReadableStream): Promise<number> {
  return new Promise((resolve) => {
    let out = '';
    stream.on('data', (d) => {
      out += String(d);
      const m = /ready (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
  });
}

beforeAll(async () => {
  assertBuilt();
  home = mkdtempSync(join(tmpdir(), 'tsvirt-pub-'));
  kernel = new Kernel({ home });
  await kernel.images.createImage({
    layers: [
      await makeTar([
        { name: 'app/', type: 'directory' },
        { name: 'app/server.js', data: SERVER },
      ]),
    ],
    config: { ExposedPorts: { '8080/tcp': {}, '9090/tcp': {} }, Cmd: ['node', '/app/server.js', '8080'] },
    tags: ['exposer:1'],
  });
  hostSrv = createServer((s) => s.end('from the host'));
  await new Promise<void>((r) => hostSrv.listen(0, '127.0.0.2', r));
  hostPort = (hostSrv.address() as { port: number }).port;
});

afterAll(async () => {
  await kernel.close();
  hostSrv.close();
  rmSync(home, { recursive: true, force: true });
});

describe('publishing', () => {
  it('publishAll publishes every EXPOSEd port on a random port of 127.0.0.1', async () => {
    const c = await kernel.run({ image: 'exposer:1', publishAll: true });
    await ready(c.stdout);
    const ports = [...c.publishedPorts].sort((a, b) => a.containerPort - b.containerPort);
    expect(ports.map((p) => [p.hostIp, p.containerPort])).toEqual([
      ['127.0.0.1', 8080],
      ['127.0.0.1', 9090],
    ]);
    expect(ports[0]?.hostPort).toBeGreaterThan(0);
    expect(await httpGet(ports[0]?.hostPort as number, '/p')).toBe('200 hello /p');
    c.kill('SIGKILL');
    await c.wait();
  });
});

describe('--network host', () => {
  it('listens on a real host port and connects to host services', async () => {
    const c = await kernel.run({
      image: 'exposer:1',
      network: 'host',
      cmd: ['node', '/app/server.js', '0', '127.0.0.1'],
    });
    const port = await ready(c.stdout);
    expect(await httpGet(port, '/h')).toBe('200 hello /h');
    const probe = await kernel.run({
      image: 'exposer:1',
      network: 'host',
      cmd: [
        'node',
        '-e',
        `const s = require('net').connect(${hostPort}, '127.0.0.2'); let b = ''; s.on('data', (d) => b += d); s.on('end', () => console.log(b));`,
      ],
    });
    const out = collect(probe.stdout);
    await probe.wait();
    expect(await out).toBe('from the host\n');
    c.kill('SIGKILL');
    await c.wait();
    // The host port is released with the container.
    await expect(httpGet(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('refuses published ports with network host', async () => {
    await expect(
      kernel.run({ image: 'exposer:1', network: 'host', ports: [{ hostPort: 0, containerPort: 80 }] }),
    ).rejects.toThrow(/network "host"/);
  });
});

describe('tsvirt run', () => {
  it('--allow-net opens one host address; -p 127.0.0.1::PORT picks a free host port', async () => {
    const code = `const s = require('net').connect(${hostPort}, '127.0.0.2'); let b = '';
      s.on('data', (d) => b += d); s.on('end', () => console.log(b)); s.on('error', (e) => console.log(e.code));`;
    const run = (args: string[]) =>
      new Promise<string>((resolve) => {
        const child = spawn(TSVIRT, ['run', '--rootfs', R, ...args, 'node', '-e', code], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const t = setTimeout(() => child.kill('SIGKILL'), 30_000);
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (d) => {
          out += d;
        });
        child.stderr.setEncoding('utf8').on('data', (d) => {
          out += d;
        });
        child.on('close', () => {
          clearTimeout(t);
          resolve(out);
        });
      });
    expect(await run(['--allow-net', `127.0.0.2:${hostPort}`, '-p', '127.0.0.1::8080'])).toBe(
      'from the host\n',
    );
    expect(await run([])).toBe('ECONNREFUSED\n');
    expect(await run(['--allow-net', `127.0.0.2:${hostPort + 1}`])).toBe('ECONNREFUSED\n');
    expect(await run(['--allow-net', 'bad entry'])).toMatch(/^tsvirt: .*invalid allow-net entry "bad entry"/);
  });
});
