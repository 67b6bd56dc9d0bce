// Guest zone (userland): pwd(1): the working directory (-L from $PWD when it names it, -P physical).
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs, proc } from './lib/node.js';

run('pwd', (argv) => {
  const p = getopt(argv, { short: 'LP', long: { logical: ['none', 'L'], physical: ['none', 'P'] } });
  const logical = p.opts.length > 0 && p.opts[p.opts.length - 1]?.key === 'L';
  const envPwd = proc.env.PWD;
  if (logical && envPwd?.startsWith('/')) {
    try {
      if (fs.realpathSync(envPwd) === fs.realpathSync('.')) {
        out(`${envPwd}\n`);
        return 0;
      }
    } catch {}
  }
  out(`${proc.cwd()}\n`);
  return 0;
});
