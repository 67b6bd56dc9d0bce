// Guest zone (userland): GNU getopt_long for the coreutils: clustered short options, `--long[=value]`
// with unique-prefix abbreviations, argument permutation (operands may come between options) unless
// POSIXLY_CORRECT or `stopAtOperand`, and `--` ending the options. Messages match glibc's.

import { usageError } from './errors.js';
import { proc } from './node.js';

/** How a long option takes its value. */
export type ArgKind = 'none' | 'required' | 'optional';

/** A utility's option table. */
export interface OptSpec {
  /** getopt's short string: `ab:c::` (`:` required value, `::` optional attached value). */
  short?: string;
  /** Long option name → [kind, key reported (usually its short letter)]. */
  long?: Record<string, [ArgKind, string]>;
  /** Stop at the first operand (env, xargs, nice-style utilities). */
  stopAtOperand?: boolean;
  /** Exit status for usage errors (2 for ls, 125 for env, 1 otherwise). */
  usageStatus?: number;
}

/** One parsed option: its key and value (undefined for flags). */
export interface Opt {
  key: string;
  value: string | undefined;
}

/** Parsed command line: options in order, then the operands. */
export interface Parsed {
  opts: Opt[];
  operands: string[];
  /** True when the flag was given at least once. */
  has(key: string): boolean;
  /** The last value given for key. */
  get(key: string): string | undefined;
  /** Every value given for key, in order. */
  all(key: string): string[];
}

function shortTable(short: string): Map<string, ArgKind> {
  const m = new Map<string, ArgKind>();
  for (let i = 0; i < short.length; i++) {
    const c = short[i] as string;
    if (c === ':') continue;
    let kind: ArgKind = 'none';
    if (short[i + 1] === ':') kind = short[i + 2] === ':' ? 'optional' : 'required';
    m.set(c, kind);
  }
  return m;
}

function findLong(spec: OptSpec, name: string): [string, ArgKind, string] {
  const table = spec.long ?? {};
  const exact = table[name];
  if (Object.hasOwn(table, name) && exact) return [name, exact[0], exact[1]];
  const hits = Object.keys(table).filter((k) => k.startsWith(name));
  const keys = new Set(hits.map((h) => (table[h] as [ArgKind, string])[1]));
  if (hits.length === 0) return usageError(`unrecognized option '--${name}'`, spec.usageStatus);
  if (keys.size > 1) {
    const list = hits.map((h) => `'--${h}'`).join(' ');
    return usageError(`option '--${name}' is ambiguous; possibilities: ${list}`, spec.usageStatus);
  }
  const full = hits[0] as string;
  const [kind, key] = table[full] as [ArgKind, string];
  return [full, kind, key];
}

/** Parses argv (without the program name) against spec, GNU style. */
export function getopt(argv: string[], spec: OptSpec): Parsed {
  const shorts = shortTable(spec.short ?? '');
  const opts: Opt[] = [];
  const operands: string[] = [];
  const posix = spec.stopAtOperand || proc.env.POSIXLY_CORRECT !== undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const [full, kind, key] = findLong(spec, name);
      if (eq >= 0) {
        if (kind === 'none') usageError(`option '--${full}' doesn't allow an argument`, spec.usageStatus);
        opts.push({ key, value: a.slice(eq + 1) });
      } else if (kind === 'required') {
        if (i + 1 >= argv.length) usageError(`option '--${full}' requires an argument`, spec.usageStatus);
        opts.push({ key, value: argv[++i] });
      } else opts.push({ key, value: undefined });
      continue;
    }
    if (a.length > 1 && a[0] === '-') {
      for (let j = 1; j < a.length; j++) {
        const c = a[j] as string;
        const kind = shorts.get(c);
        if (kind === undefined) usageError(`invalid option -- '${c}'`, spec.usageStatus);
        if (kind === 'none') {
          opts.push({ key: c, value: undefined });
          continue;
        }
        const rest = a.slice(j + 1);
        if (rest !== '' || kind === 'optional') opts.push({ key: c, value: rest === '' ? undefined : rest });
        else {
          if (i + 1 >= argv.length) usageError(`option requires an argument -- '${c}'`, spec.usageStatus);
          opts.push({ key: c, value: argv[++i] });
        }
        break;
      }
      continue;
    }
    operands.push(a);
    if (posix) {
      operands.push(...argv.slice(i + 1));
      break;
    }
  }
  return {
    opts,
    operands,
    has: (k) => opts.some((o) => o.key === k),
    get: (k) => {
      for (let i = opts.length - 1; i >= 0; i--) if (opts[i]?.key === k) return opts[i]?.value;
      return undefined;
    },
    all: (k) => opts.filter((o) => o.key === k).map((o) => o.value ?? ''),
  };
}
