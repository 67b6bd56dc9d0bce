// The daemon through the CLI as a subprocess, the way a user drives it: run -d, ps, logs, exec, stop,
// rm, start -a, wait, kill; a shard killed with SIGKILL takes only its own containers (which show why);
// restart policies; stats; user networks with two containers talking by name; and a daemon restart
// that still lists the containers it had.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, tsvirt } from '../helpers/cli.js';
import { api, startTestDaemon, type TestDaemon, until } from '../helpers/daemon.js';

let d: TestDaemon;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface Inspect {
  Id: string;
  Name: string;
  State: { Status: string; Running: boolean; ExitCode: number; Reason: string; Pid: number };
  RestartCount: number;
  Shard: { Index: number; Pid: number } | null;
}

async function inspect(ref: string): Promise<Inspect> {
  const r = await d.cli(['inspect', '--type', 'container', ref]);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as Inspect[])[0] as Inspect;
}

async function runD(args: string[]): Promise<string> {
  const r = await d.cli(['run', '-d', ...args]);
  expect(r.code, r.stderr).toBe(0);
  const id = r.stdout.trim();
  expect(id).toMatch(/^[0-9a-f]{64}$/);
  return id;
}

const logsOf = async (ref: string) => (await d.cli(['logs', ref])).stdout;

beforeAll(async () => {
  assertBuilt();
  d = await startTestDaemon({ shards: 2 });
}, 120_000);

afterAll(async () => {
  await d?.stop();
  d?.cleanup();
}, 60_000);

describe('tsvirt daemon: containers in the background', () => {
  it('run -d without a daemon is a one-line error saying how to start one (exit 125)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tsvirt-nodaemon-'));
    try {
      const r = await tsvirt(['run', '-d', 'hello-world'], {
        env: { ...process.env, TSVIRT_HOME: home, TSVIRT_SOCKET: '' },
      });
      expect(r.code).toBe(125);
      expect(r.stderr).toMatch(
        /^tsvirt: cannot connect to the tsvirt daemon at .*tsvirt\.sock; is it running\? Start it with 'tsvirt daemon &'\n$/,
      );
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('run -d, ps, logs, exec, stop, rm', async () => {
    const id = await runD([
      '--name',
      'web',
      'base',
      'sh',
      '-c',
      'echo out-line; echo err-line >&2; sleep 300',
    ]);
    const ps = await d.cli(['ps']);
    expect(ps.code).toBe(0);
    expect(ps.stdout).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES\n/);
    expect(ps.stdout).toMatch(new RegExp(`${id.slice(0, 12)}\\s+base\\s+"sh -c echo out-line.*Up .*web\\n`));
    expect((await d.cli(['ps', '-q'])).stdout).toContain(`${id.slice(0, 12)}\n`);

    await until(async () => (await logsOf('web')).includes('out-line'), 'the log line');
    const logs = await d.cli(['logs', id.slice(0, 8)]);
    expect(logs.stdout).toBe('out-line\n');
    expect(logs.stderr).toBe('err-line\n');
    const stamped = await d.cli(['logs', '-t', '--tail', '1', 'web']);
    expect(stamped.stdout + stamped.stderr).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z (out|err)-line\n$/);

    const ex = await d.cli([
      'exec',
      '-e',
      'X=42',
      '-w',
      '/tmp',
      'web',
      'sh',
      '-c',
      'echo $X $(pwd) $HOSTNAME; exit 3',
    ]);
    expect(ex.code).toBe(3);
    expect(ex.stdout).toBe(`42 /tmp ${id.slice(0, 12)}\n`);
    const piped = await d.cli(['exec', '-i', 'web', 'sh', '-c', 'cat; echo done'], {
      input: 'through stdin\n',
    });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe('through stdin\ndone\n');

    const rmRunning = await d.cli(['rm', 'web']);
    expect(rmRunning.code).toBe(125);
    expect(rmRunning.stderr).toContain('You cannot remove a running container');

    const stop = await d.cli(['stop', '-t', '1', 'web']);
    expect(stop.code).toBe(0);
    expect(stop.stdout).toBe('web\n');
    expect((await d.cli(['ps'])).stdout).not.toContain(id.slice(0, 12));
    const all = await d.cli(['ps', '-a']);
    expect(all.stdout).toMatch(new RegExp(`${id.slice(0, 12)}.*Exited \\(\\d+\\) .* ago.*web`));
    const exec2 = await d.cli(['exec', 'web', 'true']);
    expect(exec2.code).toBe(125);
    expect(exec2.stderr).toMatch(/is not running/);

    expect((await d.cli(['rm', 'web'])).code).toBe(0);
    expect((await d.cli(['ps', '-a'])).stdout).not.toContain(id.slice(0, 12));
    const gone = await d.cli(['logs', 'web']);
    expect(gone.code).toBe(125);
    expect(gone.stderr).toBe('tsvirt: Error response from daemon: No such container: web\n');
  }, 180_000);

  it('start -a attaches and exits with the code; wait prints it; names are unique', async () => {
    const id = await runD(['--name', 'once', 'base', 'sh', '-c', 'echo ran; exit 7']);
    const w = await d.cli(['wait', 'once']);
    expect(w.stdout).toBe('7\n');
    const again = await d.cli(['start', '-a', 'once']);
    expect(again.code).toBe(7);
    expect(again.stdout).toBe('ran\n');
    expect(await logsOf(id)).toBe('ran\nran\n');
    const dup = await d.cli(['run', '-d', '--name', 'once', 'base', 'true']);
    expect(dup.code).toBe(125);
    expect(dup.stderr).toContain('The container name "/once" is already in use');
    const noImage = await d.cli(['run', '-d', 'no-such-image:1', 'true']);
    expect(noImage.code).toBe(125);
    expect(noImage.stderr).toMatch(/^tsvirt: Error response from daemon: .*no-such-image/);
    expect((await d.cli(['rm', 'once'])).code).toBe(0);
  }, 120_000);

  it('kill -s sends a signal; --rm removes the container when it exits', async () => {
    await runD([
      '--name',
      'trap',
      '--rootfs',
      'test/fixtures/rootfs',
      'node',
      '-e',
      "process.on('SIGUSR2', () => { console.log('got usr2'); process.exit(0) }); setInterval(() => {}, 1000)",
    ]);
    await until(async () => (await inspect('trap')).State.Running, 'trap running');
    expect((await d.cli(['kill', '-s', 'USR2', 'trap'])).code).toBe(0);
    await until(async () => (await inspect('trap')).State.Status === 'exited', 'trap to exit');
    expect(await logsOf('trap')).toBe('got usr2\n');
    expect((await d.cli(['kill', 'trap'])).stderr).toMatch(/is not running/);
    await d.cli(['rm', 'trap']);

    const id = await runD(['--rm', 'base', 'true']);
    await until(
      async () => !(await d.cli(['ps', '-aq'])).stdout.includes(id.slice(0, 12)),
      'the --rm container to go',
    );
  }, 120_000);

  it('a shard killed with SIGKILL takes only its own containers, which show why; the shard comes back', async () => {
    await runD(['--name', 'victim', 'base', 'sleep', '300']);
    await runD(['--name', 'bystander', 'base', 'sleep', '300']);
    const victim = await inspect('victim');
    const bystander = await inspect('bystander');
    expect(victim.Shard?.Index).not.toBe(bystander.Shard?.Index);
    expect(victim.State.Pid).toBe(victim.Shard?.Pid);
    // Never kill(0) (the test's own process group).
    expect(victim.State.Pid).toBeGreaterThan(0);
    process.kill(victim.State.Pid, 'SIGKILL');
    const dead = await until(async () => {
      const v = await inspect('victim');
      return v.State.Status === 'exited' ? v : undefined;
    }, 'the victim to be recorded exited');
    expect(dead.State.ExitCode).toBe(137);
    expect(dead.State.Reason).toBe('shard crashed (killed by SIGKILL)');
    expect((await d.cli(['ps', '-a'])).stdout).toMatch(/Exited \(137\).*victim/);
    const still = await inspect('bystander');
    expect(still.State.Running).toBe(true);
    expect((await d.cli(['exec', 'bystander', 'echo', 'alive'])).stdout).toBe('alive\n');
    expect(d.log()).toContain(`shard ${victim.Shard?.Index} crashed (killed by SIGKILL); restarting it`);
    // The respawned shard takes containers again.
    expect((await d.cli(['start', 'victim'])).code).toBe(0);
    const back = await inspect('victim');
    expect(back.State.Running).toBe(true);
    expect(back.State.Pid).not.toBe(victim.State.Pid);
    expect((await d.cli(['rm', '-f', 'victim', 'bystander'])).code).toBe(0);
  }, 180_000);

  it('--restart on-failure:2 restarts twice; always brings a container back after its shard dies', async () => {
    await runD(['--name', 'flaky', '--restart', 'on-failure:2', 'base', 'sh', '-c', 'echo attempt; exit 3']);
    const done = await until(async () => {
      const f = await inspect('flaky');
      return f.State.Status === 'exited' && f.RestartCount === 2 ? f : undefined;
    }, 'two restarts');
    expect(done.State.ExitCode).toBe(3);
    expect(await logsOf('flaky')).toBe('attempt\nattempt\nattempt\n');

    await runD(['--name', 'keeper', '--restart', 'always', 'base', 'sh', '-c', 'echo up; sleep 300']);
    const before = await inspect('keeper');
    expect(before.State.Pid).toBeGreaterThan(0);
    process.kill(before.State.Pid, 'SIGKILL');
    const after = await until(async () => {
      const k = await inspect('keeper');
      return k.State.Running && k.RestartCount === 1 ? k : undefined;
    }, 'keeper restarted');
    expect(after.State.Pid).not.toBe(before.State.Pid);
    await until(async () => (await logsOf('keeper')) === 'up\nup\n', 'the second run to log');
    // A manual stop holds the policy off.
    expect((await d.cli(['stop', '-t', '1', 'keeper'])).code).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect((await inspect('keeper')).State.Status).toBe('exited');
    expect((await d.cli(['rm', 'flaky', 'keeper'])).code).toBe(0);
  }, 180_000);

  it('stats --no-stream --json', async () => {
    await runD(['--name', 'busy', '--memory', '64m', 'base', 'sleep', '300']);
    await until(async () => (await inspect('busy')).State.Running, 'busy running');
    const r = await d.cli(['stats', '--no-stream', '--json', 'busy']);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Name: 'busy', Running: true, MemLimit: 64 * 1024 * 1024 });
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      [
        'BlockRead',
        'BlockWrite',
        'CPUPerc',
        'ID',
        'MemLimit',
        'MemPerc',
        'MemUsage',
        'Name',
        'NetRx',
        'NetTx',
        'PIDs',
        'Running',
      ].sort(),
    );
    expect(rows[0]?.MemUsage).toBeGreaterThan(0);
    expect(rows[0]?.PIDs).toBe(1);
    const table = await d.cli(['stats', '--no-stream']);
    expect(table.stdout).toMatch(
      /^CONTAINER ID\s+NAME\s+CPU %\s+MEM USAGE \/ LIMIT\s+MEM %\s+NET I\/O\s+BLOCK I\/O\s+PIDS\n/,
    );
    expect(table.stdout).toMatch(/busy\s+[\d.]+%\s+[\d.]+[kM]?B \/ 67.1MB/);
    expect((await d.cli(['rm', '-f', 'busy'])).code).toBe(0);
  }, 120_000);

  it('network create: two containers on it reach each other by name; rm refuses while in use', async () => {
    const made = await d.cli(['network', 'create', '--subnet', '10.77.0.0/24', 'appnet']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const ls = await d.cli(['network', 'ls']);
    expect(ls.stdout).toMatch(/appnet\s+bridge\s+10\.77\.0\.0\/24/);
    await runD([
      '--name',
      'srv',
      '--network',
      'appnet',
      'base',
      'node',
      '-e',
      "require('http').createServer((q, s) => s.end('hello from srv\\n')).listen(8080)",
    ]);
    await runD([
      '--name',
      'client',
      '--network',
      'appnet',
      'base',
      'node',
      '-e',
      "const get = () => require('http').get('http://srv:8080', (r) => r.pipe(process.stdout)).on('error', () => setTimeout(get, 100)); get()",
    ]);
    await until(
      async () => (await logsOf('client')) === 'hello from srv\n',
      'the client to reach srv by name',
    );
    const inspectNet = JSON.parse((await d.cli(['network', 'inspect', 'appnet'])).stdout) as Array<
      Record<string, unknown>
    >;
    expect(inspectNet[0]).toMatchObject({
      Name: 'appnet',
      Driver: 'bridge',
      IPAM: { Config: [{ Subnet: '10.77.0.0/24' }] },
    });
    const busy = await d.cli(['network', 'rm', 'appnet']);
    expect(busy.code).toBe(125);
    expect(busy.stderr).toContain('has active endpoints');
    expect((await d.cli(['network', 'rm', 'bridge'])).stderr).toContain('pre-defined network');
    expect((await d.cli(['rm', '-f', 'srv', 'client'])).code).toBe(0);
    expect((await d.cli(['network', 'rm', 'appnet'])).code).toBe(0);
    expect((await d.cli(['network', 'ls', '-q'])).stdout).toBe('bridge\nnone\n');
  }, 180_000);

  it('inspect resolves a container or an image by name', async () => {
    await runD(['--name', 'named', 'base', 'true']);
    const both = await d.cli(['inspect', 'named', 'hello-world']);
    expect(both.code).toBe(0);
    const [c, i] = JSON.parse(both.stdout) as Array<Record<string, unknown>>;
    expect(c?.Name).toBe('/named');
    expect(i?.RepoTags).toEqual(['hello-world:latest']);
    const missing = await d.cli(['inspect', 'nothing-by-this-name']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('tsvirt: No such object: nothing-by-this-name\n');
    await d.cli(['rm', 'named']);
  }, 60_000);
});

describe('tsvirt daemon: restarts', () => {
  it('a restarted daemon still lists its containers; one that was running shows why it stopped', async () => {
    const d2 = await startTestDaemon({ shards: 1 });
    try {
      const done = (
        await d2.cli(['run', '-d', '--name', 'finished', 'base', 'sh', '-c', 'echo bye'])
      ).stdout.trim();
      const live = (await d2.cli(['run', '-d', '--name', 'live', 'base', 'sleep', '300'])).stdout.trim();
      const always = (
        await d2.cli(['run', '-d', '--name', 'always', '--restart', 'always', 'base', 'sleep', '300'])
      ).stdout.trim();
      await until(async () => (await d2.cli(['logs', 'finished'])).stdout === 'bye\n', 'finished to finish');
      // SIGKILL the daemon alone: its shards must not outlive it (they end when their channel closes).
      const info = await api(d2.socket, 'GET', '/info');
      const shardPids = (info.body as { Shards: Array<{ Pid: number }> }).Shards.map((s) => s.Pid);
      expect(shardPids.every((p) => p > 0)).toBe(true);
      process.kill(d2.pid, 'SIGKILL');
      await until(async () => shardPids.every((p) => !alive(p)), 'the shards to exit with their daemon');
      await d2.stop(true);
      // A second daemon on the same home is refused while one runs; the dead one's lock is taken over.
      const d3 = await startTestDaemon({ home: d2.home, shards: 1 });
      try {
        const ps = await d3.cli(['ps', '-a', '--json']);
        const list = JSON.parse(ps.stdout) as Array<{
          Id: string;
          State: string;
          ExitCode: number;
          Reason: string;
        }>;
        expect(list.map((c) => c.Id).sort()).toEqual([done, live, always].sort());
        // `always` comes back when the daemon does.
        await until(async () => {
          const r = await d3.cli(['ps', '-q', '--no-trunc']);
          return r.stdout === `${always}\n`;
        }, 'the always container to be started again');
        const l = list.find((c) => c.Id === live);
        expect(l).toMatchObject({
          State: 'exited',
          ExitCode: 255,
          Reason: 'the daemon stopped while the container was running',
        });
        expect((await d3.cli(['logs', 'finished'])).stdout).toBe('bye\n');
        expect((await d3.cli(['start', '-a', 'finished'])).stdout).toBe('bye\n');
        const twin = await d3.cli(['daemon', '--socket', `${d3.home}/other.sock`]);
        expect(twin.code).toBe(125);
        expect(twin.stderr).toBe(
          `tsvirt: cannot start the daemon: another tsvirt daemon (pid ${d3.pid}) is using ${d3.home}\n`,
        );
      } finally {
        await d3.stop();
      }
    } finally {
      await d2.stop();
      d2.cleanup();
    }
  }, 180_000);
});

describe('daemon commands: usage', () => {
  const noDaemon = (args: string[]) =>
    tsvirt(args, { env: { ...process.env, TSVIRT_HOME: '/nonexistent/tsvirt-home', TSVIRT_SOCKET: '' } });

  it('every daemon command has --help', async () => {
    for (const cmd of [
      'daemon',
      'ps',
      'logs',
      'start',
      'stop',
      'restart',
      'kill',
      'rm',
      'wait',
      'exec',
      'stats',
    ]) {
      const r = await noDaemon([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(new RegExp(`^Usage:  tsvirt ${cmd} `));
    }
    for (const sub of ['create', 'ls', 'rm', 'inspect']) {
      const r = await noDaemon(['network', sub, '--help']);
      expect(r.stdout, sub).toMatch(new RegExp(`^Usage:  tsvirt network ${sub}`));
    }
  }, 120_000);

  it('bad usage fails before reaching for the daemon', async () => {
    const flag = await noDaemon(['ps', '--bogus']);
    expect(flag.code).toBe(125);
    expect(flag.stderr).toBe("tsvirt: unknown flag: --bogus; see 'tsvirt ps --help'\n");
    const exec = await noDaemon(['exec', 'web']);
    expect(exec.code).toBe(1);
    expect(exec.stderr).toMatch(/requires at least 2 arguments/);
    const tail = await noDaemon(['logs', '--tail', 'x', 'web']);
    expect(tail.code).toBe(125);
    expect(tail.stderr).toMatch(/invalid argument "x" for "--tail" flag/);
    const shards = await noDaemon(['daemon', '--shards', '0']);
    expect(shards.code).toBe(125);
    expect(shards.stderr).toMatch(/invalid argument "0" for "--shards" flag/);
    const ps = await noDaemon(['ps']);
    expect(ps.code).toBe(125);
    expect(ps.stderr).toMatch(
      /^tsvirt: cannot connect to the tsvirt daemon at \/nonexistent\/tsvirt-home\/tsvirt\.sock/,
    );
  }, 60_000);
});
