// Robustness: after busy containers are killed and the kernel closed, the host process exits promptly
// (a killed isolate's last turn is drained before close resolves).

import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCase } from './fork.js';

beforeAll(requireBuild);

describe('host exit after killing busy containers', () => {
  it.each([1, 2, 3])('exits cleanly (run %i)', async () => {
    const out = await runCase<{ statuses: number[] }>('exit-after-kill');
    expect(out.result?.statuses).toEqual([137, 137, 137, 137, 137, 137]);
    expect(out.hungAtExit, out.stderr).toBe(false);
    expect({ exitCode: out.exitCode, signal: out.signal }, out.stderr).toEqual({ exitCode: 0, signal: null });
  });
});
