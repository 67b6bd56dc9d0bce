// Security: the runtime's V8 code cache is taken from a process's isolate (after its first turn), so
// a hostile first process must not be able to change what any later process runs or sees.

import { beforeAll, describe, expect, it } from 'vitest';
import { endedWell, requireBuild, runCase } from './fork.js';

interface Run {
  exitCode: number;
  ok: boolean;
  stdout: string;
  stderr: string;
}
interface Report {
  results: { warmPool: number; first: { exitCode: number; stdout: string }; later: Run[] }[];
}

beforeAll(requireBuild);

describe('the code cache taken after a hostile first process', () => {
  it('leaves every later process, cold or warm, untouched by what the first one tampered with', async () => {
    const out = await runCase<Report>('code-cache');
    expect(endedWell(out), out.stderr).toBe(true);
    const r = out.result as Report;
    expect(r.results).toHaveLength(2);
    for (const { first, later } of r.results) {
      expect(first).toEqual({ exitCode: 0, stdout: 'poisoned\n' });
      for (const run of later) expect(run, JSON.stringify(run)).toMatchObject({ exitCode: 0, ok: true });
    }
  }, 60_000);
});
