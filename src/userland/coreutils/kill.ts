// Guest zone (userland): kill(1): send a signal (-s NAME, -NAME, -N) to pids; -l lists signal names.
import { q, strerror, usageError, warn } from './lib/errors.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { proc } from './lib/node.js';

const NAMES = [
  'HUP',
  'INT',
  'QUIT',
  'ILL',
  'TRAP',
  'ABRT',
  'BUS',
  'FPE',
  'KILL',
  'USR1',
  'SEGV',
  'USR2',
  'PIPE',
  'ALRM',
  'TERM',
  'STKFLT',
  'CHLD',
  'CONT',
  'STOP',
  'TSTP',
  'TTIN',
  'TTOU',
  'URG',
  'XCPU',
  'XFSZ',
  'VTALRM',
  'PROF',
  'WINCH',
  'POLL',
  'PWR',
  'SYS',
];

function signal(s: string): string | null {
  if (/^\d+$/.test(s))
    return Number(s) === 0 ? '0' : NAMES[Number(s) - 1] ? `SIG${NAMES[Number(s) - 1]}` : null;
  const n = s.toUpperCase().replace(/^SIG/, '');
  return NAMES.includes(n) ? `SIG${n}` : null;
}

run('kill', (args) => {
  let sig = 'SIGTERM';
  let i = 0;
  if (args[0] === '-l' || args[0] === '-L' || args[0] === '--list') {
    if (args.length > 1) {
      for (const a of args.slice(1)) {
        const n = /^\d+$/.test(a)
          ? Number(a) > 128
            ? NAMES[Number(a) - 129]
            : NAMES[Number(a) - 1]
          : String(NAMES.indexOf(a.toUpperCase().replace(/^SIG/, '')) + 1);
        if (!n || n === '0') {
          warn(`unknown signal: ${a}`);
          return 1;
        }
        out(`${n}\n`);
      }
      return 0;
    }
    out(`${NAMES.join('\n')}\n`);
    return 0;
  }
  if (args[0] === '-s' || args[0] === '-n') {
    const s = signal(args[1] ?? '');
    if (!s) usageError(`${q(args[1] ?? '')}: invalid signal specification`);
    sig = s;
    i = 2;
  } else if (
    (args[0]?.startsWith('-') && args[0] !== '--' && !/^-\d+$/.test(args[1] ?? 'x')) ||
    (args[0] && /^-\w+$/.test(args[0]) && args.length > 1)
  ) {
    const s = signal((args[0] as string).slice(1));
    if (!s) {
      warn(`invalid signal specification ${q((args[0] as string).slice(1))}`);
      return 1;
    }
    sig = s;
    i = 1;
  }
  if (args[i] === '--') i++;
  const pids = args.slice(i);
  if (pids.length === 0) usageError('no process ID specified');
  let status = 0;
  for (const p of pids) {
    if (!/^-?\d+$/.test(p)) {
      warn(`failed to parse argument: ${q(p)}`);
      status = 1;
      continue;
    }
    try {
      proc.kill(Number(p), sig === '0' ? 0 : sig);
    } catch (e) {
      warn(`(${p}) - ${strerror(e)}`);
      status = 1;
    }
  }
  return status;
});
