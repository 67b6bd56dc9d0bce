// Security: require() of an ES module runs the graph inside a syscall, on the kernel's thread. A module
// body that spins must not hold the kernel: the requirer is killed after the evaluation limit (once:
// catching the error cannot turn it into a loop of stalls) and a neighbour finishes its work.

import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_NEIGHBOUR, endedWell, requireBuild, runCase } from './fork.js';

interface Report {
  status: { exitCode: number; signal: string | null; reason: string };
  ms: number;
  requirerOut: string;
  neighbourStatus: { exitCode: number };
  neighbourOut: string;
}

beforeAll(requireBuild);

describe('require() of a spinning ES module', () => {
  it('kills the requirer once, with reason cpu, and the neighbour carries on', async () => {
    const out = await runCase<Report>('require-esm-spin');
    expect(endedWell(out), out.stderr).toBe(true);
    const r = out.result as Report;
    expect(r.status).toMatchObject({ exitCode: 137, signal: 'SIGKILL', reason: 'cpu' });
    expect(r.requirerOut).toBe('requiring\n');
    expect(r.neighbourStatus.exitCode).toBe(0);
    expect(r.neighbourOut).toBe(EXPECTED_NEIGHBOUR);
  }, 60_000);
});

describe('process.exit() inside a required ES module', () => {
  it('ends the requirer with its status, once, and leaves the kernel free', async () => {
    const out = await runCase<Report>('require-esm-exit');
    expect(endedWell(out), out.stderr).toBe(true);
    const r = out.result as Report;
    expect(r.status).toMatchObject({ exitCode: 3, signal: null, reason: 'exited' });
    expect(r.requirerOut).toBe('requiring\nexit handler 3\n');
    expect(r.neighbourStatus.exitCode).toBe(0);
    expect(r.neighbourOut).toBe(EXPECTED_NEIGHBOUR);
  }, 60_000);
});
