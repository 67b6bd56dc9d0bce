// Guest zone (userland): comm(1): compare two sorted files line by line: column 1 lines only in
// FILE1, column 2 only in FILE2, column 3 in both; -1 -2 -3 hide columns, --output-delimiter;
// unsorted input is reported (once per file) and makes the status 1, as GNU's default check does.
import { latin1, latin1Bytes } from './lib/bytes.js';
import { die, q, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out, readOrWarn, splitLines } from './lib/io.js';
import { run } from './lib/main.js';

run('comm', async (argv) => {
  const p = getopt(argv, {
    short: '123z',
    long: {
      'check-order': ['none', 'C'],
      'nocheck-order': ['none', 'N'],
      'output-delimiter': ['required', 'D'],
      total: ['none', 'T'],
      'zero-terminated': ['none', 'z'],
    },
  });
  if (p.operands.length < 2)
    usageError(p.operands.length ? `missing operand after ${q(p.operands[0] as string)}` : 'missing operand');
  if (p.operands.length > 2) usageError(`extra operand ${q(p.operands[2] as string)}`);
  const eol = p.has('z') ? '\0' : '\n';
  const files: string[][] = [];
  for (const f of p.operands) {
    const data = await readOrWarn(f, warn);
    if (data === null) die('', 1);
    files.push(splitLines(latin1(data), eol).lines);
  }
  const [a, b] = files as [string[], string[]];
  const delim = p.get('D') ?? '\t';
  const show = [!p.has('1'), !p.has('2'), !p.has('3')];
  const counts = [0, 0, 0];
  let text = '';
  const emit = (col: 0 | 1 | 2, line: string) => {
    counts[col] = (counts[col] as number) + 1;
    if (!show[col]) return;
    let lead = '';
    for (let c = 0; c < col; c++) if (show[c]) lead += delim;
    text += lead + line + eol;
  };
  let status = 0;
  const warned = [false, false];
  const check = (lines: string[], k: number, n: 0 | 1) => {
    if (p.has('N') || warned[n] || k === 0 || (lines[k - 1] as string) <= (lines[k] as string)) return;
    warned[n] = true;
    status = 1;
    out(latin1Bytes(text));
    text = '';
    warn(`file ${n + 1} is not in sorted order`);
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as string) < (b[j] as string))) {
      check(a, i, 0);
      emit(0, a[i++] as string);
    } else if (i >= a.length || (b[j] as string) < (a[i] as string)) {
      check(b, j, 1);
      emit(1, b[j++] as string);
    } else {
      check(a, i, 0);
      check(b, j, 1);
      emit(2, a[i++] as string);
      j++;
    }
  }
  if (p.has('T')) text += `${counts[0]}${delim}${counts[1]}${delim}${counts[2]}${delim}total${eol}`;
  out(latin1Bytes(text));
  if (status) warn('input is not in sorted order');
  return status;
});
