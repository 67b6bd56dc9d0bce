// Host zone (daemon): restart policies, as Docker spells and applies them: no, on-failure[:N], always,
// unless-stopped; with a delay that doubles from 100 ms per consecutive restart.

/** A container's restart policy (Docker's HostConfig.RestartPolicy). */
export interface RestartPolicy {
  Name: 'no' | 'on-failure' | 'always' | 'unless-stopped';
  /** For on-failure: restarts at most this many times (0: no bound). */
  MaximumRetryCount: number;
}

const NAMES = new Set(['no', 'on-failure', 'always', 'unless-stopped']);

/** Parses `--restart` (`no`, `on-failure[:N]`, `always`, `unless-stopped`); returns an error text or the policy. */
export function parseRestart(v: string): RestartPolicy | string {
  const [name = '', count, ...rest] = v.split(':');
  if (!NAMES.has(name) || rest.length > 0) return `invalid restart policy "${v}"`;
  if (count === undefined) return { Name: name as RestartPolicy['Name'], MaximumRetryCount: 0 };
  if (name !== 'on-failure') return `maximum retry count cannot be used with restart policy '${name}'`;
  if (!/^\d{1,9}$/.test(count)) return `invalid restart policy "${v}": the count must be a number`;
  return { Name: 'on-failure', MaximumRetryCount: Number(count) };
}

/** Checks a policy that came over the API (unknown keys rejected). */
export function validRestart(v: unknown): RestartPolicy | string {
  if (v === undefined) return { Name: 'no', MaximumRetryCount: 0 };
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'RestartPolicy must be an object';
  for (const k of Object.keys(v))
    if (k !== 'Name' && k !== 'MaximumRetryCount') return `unknown RestartPolicy key "${k}"`;
  const r = v as Record<string, unknown>;
  const name = r.Name === undefined || r.Name === '' ? 'no' : r.Name;
  if (typeof name !== 'string' || !NAMES.has(name)) return `invalid restart policy "${String(name)}"`;
  const max = r.MaximumRetryCount ?? 0;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 0 || max > 1e9)
    return 'MaximumRetryCount must be a non-negative integer';
  if (max > 0 && name !== 'on-failure')
    return `maximum retry count cannot be used with restart policy '${name}'`;
  return { Name: name as RestartPolicy['Name'], MaximumRetryCount: max };
}

/** Whether a container that just exited with `exitCode` is restarted. */
export function shouldRestart(
  policy: RestartPolicy,
  exitCode: number,
  restartCount: number,
  manuallyStopped: boolean,
): boolean {
  if (manuallyStopped) return false;
  switch (policy.Name) {
    case 'no':
      return false;
    case 'always':
    case 'unless-stopped':
      return true;
    case 'on-failure':
      return exitCode !== 0 && (policy.MaximumRetryCount === 0 || restartCount < policy.MaximumRetryCount);
  }
}

/** The delay before restart number `n` (0-based): 100 ms doubling, at most a minute. */
export function restartDelayMs(n: number): number {
  return Math.min(60_000, 100 * 2 ** Math.min(n, 10));
}
