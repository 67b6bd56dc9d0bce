// Guest zone (userland): od(1): dump bytes as octal, hex, decimal or characters: -t TYPE (c, o/x/d/u
// with sizes 1 2 4 8), the old -b -c -d -o -x, -A RADIX, -j SKIP, -N COUNT, -w WIDTH, -v; repeated
// lines collapse to `*` as GNU's od does.
import { die, q } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { eachInput, out } from './lib/io.js';
import { run } from './lib/main.js';

interface OutType {
  kind: 'c' | 'o' | 'x' | 'd' | 'u';
  size: number;
  /** Characters of the widest value, without the separating space. */
  width: number;
  /** Spaces a full line of this type gets beyond its digits, so every type's columns line up. */
  pad: number;
}

const CHAR_NAMES: Record<number, string> = {
  0: '\\0',
  7: '\\a',
  8: '\\b',
  9: '\\t',
  10: '\\n',
  11: '\\v',
  12: '\\f',
  13: '\\r',
};

/** Digits of the widest value of a type: `-32768` for d2, `177777` for o2. */
function fieldWidth(kind: OutType['kind'], size: number): number {
  const max = (1n << BigInt(size * 8)) - 1n;
  if (kind === 'o') return max.toString(8).length;
  if (kind === 'x') return size * 2;
  if (kind === 'u') return max.toString().length;
  if (kind === 'd') return `-${1n << BigInt(size * 8 - 1)}`.length;
  return 3;
}

/** `-t` specs: `x1`, `d4`, `c`, `o2x1` (several in one), with C/S/I/L size letters. */
function parseType(spec: string, types: OutType[]): void {
  const re = /([coxdu])(\d+|[CSIL])?/gy;
  let at = 0;
  while (at < spec.length) {
    re.lastIndex = at;
    const m = re.exec(spec);
    if (!m) die(`invalid character '${spec[at]}' in type string ${q(spec)}`);
    const kind = m[1] as OutType['kind'];
    const letter: Record<string, number> = { C: 1, S: 2, I: 4, L: 8 };
    const size = kind === 'c' ? 1 : m[2] === undefined ? 4 : (letter[m[2]] ?? Number(m[2]));
    if (![1, 2, 4, 8].includes(size))
      die(`invalid type string ${q(spec)};\nthis system doesn't provide a ${size}-byte integral type`);
    types.push({ kind, size, width: fieldWidth(kind, size), pad: 0 });
    at = re.lastIndex;
  }
}

function element(t: OutType, bytes: Uint8Array, at: number): string {
  if (t.kind === 'c') {
    const b = bytes[at] as number;
    const s = CHAR_NAMES[b] ?? (b >= 32 && b < 127 ? String.fromCharCode(b) : b.toString(8).padStart(3, '0'));
    return s;
  }
  let v = 0n;
  for (let k = t.size - 1; k >= 0; k--) v = (v << 8n) | BigInt(bytes[at + k] ?? 0); // little-endian
  if (t.kind === 'd') v = BigInt.asIntN(t.size * 8, v);
  if (t.kind === 'o') return v.toString(8).padStart(t.width, '0');
  if (t.kind === 'x') return v.toString(16).padStart(t.width, '0');
  return v.toString();
}

/** One line of one type: GNU spreads the type's padding over its fields, the first ones first. */
function renderRow(t: OutType, row: Uint8Array, perLine: number): string {
  const fields = Math.floor(perLine / t.size);
  let remaining = t.pad;
  let line = '';
  for (let k = 0, at = 0; at < row.length; k++, at += t.size) {
    const next = Math.floor((t.pad * (fields - k - 1)) / fields);
    line += element(t, row, at).padStart(remaining - next + t.width);
    remaining = next;
  }
  return line;
}

run('od', async (argv) => {
  const p = getopt(argv, {
    short: 'A:j:N:t:w::vbcdox',
    long: {
      'address-radix': ['required', 'A'],
      'skip-bytes': ['required', 'j'],
      'read-bytes': ['required', 'N'],
      format: ['required', 't'],
      width: ['optional', 'w'],
      'output-duplicates': ['none', 'v'],
    },
  });
  const types: OutType[] = [];
  for (const o of p.opts) {
    if (o.key === 't') parseType(o.value ?? '', types);
    const old: Record<string, string> = { b: 'o1', c: 'c', d: 'u2', o: 'o2', x: 'x2' };
    if (old[o.key]) parseType(old[o.key] as string, types);
  }
  if (types.length === 0) parseType('o2', types);
  const radix = p.get('A') ?? 'o';
  if (!/^[odxn]$/.test(radix))
    die(`invalid output address radix '${radix}'; it must be one character from [doxn]`);
  const addr = (n: number) =>
    radix === 'n'
      ? ''
      : radix === 'x'
        ? n.toString(16).padStart(6, '0')
        : n.toString(radix === 'd' ? 10 : 8).padStart(7, '0');
  const num = (s: string | undefined, what: string) => {
    if (s === undefined) return undefined;
    const v = /^0x/i.test(s) ? Number.parseInt(s, 16) : /^0\d/.test(s) ? Number.parseInt(s, 8) : Number(s);
    if (!Number.isInteger(v) || v < 0) die(`invalid ${what} argument ${q(s)}`);
    return v;
  };
  const width = p.has('w') ? (num(p.get('w'), 'width') ?? 32) : 16;
  const fieldsOf = (t: OutType) => Math.floor(width / t.size);
  const perLine = Math.max(...types.map((t) => (t.width + 1) * fieldsOf(t)));
  for (const t of types) t.pad = perLine - t.width * fieldsOf(t);
  const parts: Uint8Array[] = [];
  const status = await eachInput(p.operands, (data) => {
    parts.push(data);
  });
  if (parts.length === 0) return status;
  const all = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of parts) {
    all.set(b, at);
    at += b.length;
  }
  const skip = num(p.get('j'), 'skip') ?? 0;
  const count = num(p.get('N'), 'count');
  const bytes = all.subarray(skip, count === undefined ? undefined : skip + count);
  let prev = '';
  let starred = false;
  for (let off = 0; off < bytes.length; off += width) {
    const row = bytes.subarray(off, off + width);
    const key = Array.from(row).join(',');
    if (!p.has('v') && row.length === width && key === prev) {
      if (!starred) out('*\n');
      starred = true;
      continue;
    }
    prev = key;
    starred = false;
    types.forEach((t, n) => {
      const line = n === 0 ? addr(skip + off) : ' '.repeat(addr(0).length);
      out(`${line}${renderRow(t, row, width)}\n`);
    });
  }
  if (radix !== 'n') out(`${addr(skip + bytes.length)}\n`);
  return status;
});
