// Guest zone (userland): nproc(1): processing units available (--all, --ignore=N).
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { os } from './lib/node.js';

run('nproc', (argv) => {
  const p = getopt(argv, { long: { all: ['none', 'a'], ignore: ['required', 'i'] } });
  const n = os().availableParallelism?.() ?? os().cpus().length;
  out(`${Math.max(1, n - Number(p.has('a') ? 0 : (p.get('i') ?? 0)))}\n`);
  return 0;
});
