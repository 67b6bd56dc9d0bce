// wget over the virtual network, through the library: one container serves HTTP (the guest's own
// http module), another fetches from it by name with the base image's wget; GNU wget's exit statuses
// for a refused connection, a 404, an unknown host, a bad URL and a bad option.

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Container, Kernel } from '../../src/index.js';
import { USERLAND_BIN } from '../compat/coreutils/harness.js';
import { collect } from '../helpers/streams.js';

const SERVER = `
const http = require('http');
http.createServer((req, res) => {
  if (req.url === '/missing') { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('no\\n'); return; }
  if (req.url === '/old') { res.writeHead(301, { Location: '/new' }); res.end(); return; }
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-Served-By', require('os').hostname());
  res.end('hello from ' + req.url + ' ' + (req.headers['x-token'] || '-') + '\\n');
}).listen(8080, () => console.log('ready'));
`;

let kernel: Kernel;
let rootfs: string;
let server: Container;
let client: Container;

async function run(argv: string[]): Promise<{ out: string; err: string; code: number | null }> {
  const p = client.exec(argv, { workdir: '/w' });
  const out = collect(p.stdout);
  const err = collect(p.stderr);
  p.stdin.end();
  const s = await p.wait();
  return { out: await out, err: await err, code: s.exitCode };
}

beforeAll(async () => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-wget-'));
  cpSync(USERLAND_BIN, join(rootfs, 'bin'), { recursive: true });
  for (const d of ['app', 'w', 'tmp', 'etc']) mkdirSync(join(rootfs, d));
  writeFileSync(join(rootfs, 'etc/hosts'), '127.0.0.1 localhost\n');
  writeFileSync(join(rootfs, 'app/server.js'), SERVER);
  server = await kernel.run({ rootfs, name: 'server', hostname: 'srv', cmd: ['node', '/app/server.js'] });
  await new Promise<void>((resolve) => {
    let seen = '';
    server.stdout.on('data', (d) => {
      seen += String(d);
      if (seen.includes('ready')) resolve();
    });
  });
  client = await kernel.run({
    rootfs,
    name: 'client',
    cmd: ['node', '-e', 'setInterval(() => {}, 1 << 30)'],
    env: { PATH: '/bin' },
  });
});

afterAll(async () => {
  for (const c of [client, server]) {
    c?.kill('SIGKILL');
    await c?.wait();
  }
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

describe('wget between containers', () => {
  it('wget -qO- http://server:8080/ prints the body and exits 0', async () => {
    const r = await run(['wget', '-qO-', 'http://server:8080/']);
    expect(r).toEqual({ out: 'hello from / -\n', err: '', code: 0 });
  });

  it('sends --header, follows a redirect, and -S shows the response headers on stderr', async () => {
    const r = await run([
      'wget',
      '-q',
      '-S',
      '-O',
      '-',
      '--header',
      'X-Token: abc',
      'http://server:8080/old',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('hello from /new abc\n');
    expect(r.err).toMatch(/^ {2}HTTP\/1\.1 301 Moved Permanently$/m);
    expect(r.err).toMatch(/^ {2}X-Served-By: srv$/m);
  });

  it('saves to the URL’s file name, then name.1, with progress lines on stderr', async () => {
    const a = await run(['wget', 'http://server:8080/dir/page.txt']);
    expect(a.code).toBe(0);
    expect(a.err).toContain('Resolving server (server)... 10.');
    expect(a.err).toContain('HTTP request sent, awaiting response... 200 OK');
    expect(a.err).toContain('Saving to: ‘page.txt’');
    const b = await run(['wget', '-q', 'http://server:8080/dir/page.txt']);
    expect(b.code).toBe(0);
    const cat = await run(['cat', 'page.txt', 'page.txt.1']);
    expect(cat.out).toBe('hello from /dir/page.txt -\nhello from /dir/page.txt -\n');
    const idx = await run(['wget', '-q', '-O', '/tmp/out.html', 'http://server:8080/']);
    expect(idx.code).toBe(0);
    expect((await run(['cat', '/tmp/out.html'])).out).toBe('hello from / -\n');
  });

  it('a 404 is exit 8 with GNU wget’s ERROR line, and no body on stdout', async () => {
    const r = await run(['wget', '-O-', 'http://server:8080/missing']);
    expect(r.code).toBe(8);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/ERROR 404: Not Found\./);
    expect((await run(['wget', '-qO-', 'http://server:8080/missing'])).code).toBe(8);
  });

  it('a refused connection and an unknown host are exit 4', async () => {
    const refused = await run(['wget', '-O-', 'http://server:9999/']);
    expect(refused.code).toBe(4);
    expect(refused.err).toContain('failed: Connection refused.');
    const unknown = await run(['wget', '-O-', 'http://no-such-host/']);
    expect(unknown.code).toBe(4);
    expect(unknown.err).toContain('wget: unable to resolve host address ‘no-such-host’');
  });

  it('bad URLs are exit 1, usage errors exit 2 (missing URL 1), a bad -O path exit 3', async () => {
    const scheme = await run(['wget', 'ftp2://x']);
    expect(scheme).toMatchObject({ code: 1, err: 'ftp2://x: Unsupported scheme ‘ftp2’.\n' });
    expect(await run(['wget', 'http://'])).toMatchObject({ code: 1, err: 'http://: Invalid host name.\n' });
    expect(await run(['wget', 'http://a:b:c/'])).toMatchObject({
      code: 1,
      err: 'http://a:b:c/: Bad port number.\n',
    });
    expect((await run(['wget'])).code).toBe(1);
    expect((await run(['wget', '--bogus', 'x'])).code).toBe(2);
    expect((await run(['wget', '-T', 'abc', 'x'])).code).toBe(2);
    const io = await run(['wget', '-q', '-O', '/nonexist/f', 'http://server:8080/']);
    expect(io).toMatchObject({ code: 3, err: '/nonexist/f: No such file or directory\n' });
  });
});
