// Guest zone (userland): df(1): file systems from /proc/mounts with the container's memory as their
// size (the VFS is in memory); -h human sizes, -T types, -k 1K blocks, -P POSIX columns; FILE operands
// show the file system each is on.

import { strerror, warn } from './lib/errors.js';
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
      p.has('h') ? 'Size' : p.has('P') ? '1024-blocks' : '1K-blocks',
      'Used',
      p.has('h') ? 'Avail' : 'Available',
      p.has('P') ? 'Capacity' : 'Use%',
      'Mounted on',
    ],
  ];
  // With operands, each one's file system: the mount whose target is the longest prefix of it.
  let status = 0;
  let shown = mounts.filter(([, , type]) => p.has('a') || (type !== 'proc' && type !== 'procfs'));
  if (p.operands.length) {
    const picked: string[][] = [];
    for (const f of p.operands) {
      let real: string;
      try {
        fs.statSync(f);
        real = fs.realpathSync(f);
      } catch (e) {
        warn(`${f}: ${strerror(e)}`);
        status = 1;
        continue;
      }
      const within = (t: string) => t === '/' || real === t || real.startsWith(`${t}/`);
      const best = mounts
        .filter(([, t]) => within(t ?? ''))
        .sort((a, b) => (b[1] ?? '').length - (a[1] ?? '').length)[0];
      if (best) picked.push(best);
    }
    if (picked.length === 0) {
      warn('no file systems processed');
      return 1;
    }
    shown = picked;
  }
  for (const [src, target, type] of shown) {
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
  return status;
});
