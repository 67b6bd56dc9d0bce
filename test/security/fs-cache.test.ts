// Security: the fs generation word a process shares with the kernel is its own. A guest that reaches
// it and scribbles on it (garbage over the whole buffer, then its word rolled back to the generation
// before a change it made, so its own cache serves the old file) fools only its own cache: another
// process of the same container, which cached the file at that very generation, reads the new content
// at its next read, and the kernel carries on.

import { beforeAll, describe, expect, it } from 'vitest';
import { endedWell, requireBuild, runCase } from './fork.js';

interface Report {
  victimStatus: { exitCode: number };
  seen: string[];
  victimErr: string;
  attackerStatus: { exitCode: number };
  leaked: string;
  attack: string;
  attackerErr: string;
}

beforeAll(requireBuild);

describe('a guest scribbling on its shared fs generation word', () => {
  it('cannot make another process of the container read stale data', async () => {
    const out = await runCase<Report>('fs-cache-scribble');
    expect(endedWell(out), out.stderr).toBe(true);
    const r = out.result as Report;
    expect(r.attackerStatus.exitCode, r.attackerErr).toBe(0);
    expect(r.leaked, r.attackerErr).toBe('leaked');
    // The attack is real: it held its word, saw the kernel move it, and fooled its own cache.
    expect(JSON.parse(r.attack)).toEqual({ leaked: true, bytes: 16, moved: true, garbage: 'v1', own: 'v1' });
    // The victim cached v1 and reads the new content (and size) at its next read.
    expect(r.victimStatus.exitCode, r.victimErr).toBe(0);
    expect(r.seen).toEqual(['start v1', 'cached v1', 'read v2-longer 9']);
  }, 90_000);
});
