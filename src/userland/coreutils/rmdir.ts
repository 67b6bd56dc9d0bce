// Guest zone (userland): rmdir(1): remove empty directories (-p parents too, -v verbose).
import { q, strerror, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs } from './lib/node.js';

run('rmdir', (argv) => {
  const p = getopt(argv, {
    short: 'pv',
    long: { parents: ['none', 'p'], verbose: ['none', 'v'], 'ignore-fail-on-non-empty': ['none', 'I'] },
  });
  if (p.operands.length === 0) usageError('missing operand');
  let status = 0;
  const remove = (d: string): boolean => {
    try {
      if (p.has('v')) out(`rmdir: removing directory, ${q(d)}\n`);
      fs.rmdirSync(d);
      return true;
    } catch (e) {
      if (p.has('I') && (e as { code?: string }).code === 'ENOTEMPTY') return false;
      warn(`failed to remove ${q(d)}: ${strerror(e)}`);
      status = 1;
      return false;
    }
  };
  for (const d of p.operands) {
    if (!remove(d) || !p.has('p')) continue;
    let cur = d.replace(/\/+$/, '');
    while (cur.includes('/')) {
      cur = cur.slice(0, cur.lastIndexOf('/')).replace(/\/+$/, '');
      if (cur === '' || !remove(cur)) break;
    }
  }
  return status;
});
