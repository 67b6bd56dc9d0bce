// Security: the writable layer's entries cost host memory even when they hold no bytes. A guest that
// floods it with empty directories, empty files, long symlinks or hard links under a storage limit
// must meet ENOSPC after a bounded number of them (unbounded, it grew the host by 2 GB in 20 s under a
// 1 MiB limit), get the room back when it removes them, and leave a neighbour container untouched.

import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_NEIGHBOUR, endedWell, requireBuild, runCase } from './fork.js';

interface Report {
  status: { exitCode: number };
  stdout: string;
  stderr: string;
  neighbourStatus: { exitCode: number };
  neighbourOut: string;
  logged: string[];
  rssGrowthMiB: number;
}

beforeAll(requireBuild);

describe('directory entries count against the storage limit', () => {
  it('entry floods meet ENOSPC, removal gives the room back, the host stays small', async () => {
    const run = await runCase<Report>(
      'host-memory',
      { guest: 'entry-flood', limits: { storage: 1024 * 1024 } },
      120_000,
    );
    expect(endedWell(run), run.stderr).toBe(true);
    const r = run.result as Report;
    expect(r.status.exitCode, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, [string, number]> & { again: boolean };
    for (const flood of ['mkdir', 'files', 'symlinks', 'hardlinks']) {
      const [code, n] = out[flood] as [string, number];
      expect(code, flood).toBe('ENOSPC');
      // About 1 KiB an entry (plus its name, and a symlink's target) under 1 MiB.
      expect(n, flood).toBeGreaterThan(100);
      expect(n, flood).toBeLessThan(1024);
    }
    expect(out.again).toBe(true);
    expect(r.rssGrowthMiB).toBeLessThan(200);
    expect(r.neighbourStatus.exitCode).toBe(0);
    expect(r.neighbourOut).toBe(EXPECTED_NEIGHBOUR);
    expect(r.logged).toEqual([]);
  }, 150_000);
});
