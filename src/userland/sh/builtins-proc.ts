// Guest zone (userland /bin/sh): the builtins about processes and signals: trap, getopts, wait,
// kill (pids and job specs); jobs/fg/bg are in builtins-jobs.ts.

import { type Builtin, fail, out } from './builtin-util.js';
import { jobBuiltins, signalJob, waitJobs } from './builtins-jobs.js';
import { proc } from './node-api.js';
import { SIGNALS, signalName } from './signals.js';
import { listen, listTraps, runPending, selfSignal } from './traps.js';

/** trap, getopts, wait, kill, jobs, fg, bg. */
export const procBuiltins: Record<string, Builtin> = {
  async trap(sh, argv) {
    if (argv.length === 1) {
      await out(sh, listTraps(sh));
      return 0;
    }
    const action = argv[1] as string;
    const sigs = /^\d+$/.test(action) ? argv.slice(1) : argv.slice(2);
    for (const s of sigs) {
      const name = s === '0' || s === 'EXIT' ? 'EXIT' : signalName(s)?.slice(3);
      if (!name) return fail(sh, `trap: ${s}: bad trap`, 1);
      if (action === '-' || /^\d+$/.test(action)) sh.traps.delete(name);
      else sh.traps.set(name, action);
      sh.ownTraps.add(name);
      if (name !== 'EXIT') listen(sh, name);
    }
    return 0;
  },
  async getopts(sh, argv) {
    const spec = argv[1];
    const name = argv[2];
    if (spec === undefined || name === undefined)
      return fail(sh, 'getopts: usage: getopts optstring var [arg ...]', 2);
    const args = argv.length > 3 ? argv.slice(3) : sh.params;
    let ind = Number(sh.getVar('OPTIND') ?? '1') || 1;
    let pos = sh.optPos;
    const arg = args[ind - 1];
    const done = () => {
      sh.setVar(name, '?');
      sh.vars.delete('OPTARG');
      sh.optPos = 1;
      return 1;
    };
    if (pos === 1 && (arg === undefined || arg === '-' || !arg.startsWith('-'))) return done();
    if (pos === 1 && arg === '--') {
      sh.setVar('OPTIND', String(ind + 1));
      return done();
    }
    const a = arg as string;
    const c = a[pos] as string;
    const k = spec.indexOf(c);
    const silent = spec.startsWith(':');
    pos++;
    const advance = () => {
      if (pos >= a.length) {
        ind++;
        pos = 1;
      }
    };
    if (c === ':' || k < 0) {
      advance();
      sh.setVar('OPTIND', String(ind));
      sh.optPos = pos;
      sh.setVar(name, '?');
      if (silent) sh.setVar('OPTARG', c);
      else await sh.error(`Illegal option -${c}`);
      return 0;
    }
    if (spec[k + 1] === ':') {
      let val: string | undefined;
      if (pos < a.length) val = a.slice(pos);
      else val = args[ind];
      if (pos >= a.length) ind++;
      ind++;
      pos = 1;
      if (val === undefined) {
        sh.setVar('OPTIND', String(ind - 1));
        sh.optPos = 1;
        if (silent) {
          sh.setVar(name, ':');
          sh.setVar('OPTARG', c);
        } else {
          sh.setVar(name, '?');
          await sh.error(`No arg for -${c} option`);
        }
        return 0;
      }
      sh.setVar('OPTARG', val);
    } else {
      sh.vars.delete('OPTARG');
      advance();
    }
    sh.setVar('OPTIND', String(ind));
    sh.optPos = pos;
    sh.setVar(name, c);
    return 0;
  },
  async wait(sh, argv) {
    if (argv.length === 1) {
      for (const [pid, p] of sh.bgWaits) {
        await p;
        sh.bgWaits.delete(pid);
      }
      for (const j of sh.jobs.list()) if (j.state === 'Done') sh.jobs.remove(j);
      return 0;
    }
    return waitJobs(sh, argv.slice(1));
  },
  async kill(sh, argv) {
    let sig = 'SIGTERM';
    let args = argv.slice(1);
    if (args[0] === '-l' && args.length > 1) {
      // `kill -l 15` and `kill -l 143` (an exit status): the signal's name.
      for (const a of args.slice(1)) {
        const n = Number(a) > 128 ? Number(a) - 128 : Number(a);
        const name = signalName(String(n));
        if (!/^\d+$/.test(a) || !name) return fail(sh, `kill: invalid signal number or exit status: ${a}`, 2);
        await out(sh, `${name.slice(3)}\n`);
      }
      return 0;
    }
    if (args[0] === '-l') {
      await out(
        sh,
        `${Object.keys(SIGNALS)
          .map((s) => s.slice(3))
          .join(' ')}\n`,
      );
      return 0;
    }
    if (args[0] === '-s') {
      sig = signalName(args[1] ?? '') ?? '';
      args = args.slice(2);
    } else if (args[0]?.startsWith('-')) {
      sig = signalName(args[0].slice(1)) ?? '';
      args = args.slice(1);
    }
    if (!sig) return fail(sh, `kill: invalid signal number or name`, 2);
    let st = 0;
    const pending: string[] = [];
    for (const a of args) {
      const own = Number(a) === proc.pid ? selfSignal(sh, sig) : undefined;
      if (own !== undefined) {
        pending.push(own);
        continue;
      }
      try {
        if (!a.startsWith('%')) proc.kill(Number(a), sig);
        else {
          const j = sh.jobs.find(a);
          if (typeof j === 'string') {
            st = await fail(sh, `kill: ${j}`, 2);
            continue;
          }
          signalJob(j, sig);
        }
      } catch {
        st = await fail(sh, `kill: No such process`, 1);
      }
    }
    await runPending(sh, pending, st);
    return st;
  },
  ...jobBuiltins,
};
