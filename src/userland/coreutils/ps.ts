// Guest zone (userland): ps(1) over /proc: every process of the container (the pid namespace); the
// default PID TTY TIME CMD, -f full, -o FIELDS (pid ppid user uid comm args stat rss time), `aux`.
import { die } from './lib/errors.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs } from './lib/node.js';
import { userName } from './lib/users.js';

interface P {
  pid: number;
  ppid: number;
  uid: number;
  comm: string;
  args: string;
  state: string;
  rss: number;
  ticks: number;
}

function readProcs(): P[] {
  const list: P[] = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const status = fs.readFileSync(`/proc/${d}/status`).toString('utf8');
      const field = (k: string) => new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(status)?.[1] ?? '';
      const stat = fs.readFileSync(`/proc/${d}/stat`).toString('utf8');
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = fs
        .readFileSync(`/proc/${d}/cmdline`)
        .toString('utf8')
        .split('\0')
        .filter(Boolean)
        .join(' ');
      list.push({
        pid: Number(d),
        ppid: Number(field('PPid')),
        uid: Number(field('Uid').split('\t')[0]),
        comm: field('Name'),
        args: cmd || `[${field('Name')}]`,
        state: field('State').charAt(0),
        rss: Number.parseInt(field('VmRSS'), 10) || 0,
        ticks: Number(after[11] ?? 0) + Number(after[12] ?? 0),
      });
    } catch {}
  }
  return list.sort((a, b) => a.pid - b.pid);
}

const time = (ticks: number) => {
  const s = Math.floor(ticks / 100);
  return `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

const COLS: Record<string, [string, (p: P) => string, boolean]> = {
  pid: ['PID', (p) => String(p.pid), true],
  ppid: ['PPID', (p) => String(p.ppid), true],
  user: ['USER', (p) => userName(p.uid), false],
  uid: ['UID', (p) => String(p.uid), true],
  comm: ['COMMAND', (p) => p.comm, false],
  args: ['COMMAND', (p) => p.args, false],
  cmd: ['CMD', (p) => p.args, false],
  stat: ['STAT', (p) => p.state, false],
  s: ['S', (p) => p.state, false],
  rss: ['RSS', (p) => String(p.rss), true],
  time: ['TIME', (p) => time(p.ticks), true],
  tty: ['TT', () => '?', false],
};

run('ps', (args) => {
  let fields = ['pid', 'tty', 'time', 'cmd'];
  let noHeader = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-o' || a === '-O' || a.startsWith('--format')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === undefined) die('option requires an argument');
      fields = v.split(/[,\s]+/).map((f) => f.replace(/=$/, ''));
      if (v.split(/[,\s]+/).every((f) => f.endsWith('='))) noHeader = true;
    } else if (a === '-f' || a === '-ef') fields = ['user', 'pid', 'ppid', 'time', 'args'];
    else if (a === 'aux' || a === '-aux' || a === 'u')
      fields = ['user', 'pid', 'rss', 'stat', 'time', 'args'];
    else if (a === '--no-headers' || a === 'h') noHeader = true;
    else if (!['-e', '-A', 'ax', '-ax', 'a', 'x'].includes(a)) die(`unsupported option ${a}`);
  }
  for (const f of fields) if (!COLS[f]) die(`error: unknown user-defined format specifier "${f}"`);
  const procs = readProcs();
  const rows = procs.map((p) => fields.map((f) => (COLS[f] as [string, (p: P) => string, boolean])[1](p)));
  const header = fields.map((f) => (COLS[f] as [string, unknown, boolean])[0]);
  const all = noHeader ? rows : [header, ...rows];
  const widths = fields.map((_, i) => Math.max(...all.map((r) => (r[i] as string).length)));
  for (const r of all) {
    out(
      `${r.map((c, i) => (i === r.length - 1 ? c : (COLS[fields[i] as string] as [string, unknown, boolean])[2] ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join(' ')}\n`,
    );
  }
  return 0;
});
