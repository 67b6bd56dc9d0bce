// Robustness: after busy containers are killed and the kernel closed, the host process exits promptly
// (a killed isolate's last turn is drained before close resolves).

import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCase } from './fork.js';

beforeAll(requireBuild);

// The crash this holds: a killed isolate's last turn settles on the host a moment before its pool
// thread destroys the isolate, and a process.exit() in that moment ran exit()'s static destructors
// under the destruction (SIGSEGV in ~IsolateEnvironment, about one run in four). Kernel.close() now
// waits for the turns and then lets the threads finish (drainDisposed).
describe('host exit after killing busy containers', () => {
  it.each([1, 2, 3, 4, 5, 6])('exits cleanly (run %i)', async () => {
    const out = await runCase<{ statuses: number[] }>('exit-after-kill');
    expect(out.result?.statuses).toEqual([137, 137, 137, 137, 137, 137]);
    expect(out.hungAtExit, out.stderr).toBe(false);
    expect({ exitCode: out.exitCode, signal: out.signal }, out.stderr).toEqual({ exitCode: 0, signal: null });
  });
});
