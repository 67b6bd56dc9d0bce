// Guest zone (userland): which(1): the first executable of each name on PATH (-a all of them).
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs, proc } from './lib/node.js';

run('which', (args) => {
  const all = args[0] === '-a';
  const names = all ? args.slice(1) : args;
  let status = 0;
  const dirs = (proc.env.PATH ?? '').split(':');
  for (const n of names) {
    const cands = n.includes('/') ? [n] : dirs.map((d) => `${d || '.'}/${n}`);
    let found = false;
    for (const c of cands) {
      try {
        if (!fs.statSync(c).isFile()) continue;
        fs.accessSync(c, 1);
        out(`${c}\n`);
        found = true;
        if (!all) break;
      } catch {}
    }
    if (!found) status = 1;
  }
  return status;
});
