// Unit tests: restart policies parse as docker run's --restart does and decide as Docker does.

import { describe, expect, it } from 'vitest';
import { parseRestart, restartDelayMs, shouldRestart, validRestart } from './restart.js';

describe('restart policies', () => {
  it('parses --restart values', () => {
    expect(parseRestart('no')).toEqual({ Name: 'no', MaximumRetryCount: 0 });
    expect(parseRestart('always')).toEqual({ Name: 'always', MaximumRetryCount: 0 });
    expect(parseRestart('unless-stopped')).toEqual({ Name: 'unless-stopped', MaximumRetryCount: 0 });
    expect(parseRestart('on-failure')).toEqual({ Name: 'on-failure', MaximumRetryCount: 0 });
    expect(parseRestart('on-failure:3')).toEqual({ Name: 'on-failure', MaximumRetryCount: 3 });
    expect(parseRestart('sometimes')).toBe('invalid restart policy "sometimes"');
    expect(parseRestart('always:2')).toBe("maximum retry count cannot be used with restart policy 'always'");
    expect(parseRestart('on-failure:x')).toMatch(/the count must be a number/);
    expect(parseRestart('on-failure:1:2')).toMatch(/invalid restart policy/);
  });

  it('checks API policies, rejecting unknown keys', () => {
    expect(validRestart(undefined)).toEqual({ Name: 'no', MaximumRetryCount: 0 });
    expect(validRestart({ Name: '' })).toEqual({ Name: 'no', MaximumRetryCount: 0 });
    expect(validRestart({ Name: 'on-failure', MaximumRetryCount: 2 })).toEqual({
      Name: 'on-failure',
      MaximumRetryCount: 2,
    });
    expect(validRestart({ Name: 'always', Extra: 1 })).toBe('unknown RestartPolicy key "Extra"');
    expect(validRestart({ Name: 'on-failure', MaximumRetryCount: -1 })).toMatch(/non-negative/);
    expect(validRestart([])).toBe('RestartPolicy must be an object');
  });

  it('decides as Docker does', () => {
    const onFailure2 = { Name: 'on-failure', MaximumRetryCount: 2 } as const;
    expect(shouldRestart(onFailure2, 1, 0, false)).toBe(true);
    expect(shouldRestart(onFailure2, 1, 2, false)).toBe(false);
    expect(shouldRestart(onFailure2, 0, 0, false)).toBe(false);
    expect(shouldRestart({ Name: 'on-failure', MaximumRetryCount: 0 }, 1, 1000, false)).toBe(true);
    expect(shouldRestart({ Name: 'always', MaximumRetryCount: 0 }, 0, 5, false)).toBe(true);
    expect(shouldRestart({ Name: 'always', MaximumRetryCount: 0 }, 0, 5, true)).toBe(false);
    expect(shouldRestart({ Name: 'no', MaximumRetryCount: 0 }, 1, 0, false)).toBe(false);
  });

  it('backs off from 100 ms, doubling, to at most a minute', () => {
    expect([0, 1, 2, 3].map(restartDelayMs)).toEqual([100, 200, 400, 800]);
    expect(restartDelayMs(50)).toBe(60_000);
  });
});
