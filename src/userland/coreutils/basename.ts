// Guest zone (userland): basename(1): strip directories and an optional suffix (-a, -s, -z).
import { usageError } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';

/** POSIX basename of one name. */
export function base(name: string, suffix: string): string {
  let s = name.replace(/\/+$/, '');
  if (s === '') return name === '' ? '' : '/';
  s = s.slice(s.lastIndexOf('/') + 1);
  if (suffix && s !== suffix && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  return s;
}

run('basename', (argv) => {
  const p = getopt(argv, {
    short: 'as:z',
    long: { multiple: ['none', 'a'], suffix: ['required', 's'], zero: ['none', 'z'] },
  });
  const nl = p.has('z') ? '\0' : '\n';
  const multi = p.has('a') || p.has('s');
  const suffix = p.get('s') ?? '';
  const ops = p.operands;
  if (ops.length === 0) usageError('missing operand');
  if (!multi) {
    if (ops.length > 2) usageError(`extra operand '${ops[2]}'`);
    out(base(ops[0] as string, ops[1] ?? '') + nl);
    return 0;
  }
  for (const o of ops) out(base(o, suffix) + nl);
  return 0;
});
