// Host zone: `docker exec` for the library: a new process in a running container, outside PID 1's
// tree (ppid 0), with its own stdio streams, credentials and working directory.

import { posix } from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { SIGNALS, type SignalName } from '../abi/signals.js';
import { FdTable } from '../fs/fd-table.js';
import { ReadableStreamFile, WritableStreamFile } from '../fs/stream-file.js';
import type { Container } from './container.js';
import { ExecError } from './exec.js';
import { envMap } from './spec.js';
import type { ExitStatus, Task } from './task.js';
import { resolveUser } from './users.js';

export interface ExecOptions {
  /** Extra environment (`KEY=VALUE` list or map), over the container's. */
  env?: Record<string, string> | string[];
  workdir?: string;
  user?: string;
  tty?: boolean;
}

/** A process started with `container.exec()`. */
export class ExecProcess {
  readonly stdin: Writable;
  readonly stdout: Readable;
  readonly stderr: Readable;

  constructor(
    private readonly task: Task | undefined,
    private readonly status: Promise<ExitStatus>,
    stdio: { stdin: Writable; stdout: Readable; stderr: Readable },
  ) {
    this.stdin = stdio.stdin;
    this.stdout = stdio.stdout;
    this.stderr = stdio.stderr;
  }

  /** The process's pid in the container (undefined when exec itself failed). */
  get pid(): number | undefined {
    return this.task?.pid;
  }

  wait(): Promise<ExitStatus> {
    return this.status;
  }

  kill(signal: SignalName | number = 'SIGKILL'): void {
    const name =
      typeof signal === 'number'
        ? (Object.keys(SIGNALS) as SignalName[]).find((k) => SIGNALS[k] === signal)
        : signal;
    if (!name || !Object.hasOwn(SIGNALS, name)) throw new TypeError(`invalid signal: ${String(signal)}`);
    this.task?.signal(name);
  }
}

const OPTION_KEYS = new Set(['env', 'workdir', 'user', 'tty']);

/** Starts `argv` in `container`; exec failures resolve as exit 126/127 with the reason on stderr. */
export function execIn(container: Container, argv: string[], options: ExecOptions = {}): ExecProcess {
  for (const k of Object.keys(options))
    if (!OPTION_KEYS.has(k)) throw new TypeError(`unknown exec option "${k}"`);
  if (!Array.isArray(argv) || argv.length === 0 || !argv.every((a) => typeof a === 'string')) {
    throw new TypeError('exec needs a non-empty array of strings');
  }
  if (container.state !== 'running') throw new Error(`container ${container.name} is not running`);
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const tty = options.tty === true;
  const creds = options.user ? resolveUser(container.vfs, options.user) : container.config.creds;
  const fds = new FdTable(container.spec.limits?.nofile);
  fds.install(new ReadableStreamFile(stdin, tty), 0);
  fds.install(new WritableStreamFile(stdout, tty), 1);
  fds.install(new WritableStreamFile(tty ? stdout : stderr, tty), 2);
  const finish = (s: ExitStatus) => {
    stdout.end();
    stderr.end();
    stdin.destroy();
    return s;
  };
  try {
    const task = container.spawn({
      argv,
      env: { ...container.config.env, ...(options.user ? { HOME: creds.home } : {}), ...envMap(options.env) },
      cwd: posix.resolve('/', options.workdir ?? container.config.workdir),
      uid: creds.uid,
      gid: creds.gid,
      ppid: 0,
      fds,
    });
    return new ExecProcess(task, task.exited.then(finish), { stdin, stdout, stderr });
  } catch (err) {
    fds.closeAll();
    if (!(err instanceof ExecError)) throw err;
    stderr.write(`tsvirt: ${err.message}\n`);
    const status = Promise.resolve(
      finish({ exitCode: err.exitCode, signal: null, oomKilled: false, reason: 'exec' }),
    );
    return new ExecProcess(undefined, status, { stdin, stdout, stderr });
  }
}
