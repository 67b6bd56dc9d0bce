// Security: /proc in a container shows its own processes only. A walker reads every file, link and
// directory under /proc and finds nothing of another container (its argv, its environment) or of the
// host (the kernel process's environment and argv, the rootfs's host path); it sees exactly its own
// four pids (PID 1, two children, itself). The walker runs under spawnSync: reading the blocked
// parent's /proc entries must not wait for its turn (that deadlocked before).

import { beforeAll, describe, expect, it } from 'vitest';
import { endedWell, requireBuild, runCase } from './fork.js';

interface Report {
  code: number;
  stdout: string;
  stderr: string;
}

beforeAll(requireBuild);

describe('/proc inside a container', () => {
  it('shows nothing of other containers or of the host', async () => {
    const out = await runCase<Report>('proc-view', null, 120_000);
    expect(endedWell(out), out.stderr).toBe(true);
    const r = out.result as Report;
    expect(r.code, r.stderr).toBe(0);
    const walk = JSON.parse(r.stdout) as { found: string[]; pids: string[]; entries: number };
    expect(walk.found).toEqual([]);
    expect(walk.pids).toEqual(['1', '2', '3', '4']);
    expect(walk.entries).toBeGreaterThan(20);
  }, 150_000);
});
