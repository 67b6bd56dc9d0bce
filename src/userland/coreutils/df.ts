// Guest zone (userland): df(1): file systems from /proc/mounts with the container's memory as their
// size (the VFS is in memory); -h human sizes, -T types, -k 1K blocks.
import { human } from './lib/format.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs, os } from './lib/node.js';

run('df', (argv) => {
  const p = getopt(argv, {
    short: 'hkTaP',
    long: {
      'human-readable': ['none', 'h'],
      'print-type': ['none', 'T'],
      all: ['none', 'a'],
      portability: ['none', 'P'],
    },
  });
  let mounts: string[][] = [];
  try {
    mounts = fs
      .readFileSync('/proc/mounts')
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' '));
  } catch {
    mounts = [['rootfs', '/', 'tmpfs']];
  }
  const total = os().totalmem();
  const used = Math.max(0, total - os().freemem());
  const fmt = (n: number) => (p.has('h') ? human(n) : String(Math.ceil(n / 1024)));
  const rows = [
    [
      'Filesystem',
      ...(p.has('T') ? ['Type'] : []),
      p.has('h') ? 'Size' : '1K-blocks',
      'Used',
      'Avail',
      'Use%',
      'Mounted on',
    ],
  ];
  for (const [src, target, type] of mounts) {
    if (!p.has('a') && (type === 'proc' || type === 'procfs')) continue;
    const pct = total ? `${Math.ceil((used / total) * 100)}%` : '-';
    rows.push([
      src ?? '',
      ...(p.has('T') ? [type ?? ''] : []),
      fmt(total),
      fmt(used),
      fmt(total - used),
      pct,
      target ?? '',
    ]);
  }
  const widths = (rows[0] as string[]).map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length)));
  for (const r of rows)
    out(
      `${r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(i === 0 ? (widths[0] as number) : 0) : c.padStart(widths[i] as number))).join(' ')}\n`,
    );
  return 0;
});
