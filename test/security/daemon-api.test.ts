// Security: the daemon's API socket. It is made 0600 (whoever opens it can run code as this user,
// as with Docker's socket); malformed, oversized and hostile requests get 4xx JSON errors (never a
// 500, never a crash); path ids cannot name files (`..`, NUL, encoded slashes); a container flooding
// its output is held to its two bounded log files. The daemon is its own process (a crash fails the
// test, not the run), started on a temporary $TSVIRT_HOME and killed with its group at the end.

import { readdirSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/cli.js';
import { api, ping, startTestDaemon, type TestDaemon, until } from '../helpers/daemon.js';

let d: TestDaemon;

beforeAll(async () => {
  assertBuilt();
  d = await startTestDaemon({ shards: 1, args: ['--log-max-size', '64k'] });
}, 120_000);

afterAll(async () => {
  await d?.stop();
  d?.cleanup();
}, 60_000);

/** A raw exchange: writes `bytes` on a fresh connection and collects the reply until it closes. */
function raw(bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(d.socket);
    let out = '';
    s.setEncoding('utf8');
    s.on('data', (c: string) => {
      out += c;
    });
    s.on('error', () => resolve(out));
    s.on('close', () => resolve(out));
    s.end(bytes);
  });
}

const expectJsonError = (r: { status: number; body: unknown }, status: number, message: RegExp) => {
  expect(r.status).toBe(status);
  expect(r.body).toEqual({ message: expect.stringMatching(message) });
};

describe('daemon API: the socket', () => {
  it('is a socket of mode 0600 in a 0700 state directory', () => {
    expect(statSync(d.socket).isSocket()).toBe(true);
    expect(statSync(d.socket).mode & 0o777).toBe(0o600);
    expect(statSync(join(d.home, 'containers')).mode & 0o777).toBe(0o700);
  });
});

describe('daemon API: hostile requests get 4xx JSON errors', () => {
  it('malformed, non-object and oversized bodies', async () => {
    const create = (body: string | Buffer, headers = { 'Content-Type': 'application/json' }) =>
      api(d.socket, 'POST', '/containers/create', body, headers);
    expectJsonError(await create('{"Image": '), 400, /^invalid JSON body/);
    expectJsonError(await create('[1,2]'), 400, /must be a JSON object/);
    expectJsonError(await create('"x"'), 400, /must be a JSON object/);
    expectJsonError(await create('{"Image":"base","Privileged":true}'), 400, /unknown field "Privileged"/);
    expectJsonError(await create('{"Spec":{"image":"base","evil":1}}'), 400, /unknown spec key "evil"/);
    expectJsonError(await create('{"Spec":{"rootfs":"relative/dir"}}'), 400, /absolute host path/);
    expectJsonError(await create('{"Image":"base","Cmd":"not-an-array"}'), 400, /cmd must be an array/);
    expectJsonError(
      await create('{"Image":"base","HostConfig":{"RestartPolicy":{"Name":"maybe"}}}'),
      400,
      /invalid restart policy/,
    );
    expectJsonError(
      await create('{"Image":"base","__proto__":{"polluted":true}}'),
      400,
      /unknown field "__proto__"/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const huge = Buffer.alloc(2 * 1024 * 1024, 0x20);
    expectJsonError(await create(huge), 413, /larger than/);
    // The same without a Content-Length (chunked): cut off as it streams in.
    expectJsonError(
      await create(huge, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } as never),
      413,
      /larger than/,
    );
    expect(await ping(d.socket)).toBe(true);
  });

  it('path ids cannot name files or smuggle bytes', async () => {
    for (const id of [
      '..',
      '..%2F..%2Fetc%2Fpasswd',
      '%2e%2e',
      'a%00b',
      '.hidden',
      'x'.repeat(200),
      'a%2Fb',
      '%E0%A4%A',
    ]) {
      const r = await api(d.socket, 'GET', `/containers/${id}/json`);
      expect(r.status, id).toBeGreaterThanOrEqual(400);
      expect(r.status, id).toBeLessThan(500);
      expect(r.body, id).toEqual({ message: expect.any(String) });
    }
    expectJsonError(await api(d.socket, 'GET', '/containers/../../etc/passwd'), 404, /page not found/);
    expectJsonError(await api(d.socket, 'GET', '/containers/nope/json'), 404, /^No such container: nope$/);
    expectJsonError(await api(d.socket, 'DELETE', '/exec/abc/start'), 405, /not allowed/);
    expectJsonError(await api(d.socket, 'GET', '/exec/abc/json'), 404, /No such exec instance/);
    expectJsonError(await api(d.socket, 'DELETE', '/networks/..'), 404, /not found/);
  });

  it('bad query values and signals', async () => {
    const made = await api(
      d.socket,
      'POST',
      '/containers/create?name=q1',
      '{"Image":"base","Cmd":["sleep","300"]}',
      {
        'Content-Type': 'application/json',
      },
    );
    expect(made.status).toBe(201);
    const id = (made.body as { Id: string }).Id;
    expectJsonError(
      await api(d.socket, 'POST', `/containers/${id}/start`).then(async () =>
        api(d.socket, 'POST', `/containers/${id}/kill?signal=SIGNOPE`),
      ),
      400,
      /invalid signal/,
    );
    expectJsonError(await api(d.socket, 'POST', `/containers/${id}/kill?signal=99`), 400, /invalid signal/);
    expectJsonError(await api(d.socket, 'POST', `/containers/${id}/stop?t=-1`), 400, /invalid value for t/);
    expectJsonError(
      await api(d.socket, 'GET', `/containers/${id}/logs?tail=-5`),
      400,
      /invalid value for tail/,
    );
    expectJsonError(
      await api(d.socket, 'GET', `/containers/${id}/logs?follow=perhaps`),
      400,
      /invalid value for follow/,
    );
    expectJsonError(
      await api(d.socket, 'POST', `/containers/${id}/exec`, '{"Cmd":"ls"}'),
      400,
      /Cmd must be a non-empty array/,
    );
    expectJsonError(
      await api(d.socket, 'POST', `/containers/${id}/exec`, '{"Cmd":["ls"],"Privileged":true}'),
      400,
      /unknown field/,
    );
    expectJsonError(
      await api(d.socket, 'POST', '/containers/create?name=..', '{"Image":"base"}'),
      400,
      /Invalid container name/,
    );
    expectJsonError(
      await api(d.socket, 'POST', '/networks/create', '{"Name":"../x"}'),
      400,
      /invalid network name/,
    );
    expectJsonError(
      await api(d.socket, 'POST', '/networks/create', '{"Name":"n","Driver":"macvlan"}'),
      400,
      /not supported/,
    );
    expect((await api(d.socket, 'DELETE', `/containers/${id}?force=1`)).status).toBe(204);
  }, 60_000);

  it('garbage on the wire, huge headers and a burst of bad requests leave the daemon serving', async () => {
    expect(await raw('NOT HTTP AT ALL\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(Buffer.from([0, 1, 2, 255, 254, 13, 10, 13, 10]))).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(`GET /_ping HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 431/,
    );
    const burst = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        api(d.socket, 'POST', i % 2 ? '/containers/create' : `/containers/${'%'.repeat(i % 7)}x/start`, '{'),
      ),
    );
    for (const r of burst) {
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
    }
    expect(await ping(d.socket)).toBe(true);
    expect(d.log()).not.toContain('internal error');
  }, 60_000);
});

describe('daemon: a container flooding its output', () => {
  it('is held to two bounded log files', async () => {
    const r = await d.cli([
      'run',
      '-d',
      '--name',
      'flood',
      'base',
      'node',
      '-e',
      "const line = 'x'.repeat(1000) + '\\n'; for (let i = 0; i < 4000; i++) process.stdout.write(line)",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const id = r.stdout.trim();
    await until(
      async () => {
        const out = await d.cli(['inspect', id]);
        return (
          out.code === 0 &&
          (JSON.parse(out.stdout) as Array<{ State: { Status: string } }>)[0]?.State.Status === 'exited'
        );
      },
      'the flood to finish',
      120_000,
    );
    const dir = join(d.home, 'containers', id);
    const logs = readdirSync(dir).filter((f) => f.includes('-json.log'));
    expect(logs.sort()).toEqual([`${id}-json.log`, `${id}-json.log.1`]);
    for (const f of logs) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(64 * 1024);
    const tail = await d.cli(['logs', '--tail', '1', 'flood']);
    expect(tail.stdout).toBe(`${'x'.repeat(1000)}\n`);
    expect(await ping(d.socket)).toBe(true);
  }, 180_000);
});
