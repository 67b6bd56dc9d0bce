// Security: crash containment. Each bomb known to break isolated-vm hosts runs in a container with a
// memory limit and a CPU slice, beside a neighbour container that counts on a timer, all in a forked
// host process: the bomb must end (killed with the right reason, or failing with the right error), the
// neighbour must finish its count untouched, and the host process must live to report and exit.

import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_NEIGHBOUR, requireBuild, runCase } from './fork.js';

interface Status {
  exitCode: number;
  signal: string | null;
  oomKilled: boolean;
  reason: string;
}

interface Report {
  status: Status;
  harnessKilled: boolean;
  ms: number;
  stdout: string;
  stderr: string;
  neighbourStatus: Status;
  neighbourOut: string;
  oomKills: number;
  quarantined: number;
  hostRssMiB: number;
}

/** How a bomb may end: OOM-killed, killed by the CPU slice, or failing in the guest with this error. */
type Outcome = 'oom' | 'cpu' | { exit: number; stderr?: RegExp; stdout?: RegExp };

const LIMITS = { memory: 64 * 1024 * 1024, sliceMs: 2000 };
const rangeError = (m: RegExp) => ({ exit: 1, stderr: m });

const BOMBS: Array<[string, Outcome[], { readStdout?: boolean; limits?: object }?]> = [
  ['string-double', [rangeError(/RangeError: Invalid string length/)]],
  ['string-repeat', ['oom', rangeError(/RangeError/)]],
  ['array-fill', ['oom', 'cpu']],
  ['array-from', ['oom', 'cpu']],
  ['heap-objects', ['oom', 'cpu']],
  ['map-grow', ['oom', 'cpu']],
  // Under heavy host load the CPU watchdog can end it before the heap fills: contained either way.
  ['concat-double', ['oom', 'cpu', rangeError(/RangeError/)]],
  ['typed-arrays', [rangeError(/RangeError: Array buffer allocation failed/)]],
  ['typed-huge', [rangeError(/RangeError: Array buffer allocation failed/)]],
  ['array-buffers', [rangeError(/RangeError: Array buffer allocation failed/)]],
  ['shared-buffers', [rangeError(/RangeError: Array buffer allocation failed/)]],
  ['buffer-alloc', [rangeError(/RangeError/)]],
  ['door-transfer', ['oom', rangeError(/RangeError/)]],
  ['recursion', [rangeError(/RangeError: Maximum call stack size exceeded/)]],
  ['wasm-memory', [rangeError(/RangeError: WebAssembly.Memory.grow\(\): Maximum memory size exceeded/)]],
  ['microtasks', ['cpu']],
  ['microtasks-alloc', ['oom', 'cpu']],
  ['timers', ['oom', 'cpu']],
  ['timers-zero', ['oom', 'cpu']],
  ['stdout-flood', ['cpu', 'oom', { exit: 1, stderr: /EAGAIN/ }]],
  [
    'fd-exhaust',
    [{ exit: 0, stdout: /^EMFILE 1021\n$/ }],
    { readStdout: true, limits: { ...LIMITS, nofile: 1024 } },
  ],
  ['write-10g', ['oom', { exit: 0, stdout: /^ENOSPC \d+\n$/ }], { readStdout: true }],
  ['pwrite-far', [{ exit: 0, stdout: /^ENOSPC\n$/ }], { readStdout: true }],
  ['spin', ['cpu']],
];

function matches(r: Report, o: Outcome): boolean {
  if (o === 'oom') return r.status.exitCode === 137 && r.status.oomKilled && r.status.reason === 'oom';
  if (o === 'cpu') return r.status.exitCode === 137 && r.status.reason === 'cpu';
  return (
    r.status.exitCode === o.exit &&
    (o.stderr === undefined || o.stderr.test(r.stderr)) &&
    (o.stdout === undefined || o.stdout.test(r.stdout))
  );
}

beforeAll(requireBuild);

describe('crash containment: each bomb ends only its own container', () => {
  it.each(BOMBS)(
    '%s',
    async (bomb, outcomes, opts = {}) => {
      const out = await runCase<Report>(
        'bomb',
        { bomb, limits: opts.limits ?? LIMITS, readStdout: opts.readStdout ?? false },
        120_000,
      );
      // The host lived: it reported. A quarantined isolate (V8 gave up on it) parks a thread forever,
      // so such a host ends by SIGKILL at exit instead of hanging; any other host exits 0.
      expect(
        out.result,
        `host died: ${out.signal ?? out.exitCode}\n${out.stderr.slice(-2000)}`,
      ).toBeDefined();
      const r = out.result as Report;
      const host = { exitCode: out.exitCode, signal: out.signal, hung: out.hungAtExit };
      const why = JSON.stringify({ ...r, neighbourOut: undefined });
      if (r.quarantined > 0) expect(host, why).toEqual({ exitCode: null, signal: 'SIGKILL', hung: false });
      else expect(host, why).toEqual({ exitCode: 0, signal: null, hung: false });
      expect(r.harnessKilled).toBe(false);
      expect(
        outcomes.some((o) => matches(r, o)),
        JSON.stringify({ ...r, neighbourOut: undefined }),
      ).toBe(true);
      if (r.status.oomKilled) expect(r.oomKills).toBe(1);
      expect(r.neighbourStatus.exitCode).toBe(0);
      expect(r.neighbourOut).toBe(EXPECTED_NEIGHBOUR);
    },
    150_000,
  );
});
