// Security: the guest's IDNA mapping is a syscall (text.domainToASCII) whose host work is bounded by
// the length the kernel accepts; hostile domains end as URL errors in the guest, and a neighbour
// container keeps running meanwhile.

import { beforeAll, describe, expect, it } from 'vitest';
import { endedWell, requireBuild, runCase } from './fork.js';

interface Report {
  status: { exitCode: number };
  out: string;
  err: string;
  neighbourStatus: { exitCode: number };
  neighbourOut: string;
}

beforeAll(requireBuild);

describe('IDNA on the host', () => {
  it('refuses oversized domains in the guest, maps bounded ones, and the kernel carries on', async () => {
    const run = await runCase<Report>('idna-door');
    expect(endedWell(run), run.stderr).toBe(true);
    const r = run.result as Report;
    expect(r.status.exitCode, r.err).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('over ERR_INVALID_URL');
    // 2^20 é's map to one punycode label (over 63 bytes, but only a strict parse checks DNS lengths).
    expect(lines[1]).toMatch(/^at \d+$/);
    // As Node 20 answers: a mixed-direction label passes the non-strict parse, a ZWJ without context fails.
    expect(lines[2]).toBe('nul ERR_INVALID_URL bidi 13 zwj ERR_INVALID_URL');
    expect(lines[3]).toBe('url  done');
    expect(r.neighbourStatus.exitCode).toBe(0);
    expect(r.neighbourOut).toMatch(/neighbour done\n$/);
  }, 120_000);
});
