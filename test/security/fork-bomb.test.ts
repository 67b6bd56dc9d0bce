// Security: fork bombs under --pids-limit. sh's `:(){ :|:& };:` and a JS spawn loop are refused past
// the limit (EAGAIN; sh reports "Cannot fork"), the container never holds more processes than the
// limit, a neighbour container keeps running programs meanwhile, and SIGKILL ends and reaps the bomb.

import { beforeAll, describe, expect, it } from 'vitest';
import { endedWell, requireBuild, runCase } from './fork.js';

interface Report {
  saturated: boolean;
  maxSeen: number;
  neighbours: Array<{ code: number; out: string }>;
  runningBeforeKill: string;
  status: { exitCode: number; signal: string | null };
  left: number;
  leftPids: number;
  refused: boolean;
}

beforeAll(requireBuild);

const LIMIT = 12;

describe.each([['sh'], ['js']])('a %s fork bomb under a pids limit', (kind) => {
  it('is refused with EAGAIN, stays within the limit, spares the neighbour and dies whole', async () => {
    const out = await runCase<Report>('fork-bomb', { kind, limit: LIMIT }, 180_000);
    expect(endedWell(out), out.stderr).toBe(true);
    const r = out.result as Report;
    expect(r.saturated).toBe(true);
    expect(r.refused).toBe(true);
    expect(r.maxSeen).toBeLessThanOrEqual(LIMIT);
    expect(r.neighbours).toEqual([0, 1, 2].map((i) => ({ code: 0, out: `pong ${i} 42\n` })));
    expect(r.runningBeforeKill).toBe('running');
    expect(r.status).toEqual({ exitCode: 137, signal: 'SIGKILL' });
    expect(r.left).toBe(0);
    expect(r.leftPids).toBe(0);
  }, 200_000);
});
