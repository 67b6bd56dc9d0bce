// Guest zone (userland): dirname(1): the directory part of each name (-z ends lines with NUL).
import { usageError } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';

function dir(name: string): string {
  let s = name.replace(/\/+$/, '');
  if (s === '') return name.startsWith('/') ? '/' : '.';
  const i = s.lastIndexOf('/');
  if (i < 0) return '.';
  s = s.slice(0, i).replace(/\/+$/, '');
  return s === '' ? '/' : s;
}

run('dirname', (argv) => {
  const p = getopt(argv, { short: 'z', long: { zero: ['none', 'z'] } });
  if (p.operands.length === 0) usageError('missing operand');
  for (const o of p.operands) out(dir(o) + (p.has('z') ? '\0' : '\n'));
  return 0;
});
