// Guest zone (userland): cut(1): select bytes (-b), characters (-c) or fields (-f with -d, -s) by a
// LIST like `1,3-5,7-`, with --complement and --output-delimiter.
import { latin1, latin1Bytes } from './lib/bytes.js';
import { die, q, usageError } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { eachInput, out, splitLines } from './lib/io.js';
import { run } from './lib/main.js';

function parseList(s: string): ((i: number) => boolean) | 'decreasing' | null {
  const ranges: [number, number][] = [];
  for (const part of s.split(/[,\s]+/)) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '') || part === '') return null;
    const lo = m[1] === '' ? 1 : Number(m[1]);
    const hi = m[2] ? (m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3])) : lo;
    if (lo === 0) return null;
    if (hi < lo) return 'decreasing';
    ranges.push([lo, hi]);
  }
  return (i) => ranges.some(([lo, hi]) => i >= lo && i <= hi);
}

run('cut', async (argv) => {
  const p = getopt(argv, {
    short: 'b:c:d:f:nsz',
    long: {
      bytes: ['required', 'b'],
      characters: ['required', 'c'],
      delimiter: ['required', 'd'],
      fields: ['required', 'f'],
      'only-delimited': ['none', 's'],
      complement: ['none', 'C'],
      'output-delimiter': ['required', 'O'],
      'zero-terminated': ['none', 'z'],
    },
  });
  const modes = ['b', 'c', 'f'].filter((m) => p.has(m));
  if (modes.length === 0) usageError('you must specify a list of bytes, characters, or fields');
  if (modes.length > 1) usageError('only one type of list may be specified');
  const mode = modes[0] as string;
  const listArg = p.get(mode) as string;
  const inList = parseList(listArg);
  if (inList === 'decreasing') usageError('invalid decreasing range');
  if (!inList) {
    if (/(^|[,-])0+(\D|$)/.test(listArg)) {
      usageError(
        mode === 'f'
          ? 'fields are numbered from 1'
          : `${mode === 'b' ? 'byte' : 'character'} positions are numbered from 1`,
      );
    }
    die(`invalid ${mode === 'f' ? 'field' : 'byte/character position'} value ${q(listArg)}`);
  }
  const pick = p.has('C') ? (i: number) => !inList(i) : inList;
  const delim = p.get('d') ?? '\t';
  if (p.has('d') && mode !== 'f')
    usageError('an input delimiter may be specified only when operating on fields');
  if (delim.length !== 1) usageError('the delimiter must be a single character');
  const outDelim = p.get('O') ?? (mode === 'f' ? delim : '');
  const sep = p.has('z') ? '\0' : '\n';
  return eachInput(p.operands, (data) => {
    const { lines } = splitLines(latin1(data), sep);
    let r = '';
    for (const line of lines) {
      if (mode === 'f') {
        if (!line.includes(delim)) {
          if (!p.has('s')) r += line + sep;
          continue;
        }
        r +=
          line
            .split(delim)
            .filter((_, i) => pick(i + 1))
            .join(outDelim) + sep;
      } else {
        let s = '';
        let prevPicked = false;
        for (let i = 0; i < line.length; i++) {
          if (pick(i + 1)) {
            if (!prevPicked && s !== '' && outDelim) s += outDelim;
            s += line[i];
            prevPicked = true;
          } else prevPicked = false;
        }
        r += s + sep;
      }
    }
    out(latin1Bytes(r));
  });
});
