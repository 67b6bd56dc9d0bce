// Guest zone (userland): sort(1) in the C locale: -r -n -g -h -V -f -b -d -u -s -z -c/-C -o FILE,
// -t SEP and -k KEYDEF (field.char positions with per-key flags), byte order as the last resort.
import { latin1, latin1Bytes } from './lib/bytes.js';
import { die, q, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out, readOrWarn, splitLines } from './lib/io.js';
import { run } from './lib/main.js';
import { fs } from './lib/node.js';

interface Key {
  f1: number;
  c1: number;
  f2: number;
  c2: number;
  flags: string;
}

function parseKey(s: string): Key | null {
  const m = /^(\d+)(?:\.(\d+))?([bdfghinMrV]*)(?:,(\d+)(?:\.(\d+))?([bdfghinMrV]*))?$/.exec(s);
  if (!m || Number(m[1]) === 0) return null;
  return {
    f1: Number(m[1]),
    c1: Number(m[2] ?? 1),
    f2: m[4] ? Number(m[4]) : 0,
    c2: Number(m[5] ?? 0),
    flags: (m[3] ?? '') + (m[6] ?? ''),
  };
}

function fields(line: string, sep: string | undefined): [number, number][] {
  const spans: [number, number][] = [];
  if (sep !== undefined) {
    let start = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i === line.length || line[i] === sep) {
        spans.push([start, i]);
        start = i + 1;
      }
    }
    return spans;
  }
  // Default: a field is leading blanks plus non-blanks.
  let i = 0;
  while (i < line.length) {
    const start = i;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
    spans.push([start, i]);
  }
  return spans;
}

function extract(line: string, k: Key, sep: string | undefined, blanks: boolean): string {
  const f = fields(line, sep);
  const sp = f[k.f1 - 1];
  if (!sp) return '';
  let startBase = sp[0];
  if (blanks || k.flags.includes('b'))
    while (startBase < sp[1] && (line[startBase] === ' ' || line[startBase] === '\t')) startBase++;
  const start = Math.min(startBase + k.c1 - 1, sp[1]);
  let end = line.length;
  if (k.f2) {
    const e = f[k.f2 - 1];
    if (e) end = k.c2 ? Math.min(e[0] + k.c2, e[1]) : e[1];
  }
  return start >= end ? '' : line.slice(start, end);
}

const num = (s: string) => {
  const m = /^\s*(-?\d*\.?\d*)/.exec(s);
  const v = Number.parseFloat(m?.[1] ?? '');
  return Number.isNaN(v) ? 0 : v;
};
const HUMAN = 'KMGTPEZY';
const humanNum = (s: string) => {
  const m = /^\s*(-?\d*\.?\d*)([KMGTPEZYk]?)/.exec(s);
  const v = Number.parseFloat(m?.[1] ?? '') || 0;
  const u = (m?.[2] ?? '').toUpperCase();
  return u ? Math.sign(v) * (HUMAN.indexOf(u) + 1) * 1e6 + v : v;
};
const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
function versionCmp(a: string, b: string): number {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    const d = /^\d/.test(x) && /^\d/.test(y) ? Number(x) - Number(y) : cmpStr(x, y);
    if (d) return d;
  }
  return pa.length - pb.length;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** sort -M: 0 for an unknown name, 1..12 for JAN..DEC (after leading blanks, any case). */
const month = (s: string) => MONTHS.indexOf(s.trimStart().slice(0, 3).toUpperCase()) + 1;

// sort -R: a random but consistent rank per distinct key, so equal keys stay together as GNU's do.
const ranks = new Map<string, number>();
function randomKey(s: string): number {
  let r = ranks.get(s);
  if (r === undefined) {
    r = Math.random();
    ranks.set(s, r);
  }
  return r;
}

function compareBy(flags: string, a: string, b: string): number {
  let x = a;
  let y = b;
  if (flags.includes('b')) [x, y] = [x.replace(/^[ \t]+/, ''), y.replace(/^[ \t]+/, '')];
  if (flags.includes('i')) [x, y] = [x.replace(/[^\x20-\x7e]/g, ''), y.replace(/[^\x20-\x7e]/g, '')];
  if (flags.includes('M')) return month(x) - month(y);
  if (flags.includes('R')) return randomKey(x) - randomKey(y) || cmpStr(x, y);
  if (flags.includes('d')) [x, y] = [x.replace(/[^A-Za-z0-9 \t]/g, ''), y.replace(/[^A-Za-z0-9 \t]/g, '')];
  if (flags.includes('f')) [x, y] = [x.toUpperCase(), y.toUpperCase()];
  if (flags.includes('n')) return num(x) - num(y);
  if (flags.includes('g')) return (Number.parseFloat(x) || 0) - (Number.parseFloat(y) || 0);
  if (flags.includes('h')) return humanNum(x) - humanNum(y);
  if (flags.includes('V')) return versionCmp(x, y);
  return cmpStr(x, y);
}

run('sort', async (argv) => {
  const p = getopt(argv, {
    short: 'bcCdfghik:mMno:rRsSt:T:uVz',
    usageStatus: 2,
    long: {
      reverse: ['none', 'r'],
      unique: ['none', 'u'],
      'numeric-sort': ['none', 'n'],
      'general-numeric-sort': ['none', 'g'],
      'human-numeric-sort': ['none', 'h'],
      'version-sort': ['none', 'V'],
      'ignore-case': ['none', 'f'],
      'ignore-leading-blanks': ['none', 'b'],
      'dictionary-order': ['none', 'd'],
      key: ['required', 'k'],
      'field-separator': ['required', 't'],
      output: ['required', 'o'],
      stable: ['none', 's'],
      check: ['optional', 'c'],
      'zero-terminated': ['none', 'z'],
      'buffer-size': ['required', 'S'],
      'month-sort': ['none', 'M'],
      'random-sort': ['none', 'R'],
      'ignore-nonprinting': ['none', 'i'],
      merge: ['none', 'm'],
      'temporary-directory': ['required', 'T'],
    },
  });
  const global = ['b', 'd', 'f', 'g', 'h', 'i', 'M', 'n', 'r', 'R', 'V'].filter((f) => p.has(f)).join('');
  const sep = p.get('t');
  if (sep !== undefined && sep.length !== 1) die(`multi-character tab ${q(sep)}`, 2);
  const keys: Key[] = [];
  for (const k of p.all('k')) {
    const key = parseKey(k);
    if (!key) {
      if (/^0(\D|$)/.test(k)) die(`field number is zero: invalid field specification ${q(k)}`, 2);
      die(`invalid number at field start: invalid count at start of ${q(k)}`, 2);
    }
    keys.push(key);
  }
  const lineSep = p.has('z') ? '\0' : '\n';
  const status = 0;
  const runs: string[][] = [];
  for (const f of p.operands.length ? p.operands : ['-']) {
    const data = await readOrWarn(f, (m) => warn(`cannot read: ${m}`));
    if (data === null) die('', 2);
    runs.push(splitLines(latin1(data), lineSep).lines);
  }
  const lines = runs.flat();
  const cmp = (a: string, b: string): number => {
    for (const k of keys) {
      const flags = k.flags.replace(/[b]/g, '') ? k.flags : k.flags + global;
      const d = compareBy(
        flags,
        extract(a, k, sep, flags.includes('b')),
        extract(b, k, sep, flags.includes('b')),
      );
      if (d) return flags.includes('r') ? -d : d;
    }
    if (!keys.length) {
      const d = compareBy(global, a, b);
      if (d) return global.includes('r') ? -d : d;
    }
    if (p.has('s') || p.has('u')) return 0;
    const d = cmpStr(a, b);
    return global.includes('r') ? -d : d;
  };
  if (p.has('c') || p.has('C')) {
    for (let i = 1; i < lines.length; i++) {
      const d = cmp(lines[i - 1] as string, lines[i] as string);
      if (d > 0 || (d === 0 && p.has('u'))) {
        if (p.has('c')) proc_warn(`-:${i + 1}: disorder: ${lines[i]}`);
        return 1;
      }
    }
    return 0;
  }
  // Whole-line byte order is what the engine's default sort does on latin1 strings: take it when it
  // is all that is asked (the common case, and much faster than a comparator).
  const plain = keys.length === 0 && (global === '' || global === 'r');
  const sorted = p.has('m')
    ? merge(runs, cmp)
    : plain
      ? lines.sort()
      : lines
          .map((l, i) => [l, i] as const)
          .sort((x, y) => cmp(x[0], y[0]) || x[1] - y[1])
          .map((x) => x[0]);
  if (plain && global === 'r' && !p.has('m')) sorted.reverse();
  const result = p.has('u')
    ? sorted.filter((l, i) => i === 0 || cmp(sorted[i - 1] as string, l) !== 0)
    : sorted;
  const text = result.map((l) => l + lineSep).join('');
  const o = p.get('o');
  if (o !== undefined) fs.writeFileSync(o, latin1Bytes(text));
  else out(latin1Bytes(text));
  return status;
});

/** -m: merges inputs taken as already sorted (GNU does not sort them), earlier files first on ties. */
function merge(runs: string[][], cmp: (a: string, b: string) => number): string[] {
  const at = runs.map(() => 0);
  const merged: string[] = [];
  for (;;) {
    let best = -1;
    for (let r = 0; r < runs.length; r++) {
      const line = (runs[r] as string[])[at[r] as number];
      if (line === undefined) continue;
      if (best < 0 || cmp(line, (runs[best] as string[])[at[best] as number] as string) < 0) best = r;
    }
    if (best < 0) return merged;
    merged.push((runs[best] as string[])[at[best] as number] as string);
    at[best] = (at[best] as number) + 1;
  }
}

function proc_warn(m: string): void {
  warn(m);
}
