// Guest zone (userland): du(1): disk usage of trees in 1K blocks (-k), bytes (-b), human (-h);
// -s summary, -a all files, -c total, -d/--max-depth, --apparent-size; hard links counted once.
import { q, strerror, warn } from './lib/errors.js';
import { human } from './lib/format.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs, type Stats } from './lib/node.js';

run('du', (argv) => {
  const p = getopt(argv, {
    short: 'abchkmsd:xLS',
    long: {
      all: ['none', 'a'],
      bytes: ['none', 'b'],
      total: ['none', 'c'],
      'human-readable': ['none', 'h'],
      summarize: ['none', 's'],
      'max-depth': ['required', 'd'],
      'apparent-size': ['none', 'A'],
      'block-size': ['required', 'B'],
    },
  });
  const apparent = p.has('A') || p.has('b');
  const unit = p.has('b') ? 1 : p.has('m') ? 1024 * 1024 : Number(p.get('B') ?? 1024);
  const maxDepth = p.has('s') ? 0 : p.has('d') ? Number(p.get('d')) : Number.POSITIVE_INFINITY;
  const seen = new Set<string>();
  const size = (st: Stats) => (apparent ? st.size : st.blocks * 512);
  const fmt = (bytes: number) => (p.has('h') ? human(bytes) : String(Math.ceil(bytes / unit)));
  let status = 0;
  let total = 0;
  const walk = (path: string, depth: number): number => {
    let st: Stats;
    try {
      st = fs.lstatSync(path);
    } catch (e) {
      warn(`cannot access ${q(path)}: ${strerror(e)}`);
      status = 1;
      return 0;
    }
    const id = `${st.dev}:${st.ino}`;
    if (st.nlink > 1 && !st.isDirectory()) {
      if (seen.has(id)) return 0;
      seen.add(id);
    }
    let sum = size(st);
    if (st.isDirectory()) {
      let names: string[] = [];
      try {
        names = fs.readdirSync(path);
      } catch (e) {
        warn(`cannot read directory ${q(path)}: ${strerror(e)}`);
        status = 1;
      }
      for (const n of names) sum += walk(`${path.replace(/\/+$/, '')}/${n}`, depth + 1);
      if (depth <= maxDepth) out(`${fmt(sum)}\t${path}\n`);
    } else if ((p.has('a') && depth <= maxDepth) || depth === 0) out(`${fmt(sum)}\t${path}\n`);
    return sum;
  };
  for (const f of p.operands.length ? p.operands : ['.']) total += walk(f, 0);
  if (p.has('c')) out(`${fmt(total)}\ttotal\n`);
  return status;
});
