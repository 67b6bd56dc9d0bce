// Robustness: the quiet exit frees an isolate after the guest's turn, and a guest that keeps running
// after saying it returns is still cut short; the kernel, a neighbour and the host's exit carry on.

import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_NEIGHBOUR, endedWell, requireBuild, runCase } from './fork.js';

interface Report {
  status: { exitCode: number; signal: string | null; reason: string };
  waitMs: number;
  neighbourStatus: { exitCode: number };
  neighbourOut: string;
}

beforeAll(requireBuild);

describe('an exit after the turn, with a guest that does not return', () => {
  it('ends with the status asked for; the spinning isolate is disposed and nothing hangs', async () => {
    // The case's own budget is below the test's, so a hung case is killed, never left behind.
    const run = await runCase<Report>('exit-after-turn', null, 20_000);
    expect(endedWell(run), run.stderr).toBe(true);
    const rep = run.result as Report;
    expect(rep.status).toMatchObject({ exitCode: 7, signal: null, reason: 'exited' });
    expect(rep.neighbourStatus.exitCode).toBe(0);
    expect(rep.neighbourOut).toBe(EXPECTED_NEIGHBOUR);
    expect(run.hungAtExit, run.stderr).toBe(false);
  }, 60_000);
});
