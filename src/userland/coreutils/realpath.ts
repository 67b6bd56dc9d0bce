// Guest zone (userland): realpath(1): canonical absolute paths (-e, -m, -s no symlinks, -q,
// --relative-to).

import { strerror, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { proc } from './lib/node.js';
import { canonicalize } from './lib/paths.js';

function lexical(path: string): string {
  const parts: string[] = [];
  for (const s of (path.startsWith('/') ? path : `${proc.cwd()}/${path}`).split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') parts.pop();
    else parts.push(s);
  }
  return `/${parts.join('/')}`;
}

function relative(to: string, from: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const r = [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
  return r === '' ? '.' : r;
}

run('realpath', (argv) => {
  const p = getopt(argv, {
    short: 'emsqzLP',
    long: {
      'canonicalize-existing': ['none', 'e'],
      'canonicalize-missing': ['none', 'm'],
      'no-symlinks': ['none', 's'],
      strip: ['none', 's'],
      quiet: ['none', 'q'],
      zero: ['none', 'z'],
      'relative-to': ['required', 'R'],
      'relative-base': ['required', 'B'],
    },
  });
  if (p.operands.length === 0) usageError('missing operand');
  const mode = p.has('e') ? 'e' : p.has('m') ? 'm' : 'f';
  const resolve = (f: string) => {
    if (!p.has('s')) return canonicalize(f, mode);
    const r = lexical(f);
    // Without symlink resolution the path must still exist as far as the mode demands.
    if (mode !== 'm') canonicalize(mode === 'e' ? r : r.slice(0, r.lastIndexOf('/')) || '/', 'e');
    return r;
  };
  const relTo = p.get('R');
  const base = relTo === undefined ? undefined : resolve(relTo);
  let status = 0;
  for (const f of p.operands) {
    try {
      const r = resolve(f);
      out((base === undefined ? r : relative(r, base)) + (p.has('z') ? '\0' : '\n'));
    } catch (e) {
      if (!p.has('q')) warn(`${f}: ${strerror(e)}`);
      status = 1;
    }
  }
  return status;
});
