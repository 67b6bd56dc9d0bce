// Guest zone (userland /bin/sh): the job table: asynchronous lists (`&`) as numbered jobs, the
// current/previous job (`%+`/`%-`), job specs (`%n %% %+ %- %string %?string`), and `jobs`' lines in
// dash's format (status padded to column 33, `-l` with pids, `-p` pids only).

/** How a job ended (or that it has not): dash's words for `jobs` and the notices. */
export type JobState = 'Running' | 'Stopped' | 'Done';

/** One asynchronous list. */
export interface Job {
  readonly id: number;
  /** Its processes: the first leads the job's process group when it was started under job control. */
  readonly pids: number[];
  /** The command text as typed. */
  readonly cmd: string;
  /** Started (or stopped) under job control (`set -m`, interactive): fg and bg accept it. */
  readonly jc: boolean;
  /** Its first process leads a process group of its own (a job started with `&` under job control). */
  readonly group: boolean;
  state: JobState;
  /** Exit status once Done: 128+n when a signal ended it. */
  status: number;
  /** Resolves with the exit status when every process of the job has ended. */
  readonly done: Promise<number>;
  /** Whether its change to Done (or Stopped) has been reported. */
  notified: boolean;
}

/** Signal number → dash's (strsignal) description, for jobs ended by a signal. */
const DESCRIPTIONS: Record<number, string> = {
  1: 'Hangup',
  2: 'Interrupt',
  3: 'Quit',
  6: 'Aborted',
  9: 'Killed',
  13: 'Broken pipe',
  14: 'Alarm clock',
  15: 'Terminated',
  10: 'User defined signal 1',
  12: 'User defined signal 2',
};

export class JobTable {
  private readonly jobs = new Map<number, Job>();
  /** Most recently used first: [0] is the current job (`%+`), [1] the previous (`%-`). */
  private mru: number[] = [];

  get size(): number {
    return this.jobs.size;
  }

  /** Adds a running job; it becomes the current job. */
  add(pids: number[], cmd: string, done: Promise<number>, jc: boolean, group = jc): Job {
    let id = 1;
    while (this.jobs.has(id)) id++;
    const job: Job = { id, pids, cmd, jc, group, state: 'Running', status: 0, done, notified: false };
    this.jobs.set(id, job);
    this.mru.unshift(id);
    void done.then((st) => {
      job.state = 'Done';
      job.status = st;
      // A change to report at the next prompt, even if `jobs` showed it running before.
      job.notified = false;
    });
    return job;
  }

  /** Makes `job` the current job (fg, bg, a stop). */
  touch(job: Job): void {
    this.mru = [job.id, ...this.mru.filter((id) => id !== job.id)];
  }

  remove(job: Job): void {
    this.jobs.delete(job.id);
    this.mru = this.mru.filter((id) => id !== job.id);
  }

  /** Every job, most recently used first (the order dash lists them in). */
  list(): Job[] {
    return this.mru.map((id) => this.jobs.get(id) as Job);
  }

  /** The job holding `pid`, if any. */
  byPid(pid: number): Job | undefined {
    for (const j of this.jobs.values()) if (j.pids.includes(pid)) return j;
    return undefined;
  }

  /**
   * Resolves a job spec; `undefined` means the current job. Returns an error message for a spec that
   * names no job (`No such job: %9`, `No current job`, `%sl: ambiguous`).
   */
  find(spec: string | undefined): Job | string {
    if (spec === undefined || spec === '%' || spec === '%%' || spec === '%+') {
      const cur = this.mru[0];
      return cur === undefined ? 'No current job' : (this.jobs.get(cur) as Job);
    }
    if (!spec.startsWith('%')) {
      const pid = Number(spec);
      const j = /^\d+$/.test(spec) ? this.byPid(pid) : undefined;
      return j ?? `No such job: ${spec}`;
    }
    const body = spec.slice(1);
    if (body === '-') {
      const prev = this.mru[1];
      return prev === undefined ? `No such job: ${spec}` : (this.jobs.get(prev) as Job);
    }
    if (/^\d+$/.test(body)) return this.jobs.get(Number(body)) ?? `No such job: ${spec}`;
    const contains = body.startsWith('?');
    const needle = contains ? body.slice(1) : body;
    const hits = this.list().filter((j) => (contains ? j.cmd.includes(needle) : j.cmd.startsWith(needle)));
    if (hits.length === 0 || needle === '') return `No such job: ${spec}`;
    if (hits.length > 1) return `${spec}: ambiguous`;
    return hits[0] as Job;
  }

  /** `+` for the current job, `-` for the previous, else a space. */
  mark(job: Job): string {
    if (this.mru[0] === job.id) return '+';
    if (this.mru[1] === job.id) return '-';
    return ' ';
  }

  /** One job as `jobs` prints it (dash's layout); `long` adds the pids, one process per line. */
  format(job: Job, long: boolean): string {
    const head = `[${job.id}] ${this.mark(job)} `;
    const state = describe(job);
    if (!long) return `${pad(`${head}${state}`)}${job.cmd}\n`;
    const cmds = job.pids.length > 1 ? splitPipeline(job.cmd, job.pids.length) : [job.cmd];
    let outText = '';
    job.pids.forEach((pid, i) => {
      const start = i === 0 ? `${head}${pid} ${state}` : `${' '.repeat(head.length)}${pid}`;
      const last = i === job.pids.length - 1;
      outText += `${pad(start)}${cmds[i] ?? ''}${last ? '' : ' |'}\n`;
    });
    return outText;
  }
}

/** Running, Stopped, Done, Done(3), Terminated, Killed … */
export function describe(job: Job): string {
  if (job.state !== 'Done') return job.state;
  if (job.status > 128 && DESCRIPTIONS[job.status - 128]) return DESCRIPTIONS[job.status - 128] as string;
  return job.status === 0 ? 'Done' : `Done(${job.status})`;
}

/** dash pads the status column to column 33 (at least one space before the command). */
function pad(s: string): string {
  return s.length >= 32 ? `${s} ` : s.padEnd(33);
}

/** Best effort: a pipeline's text cut at its top-level `|`s, one part per process. */
function splitPipeline(cmd: string, n: number): string[] {
  const parts = cmd.split(/\s*\|(?!\|)\s*/);
  return parts.length === n ? parts : [cmd];
}
