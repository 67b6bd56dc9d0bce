// Host zone (CLI): parsers for the values of `run`'s flags, each following the docker CLI's rules
// (sizes in binary units, HOST:CONTAINER[:ro], PATH[:size=N], nofile=SOFT[:HARD]).

import { isAbsolute, resolve } from 'node:path';
import type { BindMount, TmpfsMount } from '../kernel/spec.js';
import { badValue, CliError } from './errors.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** A byte count with an optional binary unit: `512`, `64k`, `512m`, `1g`, `1.5GiB` (Docker's RAMInBytes). */
export function parseBytes(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?) ?([bkmgt])?(?:i?b)?$/i.exec(text.trim());
  if (!m) return null;
  const unit = UNITS[(m[2] ?? '').toLowerCase()];
  if (unit === undefined) return null;
  const bytes = Math.floor(Number(m[1]) * unit);
  return Number.isSafeInteger(bytes) ? bytes : null;
}

/** `-e KEY=VALUE`, or `-e KEY` taking the host's value (and dropped when the host has none, as Docker). */
export function parseEnvArg(
  arg: string,
  hostEnv: Readonly<Record<string, string | undefined>>,
): string | null {
  const eq = arg.indexOf('=');
  if (eq === 0 || arg === '') throw badValue('-e, --env', arg, `invalid environment variable: ${arg}`);
  if (arg.includes('\0')) throw badValue('-e, --env', arg, 'contains a NUL byte');
  if (eq > 0) return arg;
  const value = hostEnv[arg];
  return value === undefined ? null : `${arg}=${value}`;
}

/**
 * `-v HOST:CONTAINER[:ro|rw]`. A host path starting with `.` is resolved against `cwd` (docker CLI
 * 23+ does the same); any other non-absolute source names a volume, which needs the volume store.
 */
export function parseVolume(spec: string, cwd: string): BindMount {
  const parts = spec.split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) {
    if (parts.length === 1 && spec.startsWith('/')) {
      throw new CliError(`invalid volume specification: '${spec}': anonymous volumes are not supported yet`);
    }
    throw new CliError(`invalid volume specification: '${spec}'`);
  }
  const [source, target, mode] = parts as [string, string, string | undefined];
  let readOnly = false;
  if (mode !== undefined) {
    for (const opt of mode.split(',')) {
      if (opt === 'ro') readOnly = true;
      else if (opt === 'rw') readOnly = false;
      else throw new CliError(`invalid volume specification: '${spec}': unsupported mode "${opt}"`);
    }
  }
  if (!target.startsWith('/')) {
    throw new CliError(
      `invalid volume specification: '${spec}': invalid mount path: '${target}' mount path must be absolute`,
    );
  }
  let hostPath: string;
  if (isAbsolute(source)) hostPath = source;
  else if (source === '.' || source.startsWith('./') || source.startsWith('../') || source === '..')
    hostPath = resolve(cwd, source);
  else {
    throw new CliError(
      `invalid volume specification: '${spec}': named volumes are not supported yet; give an absolute or ./relative host path`,
    );
  }
  return { type: 'bind', source: resolve(hostPath), target, ...(readOnly ? { readOnly } : {}) };
}

/** `--tmpfs PATH[:size=N]` (size with units, as Docker's tmpfs options). */
export function parseTmpfs(spec: string): TmpfsMount {
  const colon = spec.indexOf(':');
  const target = colon === -1 ? spec : spec.slice(0, colon);
  if (!target.startsWith('/'))
    throw badValue('--tmpfs', spec, `invalid mount path: '${target}' must be absolute`);
  const mount: TmpfsMount = { type: 'tmpfs', target };
  if (colon === -1) return mount;
  for (const opt of spec.slice(colon + 1).split(',')) {
    const [key, value] = opt.split('=', 2) as [string, string | undefined];
    if (key !== 'size') throw badValue('--tmpfs', spec, `unsupported tmpfs option "${key}" (only size=N)`);
    const size = value === undefined ? null : parseBytes(value);
    if (size === null) throw badValue('--tmpfs', spec, `invalid size: '${value ?? ''}'`);
    mount.size = size;
  }
  return mount;
}

/** Every ulimit name Docker knows; only nofile maps to a tsvirt limit so far. */
const ULIMITS = new Set([
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
]);

/** `--ulimit nofile=SOFT[:HARD]` → the soft limit (what a process may open). */
export function parseUlimit(spec: string): { name: 'nofile'; soft: number } {
  const m = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(spec);
  if (!m) throw badValue('--ulimit', spec, 'expected NAME=SOFT[:HARD]');
  const [, name, softText, hardText] = m as unknown as [string, string, string, string | undefined];
  if (!ULIMITS.has(name)) throw badValue('--ulimit', spec, `invalid ulimit type: ${name}`);
  if (name !== 'nofile') throw badValue('--ulimit', spec, `ulimit ${name} is not supported by tsvirt`);
  const soft = Number(softText);
  const hard = hardText === undefined ? soft : Number(hardText);
  if (soft < 1 || hard < 1 || !Number.isSafeInteger(soft) || !Number.isSafeInteger(hard))
    throw badValue('--ulimit', spec, 'limits must be positive integers');
  if (soft > hard)
    throw badValue(
      '--ulimit',
      spec,
      `ulimit soft limit must be less than or equal to hard limit: ${soft} > ${hard}`,
    );
  return { name: 'nofile', soft };
}

/** `--cpus 1.5`: a positive decimal number of cores. */
export function parseCpus(text: string): number {
  const n = /^\d+(\.\d+)?$|^\.\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isFinite(n)) throw badValue('--cpus', text, `failed to parse ${text} as a rational number`);
  if (n <= 0) throw badValue('--cpus', text, 'range of CPUs must be greater than 0');
  return n;
}
