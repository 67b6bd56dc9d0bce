// Integration: TLS clients in a container (https.get, fetch('https://…'), tls.connect) reach a local
// https server through `allowNet`, with TLS terminated and certificates checked on the host. Each
// script also runs under the host's real node against the same server, and the outputs must match.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttps, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTls, type Server as TlsServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';
import { selfSigned } from '../helpers/tls.js';

let kernel: Kernel;
let rootfs: string;
let https: Server;
let tlsEcho: TlsServer;
let port = 0;
let echoPort = 0;

const CLIENT = `
const https = require('https'), tls = require('tls'), fs = require('fs');
const [port, echoPort] = process.argv.slice(2, 4).map(Number);
const ca = fs.readFileSync(process.argv[4], 'utf8');
const get = (opts) => new Promise((resolve) => {
  https.get({ host: '127.0.0.1', port, path: '/hello', ...opts }, (res) => {
    let body = ''; res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => resolve(res.statusCode + ' ' + body));
  }).on('error', (e) => resolve('error ' + e.code));
});
(async () => {
  console.log('ca:', await get({ ca }));
  console.log('servername:', await get({ ca, servername: 'tsvirt.test' }));
  console.log('no ca:', await get({}));
  console.log('wrong name:', await get({ ca, servername: 'other.test' }));
  console.log('unchecked:', await get({ rejectUnauthorized: false }));
  try { await fetch('https://127.0.0.1:' + port + '/f'); } catch (e) { console.log('fetch:', e.message, e.cause && e.cause.code); }
  await new Promise((resolve) => {
    const s = tls.connect({ host: '127.0.0.1', port: echoPort, ca, servername: 'tsvirt.test' }, () => {
      console.log('tls authorized:', s.authorized, s.encrypted, s.getPeerCertificate().subject.CN);
      s.end('ping');
    });
    let got = ''; s.setEncoding('utf8');
    s.on('data', (d) => { got += d; });
    s.on('end', () => { console.log('tls echo:', got); resolve(); });
    s.on('error', (e) => { console.log('tls error', e.code); resolve(); });
  });
})();
`;

beforeAll(async () => {
  const { key, cert } = selfSigned(['tsvirt.test']);
  https = createHttps({ key, cert }, (req, res) => res.end(`hi ${req.url} ${req.headers.host}`));
  await new Promise<void>((r) => https.listen(0, '127.0.0.1', r));
  port = (https.address() as { port: number }).port;
  tlsEcho = createTls({ key, cert }, (s) => s.pipe(s));
  await new Promise<void>((r) => tlsEcho.listen(0, '127.0.0.1', r));
  echoPort = (tlsEcho.address() as { port: number }).port;
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-tls-'));
  mkdirSync(join(rootfs, 'app'));
  writeFileSync(join(rootfs, 'app/client.js'), CLIENT);
  writeFileSync(join(rootfs, 'app/ca.pem'), cert);
});

afterAll(async () => {
  await kernel.close();
  https.close();
  https.closeAllConnections();
  tlsEcho.close();
  rmSync(rootfs, { recursive: true, force: true });
});

describe('TLS clients through egress', () => {
  it('https.get, fetch and tls.connect behave as under node, certificates checked on the host', async () => {
    const c = await kernel.run({
      rootfs,
      allowNet: [`127.0.0.1:${port}`, `127.0.0.1:${echoPort}`],
      cmd: ['node', '/app/client.js', String(port), String(echoPort), '/app/ca.pem'],
    });
    const out = collect(c.stdout);
    const err = collect(c.stderr);
    expect((await c.wait()).exitCode).toBe(0);
    const { NODE_TLS_REJECT_UNAUTHORIZED: _, NODE_EXTRA_CA_CERTS: __, ...env } = process.env;
    // Async: the servers live in this process, so a spawnSync would deadlock them.
    const child = spawn(
      process.execPath,
      [join(rootfs, 'app/client.js'), String(port), String(echoPort), join(rootfs, 'app/ca.pem')],
      { env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const oracle = { stdout: await collect(child.stdout) };
    const expected = [
      `ca: 200 hi /hello 127.0.0.1:${port}`,
      `servername: 200 hi /hello 127.0.0.1:${port}`,
      'no ca: error DEPTH_ZERO_SELF_SIGNED_CERT',
      'wrong name: error ERR_TLS_CERT_ALTNAME_INVALID',
      `unchecked: 200 hi /hello 127.0.0.1:${port}`,
      'fetch: fetch failed DEPTH_ZERO_SELF_SIGNED_CERT',
      'tls authorized: true true tsvirt.test',
      'tls echo: ping',
    ];
    expect(await err).toBe('');
    expect(oracle.stdout.trim().split('\n')).toEqual(expected);
    expect((await out).trim().split('\n')).toEqual(expected);
  });

  it('without allowNet the same client reaches nothing', async () => {
    const c = await kernel.run({
      rootfs,
      cmd: ['node', '/app/client.js', String(port), String(echoPort), '/app/ca.pem'],
    });
    const out = collect(c.stdout);
    await c.wait();
    expect(await out).toContain('ca: error ECONNREFUSED');
    expect(await out).toContain('tls error ECONNREFUSED');
  });
});
