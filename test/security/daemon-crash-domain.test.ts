// Security: crash domains. A guest growing a Map without bound (no memory limit) makes V8 abort the
// whole process hosting its isolate — a path isolated-vm cannot catch (README, threat model). Under
// the daemon that process is one kernel shard: the attacker's container is recorded with the reason,
// the shard is respawned, and a neighbour on another shard keeps running and answering, as does the
// daemon. The daemon and its shards are their own processes (killed with their group at the end).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/cli.js';
import { ping, startTestDaemon, type TestDaemon, until } from '../helpers/daemon.js';

let d: TestDaemon;

interface Inspect {
  State: {
    Status: string;
    Running: boolean;
    ExitCode: number;
    Reason: string;
    OOMKilled: boolean;
    Pid: number;
  };
  Shard: { Index: number; Pid: number } | null;
}

async function inspect(ref: string): Promise<Inspect> {
  const r = await d.cli(['inspect', '--type', 'container', ref]);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as Inspect[])[0] as Inspect;
}

beforeAll(async () => {
  assertBuilt();
  d = await startTestDaemon({ shards: 2 });
}, 120_000);

afterAll(async () => {
  await d?.stop();
  d?.cleanup();
}, 60_000);

describe('daemon crash domains', () => {
  it("a memory bomb that aborts V8 ends only its own shard's containers", async () => {
    const neighbour = await d.cli([
      'run',
      '-d',
      '--name',
      'neighbour',
      'base',
      'sh',
      '-c',
      'while true; do sleep 1; done',
    ]);
    expect(neighbour.code, neighbour.stderr).toBe(0);
    const bomb = await d.cli([
      'run',
      '-d',
      '--name',
      'bomb',
      'base',
      'node',
      '-e',
      'const m = new Map(); for (let i = 0; ; i++) m.set(i, { i })',
    ]);
    expect(bomb.code, bomb.stderr).toBe(0);
    const n0 = await inspect('neighbour');
    const b0 = await inspect('bomb');
    expect(b0.Shard?.Index).not.toBe(n0.Shard?.Index);

    const ended = await until(
      async () => {
        const b = await inspect('bomb');
        return b.State.Status === 'exited' ? b : undefined;
      },
      'the bomb to end',
      180_000,
    );
    // V8's fatal OOM aborts the shard (SIGABRT, 134); should isolated-vm ever catch it instead, the
    // kernel's OOM path ends the container alone (137). Either way only the bomb's shard is touched.
    if (ended.State.Reason.startsWith('shard crashed')) {
      expect(ended.State.Reason).toMatch(/^shard crashed \(killed by SIG[A-Z]+\)$/);
      expect(d.log()).toContain(`shard ${b0.Shard?.Index} crashed`);
    } else {
      expect(ended.State.ExitCode).toBe(137);
    }
    process.stderr.write(
      `crash-domain: the bomb ended with ${ended.State.ExitCode} (${ended.State.Reason})\n`,
    );

    const n1 = await inspect('neighbour');
    expect(n1.State.Running).toBe(true);
    expect(n1.State.Pid).toBe(n0.State.Pid);
    expect((await d.cli(['exec', 'neighbour', 'echo', 'still here'])).stdout).toBe('still here\n');
    expect(await ping(d.socket)).toBe(true);
    // The bomb's shard is back and takes new containers.
    const after = await d.cli(['run', '-d', '--name', 'after', 'base', 'sh', '-c', 'echo fresh']);
    expect(after.code).toBe(0);
    await until(async () => (await d.cli(['logs', 'after'])).stdout === 'fresh\n', 'a new container to run');
  }, 300_000);
});
