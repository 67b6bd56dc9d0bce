// Security: SIGKILL of a guest spinning in `for(;;){}` ends it (exit 137, SIGKILL) promptly while a
// neighbour container keeps running to a correct finish.

import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_NEIGHBOUR, endedWell, requireBuild, runCase } from './fork.js';

interface Report {
  before: string;
  spinStatus: { exitCode: number; signal: string | null };
  killMs: number;
  spinOut: string;
  neighbourStatus: { exitCode: number };
  neighbourOut: string;
}

beforeAll(requireBuild);

describe('SIGKILL of a tight loop', () => {
  it('ends the spinner with 137 and leaves the neighbour running', async () => {
    const out = await runCase<Report>('sigkill');
    expect(endedWell(out), out.stderr).toBe(true);
    const r = out.result as Report;
    expect(r.before).toBe('running');
    expect(r.spinOut).toBe('spinning\n');
    expect(r.spinStatus).toMatchObject({ exitCode: 137, signal: 'SIGKILL' });
    expect(r.killMs).toBeLessThan(2000);
    expect(r.neighbourStatus.exitCode).toBe(0);
    expect(r.neighbourOut).toBe(EXPECTED_NEIGHBOUR);
  });
});
