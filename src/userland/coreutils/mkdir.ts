// Guest zone (userland): mkdir(1): make directories (-p parents, -m mode, -v verbose).
import { q, strerror, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { parseMode } from './lib/mode.js';
import { fs, proc } from './lib/node.js';

run('mkdir', (argv) => {
  const p = getopt(argv, {
    short: 'pm:v',
    long: { parents: ['none', 'p'], mode: ['required', 'm'], verbose: ['none', 'v'] },
  });
  if (p.operands.length === 0) usageError('missing operand');
  const modeArg = p.get('m');
  const umask = proc.umask();
  const mode = modeArg === undefined ? undefined : parseMode(modeArg, 0o777 & ~umask, true, umask);
  if (mode === null) {
    warn(`invalid mode ${q(modeArg as string)}`);
    return 1;
  }
  let status = 0;
  for (const d of p.operands) {
    let failed = d;
    try {
      if (p.has('p')) {
        const parts = d.split('/');
        let cur = d.startsWith('/') ? '/' : '';
        for (const part of parts) {
          if (!part) continue;
          cur += (cur && !cur.endsWith('/') ? '/' : '') + part;
          try {
            fs.mkdirSync(cur);
            if (p.has('v')) out(`mkdir: created directory ${q(cur)}\n`);
          } catch (e) {
            if ((e as { code?: string }).code !== 'EEXIST') throw e;
            if (!fs.statSync(cur).isDirectory() && cur !== d.replace(/\/+$/, '')) {
              failed = cur;
              throw Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' });
            }
            if (!fs.statSync(cur).isDirectory()) throw e;
          }
        }
      } else {
        fs.mkdirSync(d);
        if (p.has('v')) out(`mkdir: created directory ${q(d)}\n`);
      }
      if (mode !== undefined) fs.chmodSync(d, mode);
    } catch (e) {
      warn(`cannot create directory ${q(failed)}: ${strerror(e)}`);
      status = 1;
    }
  }
  return status;
});
