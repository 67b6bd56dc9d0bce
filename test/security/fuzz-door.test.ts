// Security: every syscall in the table, called with fast-check garbage through the door handlers of a
// real task, answers a well-formed errno or ABI data, never a host exception, while a neighbour
// container keeps running to a correct finish.

import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_NEIGHBOUR, endedWell, requireBuild, runCase } from './fork.js';

interface FuzzReport {
  problems: string[];
  problemCount: number;
  counts: { calls: number; errors: number; values: number; guardRefused: number; completions: number };
  logged: string[];
  controlReply: unknown;
  controlLogged: number;
  afterExit: unknown[];
  neighbourStatus: { exitCode: number };
  neighbourOut: string;
  syscalls: number;
}

let rep: FuzzReport;
beforeAll(async () => {
  requireBuild();
  const seed = Number(process.env.TSVIRT_FUZZ_SEED ?? 20261126);
  const run = await runCase<FuzzReport>('fuzz-door', { runs: 4000, seed }, 120_000);
  expect(endedWell(run), run.stderr).toBe(true);
  rep = run.result as FuzzReport;
}, 150_000);

describe('syscall fuzzing through the door', () => {
  it('answers every call with a known errno or ABI data', () => {
    expect(rep.problems).toEqual([]);
    expect(rep.problemCount).toBe(0);
    expect(rep.logged).toEqual([]);
    expect(rep.syscalls).toBeGreaterThan(20);
    expect(rep.counts.calls).toBeGreaterThan(4000);
    expect(rep.counts.errors).toBeGreaterThan(500);
    expect(rep.counts.completions).toBeGreaterThan(100);
  });

  it('would notice a host exception (control)', () => {
    expect(rep.controlReply).toEqual([{ code: 'EIO', syscall: 'throw' }, null]);
    expect(rep.controlLogged).toBe(1);
  });

  it('answers ESRCH to a process that has exited', () => {
    expect(rep.afterExit).toEqual([
      [{ code: 'ESRCH', syscall: 'fs.stat' }, null],
      [{ code: 'ESRCH', syscall: 'proc.spawn' }, null],
    ]);
  });

  it('leaves a neighbour container untouched', () => {
    expect(rep.neighbourStatus.exitCode).toBe(0);
    expect(rep.neighbourOut).toBe(EXPECTED_NEIGHBOUR);
  });
});
