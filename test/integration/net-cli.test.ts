// Integration: `tsvirt run -p` publishes a container port on the host; Node's own http client on the
// host reaches a server in the container. Needs `node src/build.mjs`.

import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, FIXTURE_ROOTFS as R, TSVIRT } from '../helpers/cli.js';

beforeAll(assertBuilt);

const HTTPD = `
require('net').createServer((s) => {
  let buf = '';
  s.on('data', (d) => {
    buf += d;
    if (!buf.includes('\\r\\n\\r\\n')) return;
    const body = 'hello from ' + require('os').hostname() + ' ' + buf.split(' ')[1] + '\\n';
    s.end('HTTP/1.1 200 OK\\r\\nContent-Length: ' + body.length + '\\r\\nConnection: close\\r\\n\\r\\n' + body);
  });
}).listen(8080, () => console.log('ready'));
`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('tsvirt run -p', () => {
  it('serves a host http client through the published port', async () => {
    const port = await freePort();
    const child = spawn(
      TSVIRT,
      ['run', '--rootfs', R, '-h', 'web', '-p', `${port}:8080`, 'node', '-e', HTTPD],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          if (out.includes('ready')) resolve();
        });
        child.on('close', (code) => reject(new Error(`tsvirt exited ${code}`)));
      });
      const body = await new Promise<string>((resolve, reject) => {
        get({ host: '127.0.0.1', port, path: '/x', agent: false }, (res) => {
          let b = '';
          res.setEncoding('utf8').on('data', (d) => {
            b += d;
          });
          res.on('end', () => resolve(`${res.statusCode} ${b}`));
        }).on('error', reject);
      });
      expect(body).toBe('200 hello from web /x\n');
    } finally {
      clearTimeout(timer);
      child.kill('SIGTERM');
    }
    const code = await new Promise((r) =>
      child.exitCode !== null ? r(child.exitCode) : child.on('close', r),
    );
    expect(code).not.toBe(0);
  });
});
