// Security: compiling guest modules with their file as the script origin (module.compile, and
// module.require's compile). The compiled function reaches the guest only through the runtime's own slot;
// a program cannot use the primitive to reach the host, to name its code as the runtime's (whose frames
// stacks hide), or to hold the kernel's thread with code that breaks out of the wrapper.

import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_NEIGHBOUR, endedWell, requireBuild, runCase } from './fork.js';

type Reply = [{ code: string } | null, unknown];
interface Report {
  hostile: { exitCode: number; stdout: string; stderr: string };
  raw: Record<string, Reply>;
  idleAlive: boolean;
  spin: {
    status: { exitCode: number; signal: string | null; reason: string };
    stdout: string;
    neighbourStatus: { exitCode: number };
    neighbourOut: string;
  };
  logged: string[];
}

let rep: Report;
beforeAll(async () => {
  requireBuild();
  const run = await runCase<Report>('compile-origin');
  expect(endedWell(run), run.stderr).toBe(true);
  rep = run.result as Report;
}, 120_000);

describe('Module.prototype._compile from a hostile program', () => {
  it('gives no origin to a name that is not an absolute path, and the frame stays in stacks', () => {
    expect(rep.hostile.exitCode, rep.hostile.stderr).toBe(0);
    const out = JSON.parse(rep.hostile.stdout);
    expect(out.runtimeName).toEqual({ fileName: 'undefined', isEval: true, shown: true });
    // Node itself aborts on a file name that is not a string; here it is the program's own TypeError.
    expect(out.objectName).toMatchObject({ guestRealm: true });
    expect(out.objectName.threw).toMatch(/^TypeError: /);
    expect(out.hugeName).toBe('huge ok');
    expect(out.nulName).toBe('nul ok');
  });

  it('hands back a function of the program realm whose call sites name its file', () => {
    const out = JSON.parse(rep.hostile.stdout);
    expect(out.honest).toEqual({ sameRealm: true, fileName: '/app/honest.js', isEval: false });
    // A syntax error is the program's own, thrown in its realm (the loader evaluates the code itself).
    expect(out.syntaxError).toEqual({ threw: "SyntaxError: Unexpected token ';'", guestRealm: true });
    // Nothing new is left on the global object: the slot is the runtime's alone.
    expect(out.globals).toBe(true);
  });
});

describe('the raw module.compile syscall', () => {
  it('compiles an honest module and refuses every other origin or argument shape', () => {
    const r = rep.raw;
    expect(r.honest).toEqual([null, true]);
    for (const k of [
      'runtimeName',
      'relative',
      'empty',
      'number',
      'object',
      'nul',
      'source',
      'wrap',
      'extraKey',
      'notRecord',
    ])
      expect(r[k]?.[0]?.code, k).toBe('EINVAL');
    expect(r.long?.[0]?.code).toBe('ENAMETOOLONG');
    // Code that does not compile, or is not a function, is left to the runtime: false, not an error.
    expect(r.syntax).toEqual([null, false]);
    expect(r.notFunction).toEqual([null, false]);
    expect(rep.idleAlive).toBe(true);
    expect(rep.logged.filter((l) => /EIO|host error|TypeError|ReferenceError/.test(l))).toEqual([]);
  });
});

describe('code that breaks out of the wrapper and spins', () => {
  it('ends its process (137, reason cpu) and the neighbour finishes its count', () => {
    expect(rep.spin.status).toMatchObject({ exitCode: 137, signal: 'SIGKILL', reason: 'cpu' });
    expect(rep.spin.stdout).toBe('compiling\n');
    expect(rep.spin.neighbourStatus.exitCode).toBe(0);
    expect(rep.spin.neighbourOut).toBe(EXPECTED_NEIGHBOUR);
  });
});
