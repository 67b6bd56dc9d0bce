// Guest zone (userland): tr(1): translate (SET1 SET2), delete (-d), squeeze (-s), complement (-c),
// truncate SET1 (-t); sets with ranges, [:class:], [c*n], and backslash escapes.
import { die, q, usageError } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out, readStdin } from './lib/io.js';
import { run } from './lib/main.js';
import { Buffer } from './lib/node.js';

const CLASSES: Record<string, (c: number) => boolean> = {
  alpha: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  digit: (c) => c >= 48 && c <= 57,
  alnum: (c) => CLASSES.alpha?.(c) || CLASSES.digit?.(c) || false,
  upper: (c) => c >= 65 && c <= 90,
  lower: (c) => c >= 97 && c <= 122,
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  blank: (c) => c === 32 || c === 9,
  punct: (c) => c > 32 && c < 127 && !CLASSES.alnum?.(c),
  print: (c) => c >= 32 && c < 127,
  graph: (c) => c > 32 && c < 127,
  cntrl: (c) => c < 32 || c === 127,
  xdigit: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};

function esc(s: string, i: number): [number, number] {
  const c = s[i + 1];
  if (c === undefined) return [92, 1];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92 };
  if (simple[c] !== undefined) return [simple[c] as number, 2];
  const m = /^[0-7]{1,3}/.exec(s.slice(i + 1));
  if (m) return [Number.parseInt(m[0], 8) & 0xff, 1 + m[0].length];
  return [c.charCodeAt(0), 2];
}

/** Expands a SET into its byte list; `[c*]` fills to `fillTo`. */
function expand(set: string, fillTo = 0): { bytes: number[]; classes: string[] } {
  const bytes: number[] = [];
  const classes: string[] = [];
  let fillAt = -1;
  let fillByte = 0;
  for (let i = 0; i < set.length; ) {
    const cls = /^\[:([a-z]+):\]/.exec(set.slice(i));
    if (cls) {
      const test = CLASSES[cls[1] as string];
      if (!test) die(`invalid character class ${q(cls[1] as string)}`);
      classes.push(cls[1] as string);
      for (let c = 0; c < 256; c++) if (test(c)) bytes.push(c);
      i += cls[0].length;
      continue;
    }
    const rep = /^\[(\\?.)\*(\d*)\]/.exec(set.slice(i));
    if (rep) {
      const b = rep[1]?.startsWith('\\') ? esc(rep[1], 0)[0] : (rep[1] as string).charCodeAt(0);
      const n = rep[2] ? Number.parseInt(rep[2], rep[2].startsWith('0') ? 8 : 10) : 0;
      if (n) for (let k = 0; k < n; k++) bytes.push(b);
      else {
        fillAt = bytes.length;
        fillByte = b;
      }
      i += rep[0].length;
      continue;
    }
    let [c, len] = set[i] === '\\' ? esc(set, i) : [set.charCodeAt(i), 1];
    if (set[i + len] === '-' && i + len + 1 < set.length) {
      const j = i + len + 1;
      const [hi, hlen] = set[j] === '\\' ? esc(set, j) : [set.charCodeAt(j), 1];
      if (hi < c)
        die(`range-endpoints of '${set.slice(i, j + hlen)}' are in reverse collating sequence order`);
      for (; c <= hi; c++) bytes.push(c);
      i = j + hlen;
      continue;
    }
    bytes.push(c);
    i += len;
  }
  if (fillAt >= 0) bytes.splice(fillAt, 0, ...new Array(Math.max(0, fillTo - bytes.length)).fill(fillByte));
  return { bytes, classes };
}

run('tr', async (argv) => {
  const p = getopt(argv, {
    short: 'cCdst',
    long: {
      complement: ['none', 'c'],
      delete: ['none', 'd'],
      'squeeze-repeats': ['none', 's'],
      'truncate-set1': ['none', 't'],
    },
  });
  const del = p.has('d');
  const squeeze = p.has('s');
  const comp = p.has('c') || p.has('C');
  const ops = p.operands;
  const need = del && squeeze ? 2 : del || (squeeze && ops.length < 2) ? 1 : 2;
  if (ops.length < need) {
    if (ops.length === 0) usageError('missing operand');
    usageError(
      `missing operand after ${q(ops[ops.length - 1] as string)}\nTwo strings must be given when ${del ? 'both deleting and squeezing repeats' : 'translating'}.`,
    );
  }
  if (ops.length > need) usageError(`extra operand ${q(ops[need] as string)}`);
  let set1 = expand(ops[0] as string).bytes;
  if (comp) {
    const inSet = new Set(set1);
    set1 = [];
    for (let c = 0; c < 256; c++) if (!inSet.has(c)) set1.push(c);
  }
  const set2 = ops[1] === undefined ? [] : expand(ops[1], set1.length).bytes;
  const data = await readStdin();
  const outb = Buffer.alloc(data.length);
  let n = 0;
  const inDel = new Set(del ? set1 : []);
  const map = new Int16Array(256).fill(-1);
  if (!del && ops.length === 2) {
    let s1 = set1;
    if (p.has('t')) s1 = s1.slice(0, set2.length);
    if (set2.length === 0 && s1.length) die('when not truncating set1, string2 must be non-empty');
    for (let i = 0; i < s1.length; i++) map[s1[i] as number] = set2[Math.min(i, set2.length - 1)] as number;
  }
  const sq = new Set(squeeze ? (ops.length === 2 ? set2 : set1) : []);
  let last = -1;
  for (const b of data) {
    if (inDel.has(b)) continue;
    const m = map[b] as number;
    const c = m >= 0 ? m : b;
    if (sq.has(c) && c === last) continue;
    outb[n++] = c;
    last = c;
  }
  out(outb.subarray(0, n));
  return 0;
});
