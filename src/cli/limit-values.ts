// Host zone (CLI): parsers for `run`'s resource flags that go beyond docker's basic set: --cpu-shares,
// --memory-reservation, --storage-opt, --stop-timeout and the coreutils-style --timeout. Each bad
// value is a one-line CliError (exit 125), worded as docker (or coreutils) words it.

import { badValue, CliError } from './errors.js';
import { parseBytes } from './values.js';

/** `--cpu-shares N`: a relative weight; 0 means the default (1024), as in docker; 2 is the minimum. */
export function parseCpuShares(text: string): number | undefined {
  if (!/^-?\d+$/.test(text.trim()))
    throw badValue('-c, --cpu-shares', text, `strconv.ParseInt: parsing "${text}": invalid syntax`);
  const n = Number(text);
  if (n < 0) throw badValue('-c, --cpu-shares', text, 'shares must be a non-negative integer');
  if (n === 0) return undefined;
  if (n > 262_144) throw badValue('-c, --cpu-shares', text, 'shares must be at most 262144');
  return Math.max(2, n);
}

/** `--memory-reservation BYTES` (a soft target); must not exceed --memory when both are given. */
export function parseMemoryReservation(text: string, memory: number | undefined): number {
  const bytes = parseBytes(text);
  if (bytes === null) throw badValue('--memory-reservation', text, `invalid size: '${text}'`);
  if (memory !== undefined && bytes > memory)
    throw new CliError('minimum memory limit can not be less than memory reservation limit, see usage');
  return bytes;
}

/** `--storage-opt size=N`: the writable layer's (and tmpfs mounts') size limit in bytes. */
export function parseStorageOpt(spec: string): number {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw badValue('--storage-opt', spec, 'expected size=N');
  const key = spec.slice(0, eq);
  const value = spec.slice(eq + 1);
  if (key !== 'size')
    throw badValue('--storage-opt', spec, `storage option "${key}" is not supported (only size)`);
  const bytes = parseBytes(value);
  if (bytes === null || bytes === 0) throw badValue('--storage-opt', spec, `invalid size: '${value}'`);
  return bytes;
}

/** `--stop-timeout SECONDS` (docker: an integer), in ms. -1 waits forever, which tsvirt refuses. */
export function parseStopTimeout(text: string): number {
  if (!/^\d+$/.test(text.trim()))
    throw badValue('--stop-timeout', text, `strconv.ParseInt: parsing "${text}": invalid syntax`);
  return Number(text) * 1000;
}

const DURATION_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  '': 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/**
 * A duration flag, as coreutils' timeout reads `--timeout DURATION`: a number with an optional unit
 * ms, s, m, h or d (`bare` when none: seconds for --timeout, ms for --net-idle-timeout). 0 means
 * none. Returns ms, or undefined for 0.
 */
export function parseDuration(text: string, flag = '--timeout', bare: 'ms' | 's' = 's'): number | undefined {
  const m = /^(\d+(?:\.\d*)?|\.\d+)(ms|s|m|h|d)?$/.exec(text.trim());
  const unit = DURATION_UNITS[m?.[2] ?? bare];
  if (!m || unit === undefined) throw badValue(flag, text, `invalid time interval '${text}'`);
  const ms = Math.ceil(Number(m[1]) * unit);
  if (!Number.isSafeInteger(ms) || ms > 2 ** 31 - 1)
    throw badValue(flag, text, `time interval '${text}' is too long (at most 24 days)`);
  return ms === 0 ? undefined : ms;
}
