// Guest zone (userland): uname(1): system information (-a -s -n -r -v -m -p -i -o).
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { os } from './lib/node.js';

run('uname', (argv) => {
  const p = getopt(argv, {
    short: 'asnrvmpio',
    long: {
      all: ['none', 'a'],
      'kernel-name': ['none', 's'],
      nodename: ['none', 'n'],
      'kernel-release': ['none', 'r'],
      machine: ['none', 'm'],
      'operating-system': ['none', 'o'],
    },
  });
  const o = os();
  const machine = o.machine?.() ?? (o.arch() === 'x64' ? 'x86_64' : o.arch());
  const fields: [string, string][] = [
    ['s', o.type()],
    ['n', o.hostname()],
    ['r', o.release()],
    ['v', '#1 tsvirt'],
    ['m', machine],
    ['p', 'unknown'],
    ['i', 'unknown'],
    ['o', 'GNU/Linux'],
  ];
  const all = p.has('a');
  let shown = fields.filter(([k]) => p.has(k) || (all && k !== 'p' && k !== 'i'));
  if (p.opts.length === 0) shown = [fields[0] as [string, string]];
  out(`${shown.map(([, v]) => v).join(' ')}\n`);
  return 0;
});
