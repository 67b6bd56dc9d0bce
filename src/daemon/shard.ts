// Host zone (daemon): the supervisor's handle on one kernel shard: forks the shard process, matches
// replies to requests, passes its events on, and reports its death. A crashed shard fails its pending
// requests; the supervisor decides what happens to its containers and respawns it.

import { type ChildProcess, fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FromShard, ShardError, ShardOp, ShardReplies } from './protocol.js';

/** A request that failed in the shard (or because the shard died), with the HTTP class of error. */
export class ShardRequestError extends Error {
  constructor(
    message: string,
    readonly kind: ShardError['kind'],
  ) {
    super(message);
  }
}

/** How a shard process ended. */
export interface ShardDeath {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Where the compiled shard entry lives (beside this file in dist/, or dist/ when run from src/). */
function shardScript(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const sibling = join(here, 'shard-main.js');
  return existsSync(sibling) ? sibling : join(here, '..', '..', 'dist', 'daemon', 'shard-main.js');
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

/**
 * One shard. Events: 'event' (a FromShard message other than replies), 'death' (ShardDeath) when the
 * process ends without being asked to.
 */
export class Shard extends EventEmitter {
  private child: ChildProcess | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextRid = 1;
  private readyWait: Promise<void> = Promise.resolve();
  private stopping = false;
  /** The shard process's host pid while it runs. */
  pid: number | undefined;
  /** Times this shard has been (re)started. */
  generation = 0;

  constructor(
    readonly index: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    super();
  }

  /** Forks the shard process; resolves once its kernel is up. */
  spawn(): Promise<void> {
    this.generation++;
    const child = fork(shardScript(), [], {
      execArgv: ['--no-node-snapshot'],
      env: this.env,
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child = child;
    this.pid = child.pid;
    // A send on a channel that just closed reports here; the death itself arrives as 'exit'.
    child.on('error', () => {});
    this.readyWait = new Promise((resolve, reject) => {
      child.on('message', (msg: FromShard) => {
        if (msg.t === 'ready') resolve();
        else if (msg.t === 'res') this.settle(msg);
        else this.emit('event', msg);
      });
      child.once('exit', (code, signal) => {
        reject(new ShardRequestError(`shard ${this.index} exited before it was ready`, 'internal'));
        this.died(child, { code, signal });
      });
    });
    // A failed start is reported through 'death' (and the requests waiting on it), not here.
    this.readyWait.catch(() => {});
    return this.readyWait;
  }

  private settle(msg: FromShard & { t: 'res' }): void {
    const p = this.pending.get(msg.rid);
    if (!p) return;
    this.pending.delete(msg.rid);
    if (msg.ok) p.resolve(msg.value);
    else p.reject(new ShardRequestError(msg.error.message, msg.error.kind));
  }

  private died(child: ChildProcess, death: ShardDeath): void {
    if (this.child !== child) return;
    this.child = undefined;
    this.pid = undefined;
    const why = death.signal ? `killed by ${death.signal}` : `exited with code ${death.code}`;
    for (const p of this.pending.values())
      p.reject(new ShardRequestError(`shard crashed (${why})`, 'internal'));
    this.pending.clear();
    if (!this.stopping) this.emit('death', death);
  }

  get alive(): boolean {
    return this.child !== undefined;
  }

  /** Sends one op and resolves with the shard's reply (rejects with ShardRequestError). */
  async request<K extends ShardOp['op']>(op: Extract<ShardOp, { op: K }>): Promise<ShardReplies[K]> {
    await this.readyWait;
    const child = this.child;
    if (!child?.connected) throw new ShardRequestError(`shard ${this.index} is not running`, 'internal');
    const rid = this.nextRid++;
    return new Promise<ShardReplies[K]>((resolve, reject) => {
      this.pending.set(rid, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ t: 'req', rid, ...op });
    });
  }

  /** Ends the shard: closing the channel makes it kill its containers and exit; SIGKILL if it hangs. */
  async stop(graceMs = 5000): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    if (child.connected) child.disconnect();
    else child.kill('SIGKILL');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
