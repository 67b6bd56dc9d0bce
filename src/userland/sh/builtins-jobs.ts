// Guest zone (userland /bin/sh): the job-control builtins: jobs (-l, -p), fg, bg, and the job-spec
// forms of wait and kill (`wait %1`, `kill %sleep`). Messages and statuses follow dash.

import { type Builtin, fail, out } from './builtin-util.js';
import type { Job } from './job-table.js';
import { fs, proc } from './node-api.js';
import type { Shell } from './shell.js';

/** Sends `sig` to a job: its process group when it has one, else each of its processes. */
export function signalJob(job: Job, sig: string): void {
  if (job.group) {
    try {
      proc.kill(-(job.pids[0] as number), sig);
      return;
    } catch {
      // the leader's group is empty: try the processes one by one
    }
  }
  let sent = false;
  for (const pid of job.pids) {
    try {
      proc.kill(pid, sig);
      sent = true;
    } catch {
      // this one is gone already
    }
  }
  if (!sent) throw Object.assign(new Error('ESRCH'), { code: 'ESRCH' });
}

/** Waits for a job in the foreground: Ctrl-C reaches it, and it leaves the table when done. */
export async function foregroundJob(sh: Shell, job: Job): Promise<number> {
  for (const pid of job.pids) sh.foreground.add(pid);
  sh.fgJob = job;
  try {
    const st = await sh.stoppable(job.done);
    if (job.state === 'Stopped') return st;
    sh.jobs.remove(job);
    return st;
  } finally {
    sh.fgJob = undefined;
    for (const pid of job.pids) sh.foreground.delete(pid);
  }
}

/** Removes jobs that are Done and already shown (after `jobs` printed them, as dash does). */
function forgetDone(sh: Shell, shown: Job[]): void {
  for (const j of shown) if (j.state === 'Done') sh.jobs.remove(j);
}

/** The job a spec names, or the error reported with status 2. */
async function lookup(sh: Shell, name: string, spec: string | undefined): Promise<Job | number> {
  const j = sh.jobs.find(spec);
  if (typeof j === 'string') return fail(sh, `${name}: ${j}`, 2);
  if (name !== 'jobs' && name !== 'wait' && name !== 'kill' && !j.jc)
    return fail(sh, `${name}: job ${spec ?? '(null)'} not created under job control`, 2);
  return j;
}

export const jobBuiltins: Record<string, Builtin> = {
  async jobs(sh, argv) {
    let mode: 'plain' | 'l' | 'p' = 'plain';
    let i = 1;
    for (; i < argv.length; i++) {
      const a = argv[i] as string;
      if (a === '--') {
        i++;
        break;
      }
      if (!/^-[lp]+$/.test(a)) break;
      mode = a.endsWith('p') ? 'p' : 'l';
    }
    const specs = argv.slice(i);
    let st = 0;
    let shown: Job[] = [];
    if (specs.length === 0) shown = sh.jobs.list();
    else
      for (const s of specs) {
        const j = await lookup(sh, 'jobs', s);
        if (typeof j === 'number') st = j;
        else shown.push(j);
      }
    for (const j of shown) {
      if (mode === 'p') await out(sh, `${j.pids[0]}\n`);
      else await out(sh, sh.jobs.format(j, mode === 'l'));
      j.notified = true;
    }
    forgetDone(sh, shown);
    return st;
  },
  async fg(sh, argv) {
    const j = await lookup(sh, 'fg', argv[1]);
    if (typeof j === 'number') return j;
    sh.jobs.touch(j);
    await out(sh, `${j.cmd}\n`);
    if (j.state === 'Stopped') resume(j);
    return foregroundJob(sh, j);
  },
  async bg(sh, argv) {
    const specs = argv.length > 1 ? argv.slice(1) : [undefined];
    let st = 0;
    for (const s of specs) {
      const j = await lookup(sh, 'bg', s);
      if (typeof j === 'number') {
        st = j;
        continue;
      }
      if (j.state === 'Stopped') resume(j);
      await out(sh, `[${j.id}] ${j.cmd}\n`);
    }
    return st;
  },
};

/** SIGCONT to a stopped job; it is Running again. */
function resume(j: Job): void {
  j.state = 'Running';
  j.notified = false;
  try {
    signalJob(j, 'SIGCONT');
  } catch {
    // it ended while stopped; its exit will be noticed
  }
}

/** `wait %1 %2`: the status of the last job named; each leaves the table. */
export async function waitJobs(sh: Shell, specs: string[]): Promise<number> {
  let st = 0;
  for (const s of specs) {
    if (!s.startsWith('%')) {
      const p = sh.bgWaits.get(Number(s));
      st = p ? await p : 127;
      sh.bgWaits.delete(Number(s));
      continue;
    }
    const j = await lookup(sh, 'wait', s);
    if (typeof j === 'number') {
      st = j;
      continue;
    }
    st = await j.done;
    sh.jobs.remove(j);
  }
  return st;
}

/** Reports jobs that finished since the last prompt (dash's notices), then forgets them. */
export async function notifyDone(sh: Shell): Promise<void> {
  for (const j of sh.jobs.list()) {
    if (j.notified || (j.state !== 'Done' && j.state !== 'Stopped')) continue;
    j.notified = true;
    await sh.fds.write(2, sh.jobs.format(j, false)).catch(() => undefined);
    if (j.state === 'Done') sh.jobs.remove(j);
  }
}

/**
 * Ctrl-Z (SIGTSTP from the terminal): stops the foreground processes, makes them a Stopped job
 * (or marks the job `fg` was waiting on), reports it and ends the foreground wait with 148.
 */
export function suspendForeground(sh: Shell, send = true): void {
  const pids = [...sh.foreground];
  if (pids.length === 0) return;
  for (const pid of pids) {
    if (!send) break;
    try {
      proc.kill(pid, 'SIGTSTP');
    } catch {
      // it has just ended
    }
  }
  let job = sh.fgJob;
  if (!job) {
    const dones = pids.map((p) => sh.childDone.get(p) ?? Promise.resolve(0));
    const done = Promise.all(dones).then((sts) => sts[sts.length - 1] ?? 0);
    job = sh.jobs.add(pids, sh.currentCmd, done, true, false);
  }
  job.state = 'Stopped';
  job.notified = true;
  sh.jobs.touch(job);
  for (const pid of pids) sh.foreground.delete(pid);
  void sh.fds.write(2, `\n${sh.jobs.format(job, false)}`).catch(() => undefined);
  const waiters = [...sh.stopWaiters];
  sh.stopWaiters.clear();
  for (const w of waiters) w(148);
}

/**
 * SIGCHLD: a child stopped, continued or ended. A foreground child stopped by someone else (`kill
 * -STOP` from another process) makes the foreground job Stopped, as waitpid(WUNTRACED) tells a shell.
 */
export function childChanged(sh: Shell): void {
  for (const pid of sh.foreground) {
    let status = '';
    try {
      status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    } catch {
      continue;
    }
    if (/^State:\tT/m.test(status)) {
      suspendForeground(sh, false);
      return;
    }
  }
}
