// Security: a guest abusing public APIs (odd paths, huge lengths, negative fds, odd pids, chdir to a
// file, hostile objects, prototype pollution) gets guest-realm errors or correct results, the kernel
// logs no host error, and a neighbour container runs to a correct finish.

import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_NEIGHBOUR, endedWell, requireBuild, runCase } from './fork.js';

interface Run {
  status: { exitCode: number; signal: string | null };
  stdout: string;
  stderr: string;
}
interface Row {
  label: string;
  code?: string;
  name?: string;
  guestRealm?: boolean;
  returned?: string;
  text?: string;
}

const MARKER = 'SECRET-HOST-MARKER-7f3a';

/** Calls that succeed in real Node too, with what they must give back. */
const SUCCEEDS: Record<string, string | undefined> = {
  'writeFile species': 'hi',
  'truncate negative': undefined,
  // A link to /../../.. resolves inside the container: its own root, with the kernel's /dev and /proc.
  'symlink escape then read': 'app,dev,etc,proc,tmp',
  'kill group 0 probe': undefined,
  // procfs: a process may read its own /proc/self/environ, as on Linux.
  'stat proc': undefined,
  setRawMode: undefined,
  'polluted readdir': 'api-abuse.js,neighbour.js',
  'polluted read': undefined,
  'polluted stat': 'boolean',
  'polluted writeFile': undefined,
  'after pollution': 'ok',
  'patched Map readFile': undefined,
  // Known divergence (runtime): Node throws ERR_OUT_OF_RANGE for a mask above 0o777's uint32 range.
  'umask huge': undefined,
};

/** The errno (or ERR_*) each failing call must answer with. */
const FAILS: Record<string, string | undefined> = {
  'read empty path': 'ENOENT',
  'read NUL path': 'ERR_INVALID_ARG_VALUE',
  'read long path': 'ENAMETOOLONG',
  'read deep dots': 'ENOENT',
  'close unopened': 'EBADF',
  'write to stdin fd 0': 'EBADF',
  'open odd flags': 'EINVAL',
  'open proxy path': 'ERR_INVALID_ARG_TYPE',
  'writeFile toJSON': 'ERR_INVALID_ARG_TYPE',
  'writeFile valueOf': 'ERR_INVALID_ARG_TYPE',
  'utimes NaN': 'EINVAL',
  'rename root': 'EBUSY',
  'rmdir root': 'EBUSY',
  'kill odd pid': 'ESRCH',
  'kill pid NaN': 'ERR_INVALID_ARG_TYPE',
  'kill bad signal': 'ERR_UNKNOWN_SIGNAL',
  'kill signal 1e9': 'ERR_UNKNOWN_SIGNAL',
  'chdir to file': 'ENOTDIR',
  'chdir missing': 'ENOENT',
  'polluted mkdir': 'ENOENT',
  'async ENOENT': 'ENOENT',
};

let abuse: Run;
let neighbour: Run;
let logged: string[];
let rows: Row[];

beforeAll(async () => {
  requireBuild();
  const out = await runCase<{ abuse: Run; neighbour: Run; logged: string[] }>('api-abuse');
  expect(endedWell(out), out.stderr).toBe(true);
  ({ abuse, neighbour, logged } = out.result ?? { abuse, neighbour, logged: [] });
  rows = abuse.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Row);
});

describe('public API abuse', () => {
  it('runs to its end and exits 0, with no host error logged', () => {
    expect(abuse.stderr).toBe('');
    expect(abuse.status).toMatchObject({ exitCode: 0, signal: null });
    expect(abuse.stdout).toContain(`END ${rows.length}`);
    expect(logged).toEqual([]);
  });

  it('answers every failing call with a guest-realm error of the right code', () => {
    for (const r of rows) {
      if (r.label in SUCCEEDS) continue;
      expect(r.guestRealm, r.label).toBe(true);
      if (r.label in FAILS) expect(r.code, r.label).toBe(FAILS[r.label]);
    }
    for (const label of Object.keys(FAILS))
      expect(
        rows.some((r) => r.label === label),
        label,
      ).toBe(true);
  });

  it('gives correct results for the calls that succeed, never the marker file', () => {
    for (const [label, text] of Object.entries(SUCCEEDS)) {
      const r = rows.find((x) => x.label === label);
      expect(r?.returned, label).toBeDefined();
      if (text !== undefined) expect(r?.text, label).toBe(text);
    }
    expect(abuse.stdout).not.toContain(MARKER);
  });

  it('leaves a neighbour container untouched', () => {
    expect(neighbour.status.exitCode).toBe(0);
    expect(neighbour.stdout).toBe(EXPECTED_NEIGHBOUR);
  });
});
