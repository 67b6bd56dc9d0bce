// Security: what the kernel holds for a process that does not take it. A guest that starts async
// reads in a turn that never yields, or lets a child flood a pipe or its IPC channel while it spins, must not make the
// host queue all of it (it grew the host by gigabytes in seconds): new ops fail with EAGAIN past the
// backlog bound (the container's memory limit, at most 256 MiB), and streams are paused so the child
// meets a full pipe. A neighbour container finishes its count meanwhile.

import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_NEIGHBOUR, endedWell, requireBuild, runCase } from './fork.js';

interface Status {
  exitCode: number;
  signal: string | null;
}
interface Report {
  status: Status;
  stdout: string;
  stderr: string;
  neighbourStatus: Status;
  neighbourOut: string;
  logged: string[];
  rssGrowthMiB: number;
}

const MiB = 1024 * 1024;

async function run(guest: string, limits: object): Promise<Report> {
  const out = await runCase<Report>('host-memory', { guest, limits }, 120_000);
  expect(endedWell(out), out.stderr).toBe(true);
  const r = out.result as Report;
  expect(r.neighbourStatus.exitCode).toBe(0);
  expect(r.neighbourOut).toBe(EXPECTED_NEIGHBOUR);
  expect(r.logged).toEqual([]);
  return r;
}

beforeAll(requireBuild);

describe('the kernel holds a bounded backlog for a process that does not take it', () => {
  it('async reads started in a turn that never yields fail with EAGAIN past the bound', async () => {
    // 200 reads of 4 MiB: 800 MiB if the kernel queued them all; the bound here is the 64 MiB limit.
    const r = await run('read-loop', { memory: 64 * MiB });
    expect(r.status.exitCode, r.stderr).toBe(0);
    const ends = JSON.parse(r.stdout) as {
      ok: number;
      EAGAIN: number;
      other: number;
      again: number;
      after: unknown;
    };
    expect(ends.other).toBe(0);
    expect(ends.ok + ends.EAGAIN).toBe(200);
    expect(ends.EAGAIN).toBeGreaterThan(0);
    // At most the bound's worth of results was queued (plus the one that crossed it).
    expect(ends.ok * 4).toBeLessThanOrEqual(64 + 4);
    // Once the guest took its queue, reads work again.
    expect(ends.again).toBe(4 * MiB);
    expect(ends.after).toBe(4 * MiB);
    expect(r.rssGrowthMiB).toBeLessThan(400);
  }, 150_000);

  it("a child's pipe flood to a parent that spins is held back by the full pipe, and nothing is lost", async () => {
    const r = await run('pipe-flood', {});
    expect(r.status.exitCode, r.stderr).toBe(0);
    const { got, writtenWhileBusy } = JSON.parse(r.stdout) as { got: number; writtenWhileBusy: number };
    // Everything arrives once the parent reads.
    expect(got).toBe(96 * MiB);
    // While the parent spun, the child could fill its pipe and the parent's stream queue, no more
    // (8 MiB high-water mark, 1 MiB pipe, the runtimes' own stream buffers); unbounded, it wrote 64.
    expect(writtenWhileBusy).toBeLessThan(32);
    expect(r.rssGrowthMiB).toBeLessThan(400);
  }, 150_000);

  it('an IPC flood from a child to a parent that spins is held back, and nothing is lost', async () => {
    const r = await run('ipc-flood', {});
    expect(r.status.exitCode, r.stderr).toBe(0);
    const { got, acceptedWhileBusy } = JSON.parse(r.stdout) as { got: number; acceptedWhileBusy: number };
    expect(got).toBe(150);
    // The receiving end holds at most 64 MiB, the parent's queue 8 MiB; unbounded, it took 120.
    expect(acceptedWhileBusy).toBeLessThan(100);
    expect(r.rssGrowthMiB).toBeLessThan(400);
  }, 150_000);
});
