// Security: hostile values thrown straight at the door (bypassing the runtime) are refused by the
// platform's guard as EINVAL, shared memory never reaches the kernel, a host reply that is not ABI data
// or a host exception becomes EIO without host details, and a forged loop state is rejected.

import { beforeAll, describe, expect, it } from 'vitest';
import { endedWell, requireBuild, runCase } from './fork.js';

type Outcome = { reply?: unknown; threw?: string; guestRealm?: boolean };
interface RawReport {
  out: Record<string, Outcome>;
  received: Record<string, { tag: string; json: string; shared?: boolean }[]>;
  hostErrors: string[];
  badState: { rejected?: string; value?: unknown };
  accepted: boolean;
}

const EINVAL = [{ code: 'EINVAL', syscall: 'echo' }, null];

let rep: RawReport;
beforeAll(async () => {
  requireBuild();
  const run = await runCase<RawReport>('raw-door');
  expect(endedWell(run), run.stderr).toBe(true);
  rep = run.result as RawReport;
});

describe('the raw door', () => {
  it('refuses values the guest cannot clone with a guest-realm TypeError', () => {
    for (const k of ['function', 'proxy', 'symbol', 'name-object']) {
      expect(rep.out[k]?.guestRealm, k).toBe(true);
      expect(rep.out[k]?.threw, k).toMatch(/could not be cloned/);
    }
  });

  it('answers EINVAL for clonable values outside the ABI, cycles, depth and size bombs', () => {
    for (const k of [
      'error',
      'date',
      'map',
      'bigint',
      'int32array',
      'arraybuffer',
      'cyclic',
      'deep',
      'wide',
      'array-prop-date',
      'array-prop-deep',
      'array-prop-fn-shape',
    ])
      expect(rep.out[k]?.reply, k).toEqual(EINVAL);
    expect(rep.out['async-bad']?.reply).toEqual(EINVAL);
  });

  it('hands the kernel plain copies only', () => {
    const echoed = (rep.received.echo ?? []).map((r) => r.json);
    // A getter ran in the guest during the copy; the kernel saw its value, not the accessor.
    expect(echoed).toContain('{"a":"got"}');
    // Holes are filled, and guest prototype pollution is not copied.
    expect(echoed).toContain('[null,"a"]');
    expect(echoed).toContain('{"a":[1]}');
    expect(rep.out.polluted?.reply).toEqual([null, 'ok']);
  });

  it('never lets a SharedArrayBuffer view reach the kernel', () => {
    expect(rep.received.sab?.[0]).toMatchObject({ tag: '[object Uint8Array]', shared: false });
    // The guest wrote to its buffer after the call; the kernel's copy kept the old byte.
    expect(rep.out.sab?.reply).toEqual([
      [null, null],
      [null, 0],
    ]);
  });

  it('rejects bad syscall names without calling the kernel', () => {
    expect(rep.out['name-number']?.reply).toEqual([{ code: 'ENOSYS', syscall: 'door' }, null]);
    const long = rep.out['name-long']?.reply as [{ code: string }, null] | undefined;
    expect(long?.[0].code).toBe('ENOSYS');
  });

  it('turns host exceptions and non-ABI replies into EIO, with nothing of the host in them', () => {
    expect(rep.out['reply-function']?.reply).toEqual([{ code: 'EIO', syscall: 'reply-function' }, null]);
    expect(rep.out['reply-host-error']?.reply).toEqual([{ code: 'EIO', syscall: 'reply-host-error' }, null]);
    expect(rep.out['reply-throws']?.reply).toEqual([{ code: 'EIO', syscall: 'throws' }, null]);
    expect(JSON.stringify(rep.out)).not.toMatch(/hostSecretSource|host detail|host stack detail/);
    expect(rep.hostErrors).toHaveLength(3);
  });

  it('shows the door as an ordinary guest function, and accepts an honest loop state', () => {
    expect(rep.out.doorShape?.reply).toEqual(['doorSync', true, true]);
    expect(rep.out['async-ok']?.reply).toEqual([null, 1]);
    expect(rep.accepted).toBe(true);
  });

  it('rejects a forged loop state', () => {
    expect(rep.badState.rejected).toBe('runtime returned a malformed loop state');
  });
});
