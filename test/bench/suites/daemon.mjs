// Bench suite "daemon": what the daemon's indirection costs and how fast it recovers, each beside a
// baseline measured in the same run: a detached container's create+start+exit through the API vs the
// same container run by an embedded Kernel; exec through the API vs container.exec(); API round trips
// vs a bare Node http server on a Unix socket; and a SIGKILLed shard's `always` container running
// again vs a bare `node` spawn to exit.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DaemonClient } from '../../../dist/daemon/client.js';
import { Kernel } from '../../../dist/index.js';
import { collect, QUICK, sleep, summary, timeRuns } from '../lib.mjs';

// Three crashes: more within a minute would measure the crash-loop backoff, not the recovery.
const N = { run: QUICK ? 5 : 40, exec: QUICK ? 5 : 40, ping: QUICK ? 200 : 2000, crash: QUICK ? 2 : 3 };
const TSVIRT = join(import.meta.dirname, '../../../bin/tsvirt');

function makeRootfs() {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-bench-daemon-'));
  mkdirSync(join(root, 'app'));
  writeFileSync(join(root, 'app/hello.js'), "console.log('hello');\n");
  writeFileSync(join(root, 'app/idle.js'), 'setInterval(() => {}, 1e9);\n');
  return root;
}

async function startDaemon(home) {
  const child = spawn(TSVIRT, ['daemon', '--shards', '2'], {
    env: { ...process.env, TSVIRT_HOME: home, TSVIRT_SOCKET: '' },
    stdio: 'ignore',
  });
  // Whatever way the bench ends, the daemon (and with it its shards) goes too.
  process.once('exit', () => child.kill('SIGKILL'));
  const socket = join(home, 'tsvirt.sock');
  const client = new DaemonClient(socket);
  for (let i = 0; i < 600; i++) {
    if (existsSync(socket) && (await client.call('GET', '/version').catch(() => null))) break;
    await sleep(100);
  }
  return { child, client };
}

/** GET /_ping against `socket`, sequentially, `n` times: requests per second. */
async function pingRate(socket, n) {
  const once = () =>
    new Promise((resolve, reject) => {
      const req = request({ socketPath: socket, path: '/_ping' }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end();
    });
  for (let i = 0; i < 50; i++) await once();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await once();
  return n / ((performance.now() - t0) / 1000);
}

async function inspect(client, id) {
  return (await client.call('GET', `/containers/${id}/json`)).body;
}

async function crashRecovery(client, rootfs, n) {
  const made = await client.call('POST', '/containers/create', {
    body: {
      Spec: { rootfs, cmd: ['node', '/app/idle.js'] },
      HostConfig: { RestartPolicy: { Name: 'always' } },
    },
  });
  const id = made.body.Id;
  await client.call('POST', `/containers/${id}/start`);
  const out = [];
  for (let i = 0; i < n; i++) {
    const before = await inspect(client, id);
    // Never kill(0): that is this process's own group.
    if (!(before.State.Pid > 0)) throw new Error(`no shard pid in ${JSON.stringify(before.State)}`);
    const t0 = performance.now();
    process.kill(before.State.Pid, 'SIGKILL');
    for (;;) {
      const s = await inspect(client, id);
      if (s.State.Running && s.State.Pid !== before.State.Pid && s.RestartCount > before.RestartCount) break;
      await sleep(5);
    }
    out.push(performance.now() - t0);
    // The restart backoff doubles per consecutive restart; let a run count as long enough to reset it.
    await sleep(QUICK ? 200 : 500);
  }
  await client.call('DELETE', `/containers/${id}`, { query: { force: 1 } });
  return summary(out);
}

export const name = 'daemon';

export async function run(progress) {
  const rootfs = makeRootfs();
  const home = mkdtempSync(join(tmpdir(), 'tsvirt-bench-home-'));
  const sock = join(home, 'bare.sock');
  const bare = createServer((_q, s) => s.end('OK'));
  await new Promise((r) => bare.listen(sock, r));
  const { child, client } = await startDaemon(home);
  // The same warm pool as each of the daemon's shards (its default, 2).
  const kernel = new Kernel({ home, warmPool: 2 });
  try {
    const viaApi = await timeRuns(N.run, async () => {
      const made = await client.call('POST', '/containers/create', {
        body: { Spec: { rootfs, cmd: ['node', '/app/hello.js'] } },
      });
      await client.call('POST', `/containers/${made.body.Id}/start`);
      await client.call('POST', `/containers/${made.body.Id}/wait`);
      await client.call('DELETE', `/containers/${made.body.Id}`);
    });
    const embedded = await timeRuns(N.run, async () => {
      const c = await kernel.run({ rootfs, cmd: ['node', '/app/hello.js'] });
      collect(c.stdout);
      await c.wait();
      kernel.remove(c);
    });
    progress('run', { viaApi, embedded });

    const made = await client.call('POST', '/containers/create', {
      body: { Spec: { rootfs, cmd: ['node', '/app/idle.js'] } },
    });
    const id = made.body.Id;
    await client.call('POST', `/containers/${id}/start`);
    const execApi = await timeRuns(N.exec, async () => {
      const e = await client.call('POST', `/containers/${id}/exec`, { body: { Cmd: ['node', '-e', '1'] } });
      await client.stream('POST', `/exec/${e.body.Id}/start`, { body: {} }, () => {});
      await client.call('GET', `/exec/${e.body.Id}/json`);
    });
    await client.call('DELETE', `/containers/${id}`, { query: { force: 1 } });
    const local = await kernel.run({ rootfs, cmd: ['node', '/app/idle.js'] });
    const execLib = await timeRuns(N.exec, async () => {
      const p = local.exec(['node', '-e', '1']);
      collect(p.stdout);
      await p.wait();
    });
    local.kill('SIGKILL');
    await local.wait();
    progress('exec', { execApi, execLib });

    const pingApi = await pingRate(join(home, 'tsvirt.sock'), N.ping);
    const pingBare = await pingRate(sock, N.ping);
    progress('ping', { pingApi, pingBare });

    const crash = await crashRecovery(client, rootfs, N.crash);
    const nodeSpawn = await timeRuns(
      QUICK ? 3 : 10,
      () => new Promise((r) => spawn(process.execPath, ['--no-node-snapshot', '-e', '0']).on('exit', r)),
    );
    progress('crash', { crash, nodeSpawn });

    const rows = [
      ['run -d via API: create+start+wait+rm (one line)', viaApi.p50, viaApi.p95, 'ms', ''],
      [
        '  baseline embedded Kernel run+wait+remove',
        embedded.p50,
        embedded.p95,
        'ms',
        viaApi.p50 / embedded.p50,
      ],
      ['exec via API (create, start stream, inspect)', execApi.p50, execApi.p95, 'ms', ''],
      [
        '  baseline container.exec() in the library',
        execLib.p50,
        execLib.p95,
        'ms',
        execApi.p50 / execLib.p50,
      ],
      ['API GET /_ping, sequential', pingApi, '', 'req/s', ''],
      ['  baseline bare node http on a Unix socket', pingBare, '', 'req/s', pingApi / pingBare],
      ['shard SIGKILL → always-container running again', crash.p50, crash.p95, 'ms', ''],
      ['  baseline spawn(node) → exit', nodeSpawn.p50, nodeSpawn.p95, 'ms', crash.p50 / nodeSpawn.p50],
    ];
    return {
      rows,
      targets: {},
      notes: [
        'crash recovery = respawn a shard (fork + load the runtime) + restart delay 100 ms + start the container',
      ],
      results: { counts: N, viaApi, embedded, execApi, execLib, pingApi, pingBare, crash, nodeSpawn },
    };
  } finally {
    await kernel.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    bare.close();
    rmSync(rootfs, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
}
