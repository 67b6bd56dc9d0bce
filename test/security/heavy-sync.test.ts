// Security: one tenant's heavy synchronous crypto and zlib calls (seconds of CPU each) run on the
// kernel's thread pool, not its main thread: a neighbour container keeps completing round trips while
// each call is in flight, the results are right, and SIGKILL ends a container blocked in one at once.

import { beforeAll, describe, expect, it } from 'vitest';
import { endedWell, requireBuild, runCase } from './fork.js';

interface Report {
  events: string[];
  heavyStatus: { exitCode: number };
  heavyErr: string;
  echoStatus: { exitCode: number };
  expectedKey: string;
  blockedLine: string;
  killedStatus: { exitCode: number; signal: string | null };
  order: string[];
  afterStatus: { exitCode: number };
  afterOut: string;
  expectedAfter: string;
}

/** The neighbour's round trips logged between `start <name>` and the `end <name> …` line. */
function roundTripsDuring(events: string[], name: string): number {
  const from = events.indexOf(`start ${name}`);
  const to = events.findIndex((e) => e.startsWith(`end ${name} `));
  expect(from, `start ${name}`).toBeGreaterThanOrEqual(0);
  expect(to, `end ${name}`).toBeGreaterThan(from);
  return events.slice(from + 1, to).filter((e) => e === 'rt').length;
}

let rep: Report;
beforeAll(async () => {
  requireBuild();
  const run = await runCase<Report>('heavy-sync', null, 240_000);
  expect(endedWell(run), run.stderr).toBe(true);
  rep = run.result as Report;
}, 250_000);

describe('heavy synchronous crypto and zlib calls', () => {
  it('leave the kernel serving a neighbour while each call is in flight', () => {
    // With the work on the kernel thread, the thread that serves round trips is busy with it: at most
    // the couple already under way when the call began land between its start and end lines (2 were
    // seen). Off that thread, they keep completing all through the call (hundreds were seen).
    for (const name of ['pbkdf2', 'brotli', 'rsa']) {
      expect(roundTripsDuring(rep.events, name), name).toBeGreaterThanOrEqual(20);
    }
    expect(rep.echoStatus.exitCode).toBe(0);
  });

  it('still give the guest the right results, synchronously', () => {
    expect(rep.heavyErr).toBe('');
    expect(rep.heavyStatus.exitCode).toBe(0);
    const ends = rep.events.filter((e) => e.startsWith('end '));
    expect(ends[0]).toBe(`end pbkdf2 ${rep.expectedKey}`);
    expect(ends[1]).toMatch(/^end brotli true \d+$/);
    expect(ends[2]).toBe('end rsa 4096 true');
  });

  it('lets SIGKILL end a container blocked in one at once, its job finishing harmlessly', () => {
    expect(rep.blockedLine).toBe('blocking');
    expect(rep.killedStatus).toMatchObject({ exitCode: 137, signal: 'SIGKILL' });
    // The same job, started before the guest's, was still running when the container was gone.
    expect(rep.order).toEqual(['killed', 'reference done']);
    expect(rep.afterStatus.exitCode).toBe(0);
    expect(rep.afterOut).toBe(`${rep.expectedAfter}\n`);
  });
});
