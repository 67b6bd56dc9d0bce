// Security: guest code hunting for the host (error constructor chains, Error.prepareStackTrace, the
// global object graph and every builtin module) finds only guest-realm objects and no door.

import { beforeAll, describe, expect, it } from 'vitest';
import { endedWell, requireBuild, runCase } from './fork.js';

interface ErrorProbe {
  where: string;
  code?: string;
  realmOk: boolean;
  processIsGuest: boolean;
  protoChainOk?: boolean;
  requireInFunction?: string;
}
interface EscapeReport {
  errors: ErrorProbe[];
  foreignFunctions: string[];
  hostHandles: string[];
  doorGlobals: string[];
  frames: { fn: string; thisCtorOk: boolean; fnRealmOk?: boolean }[];
  walked: number;
}
interface Run {
  status: { exitCode: number };
  stdout: string;
  stderr: string;
}

beforeAll(requireBuild);

describe.each([
  ['a fresh isolate', {}],
  ['a warm-pool isolate', { warmPool: 1 }],
])('guest escape attempts in %s', (_label, opts) => {
  it('reaches no host object from errors, stack traces or the global graph', async () => {
    const out = await runCase<Run>('escape', opts);
    expect(endedWell(out), out.stderr).toBe(true);
    const run = out.result;
    expect(run?.stderr).toBe('');
    expect(run?.status.exitCode).toBe(0);
    const rep = JSON.parse(run?.stdout ?? '{}') as EscapeReport;
    expect(rep.errors.length).toBe(11);
    for (const e of rep.errors) {
      expect(e, e.where).toMatchObject({ realmOk: true, processIsGuest: true, protoChainOk: true });
      expect(e.code, e.where).not.toBe('NO ERROR');
      expect(e.requireInFunction, e.where).toBe('undefined');
    }
    for (const f of rep.frames) expect(f).toMatchObject({ thisCtorOk: true });
    expect(rep.frames.every((f) => f.fnRealmOk !== false)).toBe(true);
    expect(rep.doorGlobals).toEqual([]);
    expect(rep.hostHandles).toEqual([]);
    expect(rep.foreignFunctions).toEqual([]);
    // The walk really covered the runtime (globals, builtins and their prototypes), not an empty graph.
    expect(rep.walked).toBeGreaterThan(1000);
  });
});
