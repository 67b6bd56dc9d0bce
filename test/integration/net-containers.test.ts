// The virtual network through the library: two containers talking by name, published ports reached
// from the host with Node's own http client, user-defined networks with aliases, cgroup byte counts.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;

// A line server: answers every line with "<hostname>: <LINE>"; "ready" on stdout once listening.
const SERVER = `
const net = require('net'); const os = require('os');
const port = Number(process.argv[2]);
net.createServer((s) => {
  s.setEncoding('utf8');
  s.on('data', (d) => s.write(os.hostname() + ': ' + d.toUpperCase()));
  s.on('end', () => s.end());
}).listen(port, () => console.log('ready'));
`;

// A client: resolves a name, connects, sends one line, prints the answer.
const CLIENT = `
const net = require('net'); const dns = require('dns');
const [host, port] = [process.argv[2], Number(process.argv[3])];
dns.lookup(host, (err, address) => {
  if (err) { console.log('lookup', err.code); return; }
  console.log('resolved', /^10\\./.test(address));
  const c = net.connect(port, host, () => c.end('ping\\n'));
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('got', got.trim()));
  c.on('error', (e) => console.log('error', e.code, e.syscall));
});
`;

// A tiny HTTP/1.1 responder written on plain net (no guest http needed to prove the forwarding).
const HTTPD = `
const net = require('net');
net.createServer((s) => {
  let buf = '';
  s.on('data', (d) => {
    buf += d;
    if (!buf.includes('\\r\\n\\r\\n')) return;
    const line = buf.split('\\r\\n')[0];
    const body = 'you asked for ' + line.split(' ')[1] + '\\n';
    s.end('HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\nContent-Length: ' + body.length + '\\r\\nConnection: close\\r\\n\\r\\n' + body);
  });
}).listen(8080, () => console.log('ready'));
`;

function untilReady(stream: NodeJS.ReadableStream): Promise<void> {
  return new Promise((resolve) => {
    let seen = '';
    stream.on('data', (d) => {
      seen += String(d);
      if (seen.includes('ready')) resolve();
    });
  });
}

function httpGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

// A real node:http server in the container and an http client in another, by name.
const WEB = `
const http = require('http');
http.createServer((req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => {
    res.setHeader('X-Served-By', require('os').hostname());
    if (req.url === '/stream') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      let i = 0;
      const t = setInterval(() => { res.write('chunk' + i + '\\n'); if (++i === 3) { clearInterval(t); res.end(); } }, 5);
      return;
    }
    res.end(req.method + ' ' + req.url + ' ' + n + '\\n');
  });
}).listen(80, () => console.log('ready'));
`;
const WEBCLIENT = `
const http = require('http');
const body = 'x'.repeat(100000);
const req = http.request({ host: 'web', port: 80, method: 'PUT', path: '/upload', headers: { 'Content-Length': body.length } }, (res) => {
  let data = '';
  res.setEncoding('utf8');
  res.on('data', (d) => { data += d; });
  res.on('end', () => console.log(res.statusCode, res.headers['x-served-by'], data.trim()));
});
req.end(body);
`;

beforeAll(() => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-net-'));
  mkdirSync(join(rootfs, 'app'));
  mkdirSync(join(rootfs, 'etc'));
  writeFileSync(join(rootfs, 'etc/hosts'), '127.0.0.1 localhost\n10.88.250.250 from-hosts-file\n');
  writeFileSync(join(rootfs, 'app/server.js'), SERVER);
  writeFileSync(join(rootfs, 'app/client.js'), CLIENT);
  writeFileSync(join(rootfs, 'app/httpd.js'), HTTPD);
  writeFileSync(join(rootfs, 'app/web.js'), WEB);
  writeFileSync(join(rootfs, 'app/webclient.js'), WEBCLIENT);
  writeFileSync(
    join(rootfs, 'app/hosts.js'),
    "require('dns').lookup('from-hosts-file', (e, a) => console.log(e, a));",
  );
});

afterAll(async () => {
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

describe('containers on one network', () => {
  it('reach each other by container name and count the bytes in their cgroups', async () => {
    const srv = await kernel.run({
      rootfs,
      name: 'db',
      hostname: 'dbhost',
      cmd: ['node', '/app/server.js', '5432'],
    });
    await untilReady(srv.stdout);
    const cli = await kernel.run({ rootfs, cmd: ['node', '/app/client.js', 'db', '5432'] });
    const out = collect(cli.stdout);
    expect((await cli.wait()).exitCode).toBe(0);
    expect(await out).toBe('resolved true\ngot dbhost: PING\n');
    expect(cli.cgroup.netTxBytes).toBe(5);
    expect(cli.cgroup.netRxBytes).toBe('dbhost: PING\n'.length);
    srv.kill('SIGKILL');
    await srv.wait();
  });

  it('a user-defined network resolves aliases; the default bridge cannot see its members', async () => {
    kernel.createNetwork('backend');
    const srv = await kernel.run({
      rootfs,
      network: 'backend',
      networkAliases: ['cache'],
      hostname: 'redis1',
      cmd: ['node', '/app/server.js', '6379'],
    });
    await untilReady(srv.stdout);
    const same = await kernel.run({
      rootfs,
      network: 'backend',
      cmd: ['node', '/app/client.js', 'cache', '6379'],
    });
    const sameOut = collect(same.stdout);
    await same.wait();
    expect(await sameOut).toBe('resolved true\ngot redis1: PING\n');
    const other = await kernel.run({ rootfs, cmd: ['node', '/app/client.js', 'cache', '6379'] });
    const otherOut = collect(other.stdout);
    await other.wait();
    expect(await otherOut).toBe('lookup ENOTFOUND\n');
    srv.kill('SIGKILL');
    await srv.wait();
  });
});

describe('http between containers and through published ports', () => {
  it('a node:http client reaches a node:http server in another container by name', async () => {
    const srv = await kernel.run({ rootfs, name: 'web', hostname: 'webhost', cmd: ['node', '/app/web.js'] });
    await untilReady(srv.stdout);
    const cli = await kernel.run({ rootfs, cmd: ['node', '/app/webclient.js'] });
    const out = collect(cli.stdout);
    expect((await cli.wait()).exitCode).toBe(0);
    expect(await out).toBe('200 webhost PUT /upload 100000\n');
    srv.kill('SIGKILL');
    await srv.wait();
  });

  it('serves host http clients through a published port, streaming chunked bodies', async () => {
    const srv = await kernel.run({
      rootfs,
      hostname: 'pub',
      ports: [{ hostPort: 0, containerPort: 80 }],
      cmd: ['node', '/app/web.js'],
    });
    await untilReady(srv.stdout);
    const port = srv.publishedPorts[0]?.hostPort ?? 0;
    expect(await httpGet(port, '/a/b?c')).toEqual({ status: 200, body: 'GET /a/b?c 0\n' });
    expect(await httpGet(port, '/stream')).toEqual({ status: 200, body: 'chunk0\nchunk1\nchunk2\n' });
    srv.kill('SIGKILL');
    await srv.wait();
  });

  it('os.networkInterfaces shows the container address on eth0', async () => {
    writeFileSync(
      join(rootfs, 'app/ifaces.js'),
      "const i = require('os').networkInterfaces(); console.log(Object.keys(i).join(), i.eth0[0].cidr, i.eth0[0].netmask, i.eth0[0].mac);",
    );
    const c = await kernel.run({ rootfs, cmd: ['node', '/app/ifaces.js'] });
    const out = collect(c.stdout);
    await c.wait();
    const m = /^lo,eth0 (10\.88\.\d+\.\d+)\/16 255\.255\.0\.0 (\S+)\n$/.exec(await out);
    const addr = m?.[1] ?? 'none';
    const mac = ['02', '42', ...addr.split('.').map((b) => Number(b).toString(16).padStart(2, '0'))].join(
      ':',
    );
    expect(m?.[2]).toBe(mac);
  });

  it('an HTTP upgrade through a published port reaches the guest as a raw socket', async () => {
    writeFileSync(
      join(rootfs, 'app/upgrade.js'),
      `const srv = require('http').createServer((req, res) => res.end('plain'));
       srv.on('upgrade', (req, socket, head) => {
         socket.write('HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: echo\\r\\nConnection: Upgrade\\r\\n\\r\\n');
         socket.write('head=' + head.toString() + ';');
         socket.on('data', (d) => socket.write(d.toString().toUpperCase()));
         socket.on('end', () => socket.end());
       });
       srv.listen(80, () => console.log('ready'));`,
    );
    const srv = await kernel.run({
      rootfs,
      ports: [{ hostPort: 0, containerPort: 80 }],
      cmd: ['node', '/app/upgrade.js'],
    });
    await untilReady(srv.stdout);
    const port = srv.publishedPorts[0]?.hostPort ?? 0;
    const got = await new Promise<string>((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/x',
        headers: { Connection: 'Upgrade', Upgrade: 'echo' },
      });
      req.on('upgrade', (res, socket, head) => {
        let text = `${res.statusCode} ${head.toString()}`;
        socket.on('data', (d: Buffer) => {
          text += d.toString();
        });
        socket.on('end', () => resolve(text));
        socket.end('after upgrade');
      });
      req.on('error', reject);
      req.end();
    });
    // Bytes past the 101 head come either in the client's `head` or as data: the concatenation is fixed.
    expect(got).toBe('101 head=;AFTER UPGRADE');
    srv.kill('SIGKILL');
    await srv.wait();
  });

  it('dns.lookup reads the container /etc/hosts', async () => {
    // As Docker, the kernel writes /etc/hosts at start; --add-host (extraHosts) adds entries to it.
    const c = await kernel.run({
      rootfs,
      extraHosts: ['from-hosts-file:10.88.250.250'],
      cmd: ['node', '/app/hosts.js'],
    });
    const out = collect(c.stdout);
    await c.wait();
    expect(await out).toBe('null 10.88.250.250\n');
  });

  it('/etc/hosts and /etc/resolv.conf agree with what the kernel resolves', async () => {
    writeFileSync(
      join(rootfs, 'app/etc.js'),
      `const fs = require('fs'), dns = require('dns'), os = require('os');
       const hosts = fs.readFileSync('/etc/hosts', 'utf8');
       const own = hosts.split('\\n').find((l) => l.endsWith('\t' + os.hostname()));
       dns.lookup(os.hostname(), (e, a) => {
         console.log(own.split('\t')[0] === a, /nameserver 127.0.0.11/.test(fs.readFileSync('/etc/resolv.conf', 'utf8')));
         console.log(hosts.includes('10.1.2.3\textra.test'));
       });`,
    );
    const c = await kernel.run({
      rootfs,
      hostname: 'web1',
      extraHosts: ['extra.test:10.1.2.3'],
      cmd: ['node', '/app/etc.js'],
    });
    const out = collect(c.stdout);
    await c.wait();
    expect(await out).toBe('true true\ntrue\n');
  });
});

describe('published ports', () => {
  it('forwards a host port into the container (Node http client on the host)', async () => {
    const c = await kernel.run({
      rootfs,
      ports: [{ hostPort: 0, containerPort: 8080 }],
      cmd: ['node', '/app/httpd.js'],
    });
    await untilReady(c.stdout);
    const bound = c.publishedPorts[0];
    expect(bound?.hostIp).toBe('127.0.0.1');
    const r = await httpGet(bound?.hostPort ?? 0, '/hello?x=1');
    expect(r).toEqual({ status: 200, body: 'you asked for /hello?x=1\n' });
    c.kill('SIGKILL');
    await c.wait();
    // The host listener is gone with the container.
    await expect(httpGet(bound?.hostPort ?? 0, '/')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('a taken host port is a clear error at start', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(
        kernel.run({
          rootfs,
          ports: [{ hostPort: port, containerPort: 80 }],
          cmd: ['node', '/app/httpd.js'],
        }),
      ).rejects.toThrow(`publishing 127.0.0.1:${port}->80/tcp: address already in use`);
    } finally {
      blocker.close();
    }
  });
});
