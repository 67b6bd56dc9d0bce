// Host zone (daemon): the supervisor: the daemon's containers and their records, placed on kernel
// shards (crash domains). It starts, stops and restarts containers by their policies, keeps their
// logs, and when a shard dies records why for that shard's containers, respawns it and applies each
// one's restart policy while the other shards carry on.

import { EventEmitter } from 'node:events';
import type { SignalName } from '../abi/signals.js';
import type { ContainerStats } from '../cgroup/cgroup.js';
import { type ContainerSpec, validateSpec } from '../kernel/spec.js';
import type { ExitStatus } from '../kernel/task.js';
import { apiErrorOf } from './api-errors.js';
import { ExecRegistry } from './execs.js';
import { ApiError } from './http.js';
import type { FromShard } from './protocol.js';
import { type ContainerRecord, type ContainerState, createdState } from './records.js';
import { type RestartPolicy, restartDelayMs, shouldRestart } from './restart.js';
import type { Shard } from './shard.js';
import { ShardPool } from './shard-pool.js';
import { ContainerTable } from './table.js';

export interface SupervisorOptions {
  home: string;
  shards: number;
  /** Isolates each shard keeps booted-ready (the Kernel's warmPool). */
  warmPool?: number;
  logMaxBytes?: number;
  log: (message: string) => void;
}

/** What `create` needs beyond the spec. */
export interface CreateInput {
  spec: ContainerSpec;
  name?: string;
  restart: RestartPolicy;
  autoRemove: boolean;
}

/** Signals after which a container counts as stopped by hand (its restart policy holds off). */
const STOPPING: ReadonlySet<string> = new Set(['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGHUP']);
const now = () => new Date().toISOString();

/**
 * The supervisor. Events: 'output' (id, stream, data) for live output, 'exit' (id, state) at every
 * exit of a container (also when it will be restarted), 'removed' (id).
 */
export class Supervisor extends EventEmitter {
  readonly table: ContainerTable;
  /** The current run of each container: exits of an earlier run are stale. */
  private readonly runs = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  readonly pool: ShardPool;
  readonly execs = new ExecRegistry();
  private closing = false;

  private constructor(private readonly opts: SupervisorOptions) {
    super();
    this.setMaxListeners(0);
    this.table = new ContainerTable(opts.home, opts.logMaxBytes);
    this.pool = new ShardPool(opts.shards, opts.home, opts.log, opts.warmPool ?? 0);
    this.pool.on('event', (msg: FromShard) => this.onEvent(msg));
    this.pool.on('death', (shard: Shard, status: ExitStatus) => this.onDeath(shard, status));
  }

  /** Loads the records, starts the shards, and restarts what the policies say to restart. */
  static async open(opts: SupervisorOptions): Promise<Supervisor> {
    const s = new Supervisor(opts);
    await s.boot();
    return s;
  }

  private async boot(): Promise<void> {
    const wasUp = this.table.load(this.opts.log);
    await this.pool.start();
    for (const rec of this.table.all()) {
      const p = rec.RestartPolicy.Name;
      if (p === 'always' || (p === 'unless-stopped' && !rec.ManuallyStopped && wasUp.includes(rec))) {
        rec.ManuallyStopped = false;
        this.run(rec).catch((e: unknown) => this.opts.log(`restart ${rec.Name}: ${(e as Error).message}`));
      }
    }
  }

  private onEvent(msg: FromShard): void {
    switch (msg.t) {
      case 'out': {
        if (!this.table.has(msg.cid)) return;
        this.table.log(msg.cid).append(msg.stream, msg.data);
        this.emit('output', msg.cid, msg.stream, msg.data);
        return;
      }
      case 'exit': {
        const rec = this.table.get(msg.cid);
        if (rec && this.runs.get(msg.cid) === msg.run && rec.State.Running) this.exited(rec, msg.status);
        return;
      }
      case 'exec-out':
        this.execs.output(msg.eid, msg.stream, msg.data);
        return;
      case 'exec-exit':
        this.execs.finish(msg.eid, msg.status);
        return;
      case 'log':
        this.opts.log(msg.message);
        return;
      default:
        return;
    }
  }

  /** A shard died (the pool is respawning it): its containers exit with why, and their policies apply. */
  private onDeath(shard: Shard, status: ExitStatus): void {
    this.execs.shardDied(shard, status);
    if (this.closing) return;
    for (const rec of this.table.all()) {
      if (rec.Shard === shard.index && rec.State.Running) this.exited(rec, status);
    }
  }

  /** Records an exit and applies the restart policy (or --rm). */
  private exited(rec: ContainerRecord, status: ExitStatus): void {
    const ranMs = Date.now() - Date.parse(rec.State.StartedAt);
    rec.State = {
      ...rec.State,
      Status: 'exited',
      Running: false,
      Restarting: false,
      ExitCode: status.exitCode,
      Signal: status.signal,
      OOMKilled: status.oomKilled,
      Reason: status.reason,
      FinishedAt: now(),
      Pid: 0,
    };
    const again =
      !this.closing &&
      shouldRestart(rec.RestartPolicy, status.exitCode, rec.RestartCount, rec.ManuallyStopped);
    if (again) {
      rec.State.Status = 'restarting';
      rec.State.Restarting = true;
      // Docker's backoff: doubling from 100 ms, back to the start after a run of 10 s or more.
      const delay = ranMs >= 10_000 ? restartDelayMs(0) : restartDelayMs(rec.RestartCount);
      this.timers.set(
        rec.Id,
        setTimeout(() => {
          this.timers.delete(rec.Id);
          rec.RestartCount++;
          this.run(rec, true).catch((e: unknown) =>
            this.opts.log(`restart ${rec.Name}: ${(e as Error).message}`),
          );
        }, delay),
      );
    }
    this.table.save(rec);
    this.emit('exit', rec.Id, rec.State);
    if (!again && rec.AutoRemove) void this.removeRecord(rec).catch(() => {});
  }

  /** The shard a container goes on: its network's, else the one running the fewest. */
  private place(rec: ContainerRecord): Shard {
    const net = rec.Spec.network ? this.pool.networks.find(rec.Spec.network) : undefined;
    if (net) return this.pool.shards[net.Shard] as Shard;
    const load = this.pool.shards.map(() => 0);
    for (const r of this.table.all())
      if (r.State.Running && r.Shard !== null) load[r.Shard] = (load[r.Shard] ?? 0) + 1;
    let best = 0;
    for (let i = 1; i < load.length; i++) if ((load[i] ?? 0) < (load[best] ?? 0)) best = i;
    return this.pool.shards[best] as Shard;
  }

  /** The spec as the shard's kernel gets it: the daemon's name, and the short id as host name. */
  private shardSpec(rec: ContainerRecord): ContainerSpec {
    return { ...rec.Spec, name: rec.Name, hostname: rec.Spec.hostname ?? rec.Id.slice(0, 12) };
  }

  /** Creates a container (docker create): validated, recorded, and made in a shard's kernel. */
  async create(input: CreateInput): Promise<ContainerRecord> {
    const spec = validateSpec(input.spec);
    if (spec.name !== undefined) throw new ApiError(400, 'give the name as the "name" query parameter');
    const net = spec.network;
    if (net !== undefined && !this.pool.networks.isPredefined(net) && !this.pool.networks.find(net))
      throw new ApiError(404, `network ${net} not found`);
    const rec = this.table.newRecord(spec, input.name, input.restart, input.autoRemove);
    const id = rec.Id;
    const shard = this.place(rec);
    rec.Shard = shard.index;
    this.table.add(rec);
    try {
      await this.pool.ready(shard.index);
      await shard.request({ op: 'create', cid: id, spec: this.shardSpec(rec) });
    } catch (err) {
      this.table.delete(id);
      throw apiErrorOf(err);
    }
    this.table.save(rec);
    return rec;
  }

  /**
   * Runs a container (again) on a shard; a failure to start leaves it exited with the error. `auto`:
   * a restart by policy, dropped if the container was stopped or removed while its shard came up.
   */
  private async run(rec: ContainerRecord, auto = false): Promise<void> {
    const shard = this.place(rec);
    const run = (this.runs.get(rec.Id) ?? 0) + 1;
    this.runs.set(rec.Id, run);
    let started = false;
    try {
      // After a crash the shard may still be coming up: the container is running only once it is.
      await this.pool.ready(shard.index);
      if (this.runs.get(rec.Id) !== run || !this.table.has(rec.Id) || (auto && rec.ManuallyStopped)) return;
      // A copy created on another shard (before a daemon restart or a crash) is let go.
      const old = rec.Shard !== null && rec.Shard !== shard.index ? this.pool.shards[rec.Shard] : undefined;
      if (old?.alive) void old.request({ op: 'remove', cid: rec.Id }).catch(() => {});
      rec.Shard = shard.index;
      rec.State = {
        ...createdState(),
        Status: 'running',
        Running: true,
        StartedAt: now(),
        Pid: shard.pid ?? 0,
      };
      started = true;
      this.table.save(rec);
      await shard.request({ op: 'start', cid: rec.Id, run, spec: this.shardSpec(rec) });
    } catch (err) {
      if (this.runs.get(rec.Id) === run && (rec.State.Running || !started)) {
        rec.State = {
          ...rec.State,
          Status: 'exited',
          Running: false,
          Restarting: false,
          ExitCode: 128,
          Pid: 0,
        };
        rec.State.FinishedAt = now();
        rec.State.Error = (err as Error).message;
        this.table.save(rec);
        this.emit('exit', rec.Id, rec.State);
      }
      throw apiErrorOf(err);
    }
  }

  /** docker start: false when it was already running. */
  async start(ref: string): Promise<boolean> {
    const rec = this.table.resolve(ref);
    if (rec.State.Running) return false;
    this.cancelRestart(rec);
    rec.ManuallyStopped = false;
    await this.run(rec);
    return true;
  }

  private cancelRestart(rec: ContainerRecord): boolean {
    const t = this.timers.get(rec.Id);
    if (!t) return false;
    clearTimeout(t);
    this.timers.delete(rec.Id);
    rec.State = { ...rec.State, Status: 'exited', Restarting: false };
    return true;
  }

  /** Resolves at the container's next exit. */
  nextExit(rec: ContainerRecord): Promise<ContainerState> {
    return new Promise((resolve) => {
      const on = (id: string, state: ContainerState) => {
        if (id !== rec.Id) return;
        this.off('exit', on);
        this.off('removed', gone);
        resolve(state);
      };
      const gone = (id: string) => on(id, rec.State);
      this.on('exit', on);
      this.on('removed', gone);
    });
  }

  /** docker stop: the stop signal, SIGKILL after `timeoutS`; false when it was not running. */
  async stop(ref: string, timeoutS?: number): Promise<boolean> {
    const rec = this.table.resolve(ref);
    rec.ManuallyStopped = true;
    if (!rec.State.Running) {
      const was = this.cancelRestart(rec);
      this.table.save(rec);
      return was;
    }
    const exit = this.nextExit(rec);
    const timeoutMs = timeoutS !== undefined ? timeoutS * 1000 : (rec.Spec.limits?.stopTimeoutMs ?? 10_000);
    const shard = this.pool.shards[rec.Shard ?? 0] as Shard;
    await shard.request({ op: 'stop', cid: rec.Id, timeoutMs }).catch(() => {});
    await exit;
    return true;
  }

  /** docker kill: a signal to PID 1 (409 when it is not running). */
  async kill(ref: string, signal: SignalName): Promise<void> {
    const rec = this.table.resolve(ref);
    if (!rec.State.Running) throw new ApiError(409, `Container ${rec.Id} is not running`);
    if (STOPPING.has(signal)) rec.ManuallyStopped = true;
    const shard = this.pool.shards[rec.Shard ?? 0] as Shard;
    await shard.request({ op: 'kill', cid: rec.Id, signal }).catch((e: unknown) => {
      throw apiErrorOf(e);
    });
  }

  /** docker restart: stop (when running) then start. */
  async restart(ref: string, timeoutS?: number): Promise<void> {
    const rec = this.table.resolve(ref);
    await this.stop(rec.Id, timeoutS);
    rec.ManuallyStopped = false;
    await this.run(rec);
  }

  /** docker rm: 409 for a running container unless `force` (then it is killed first). */
  async remove(ref: string, force: boolean): Promise<void> {
    const rec = this.table.resolve(ref);
    if ((rec.State.Running || rec.State.Status === 'restarting') && !force)
      throw new ApiError(
        409,
        `You cannot remove a running container ${rec.Id}. Stop the container before attempting removal or force remove`,
      );
    rec.ManuallyStopped = true;
    this.cancelRestart(rec);
    if (rec.State.Running) {
      const exit = this.nextExit(rec);
      await this.kill(rec.Id, 'SIGKILL').catch(() => {});
      await exit;
    }
    await this.removeRecord(rec);
  }

  private async removeRecord(rec: ContainerRecord): Promise<void> {
    if (!this.table.has(rec.Id)) return;
    this.table.delete(rec.Id);
    const shard = rec.Shard !== null ? this.pool.shards[rec.Shard] : undefined;
    if (shard?.alive) await shard.request({ op: 'remove', cid: rec.Id }).catch(() => {});
    this.execs.dropContainer(rec.Id);
    this.emit('removed', rec.Id);
  }

  /** Resource usage of a running container (null when it is not running). */
  async stats(rec: ContainerRecord): Promise<ContainerStats | null> {
    if (!rec.State.Running || rec.Shard === null) return null;
    try {
      return await (this.pool.shards[rec.Shard] as Shard).request({ op: 'stats', cid: rec.Id });
    } catch {
      return null;
    }
  }

  /** The shard a running container is on (409 when it is not running). */
  shardOf(rec: ContainerRecord): Shard {
    if (!rec.State.Running || rec.Shard === null)
      throw new ApiError(409, `Container ${rec.Id} is not running`);
    return this.pool.shards[rec.Shard] as Shard;
  }

  /** The shards, with how many containers run on each. */
  shardInfo(): ReturnType<ShardPool['info']> {
    return this.pool.info((i) => this.table.all().filter((r) => r.Shard === i && r.State.Running).length);
  }

  /** Whether a running container is attached to network `name`. */
  networkInUse(name: string): boolean {
    return [...this.table.all()].some((r) => r.Spec.network === name && r.State.Running);
  }

  /** Stops every container (a short grace), then the shards; what still ran is recorded as stopped. */
  async close(): Promise<void> {
    this.closing = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    const running = [...this.table.all()].filter((r) => r.State.Running);
    await Promise.all(
      running.map(async (rec) => {
        const exit = this.nextExit(rec);
        const shard = this.pool.shards[rec.Shard ?? 0] as Shard;
        const ok = await shard.request({ op: 'stop', cid: rec.Id, timeoutMs: 2000 }).then(
          () => true,
          () => false,
        );
        if (ok) await Promise.race([exit, new Promise((r) => setTimeout(r, 3000))]);
      }),
    );
    await this.pool.stop();
    for (const rec of running) {
      if (!rec.State.Running) continue;
      this.exited(rec, {
        exitCode: 137,
        signal: 'SIGKILL',
        oomKilled: false,
        reason: 'the daemon shut down',
      });
    }
    this.table.closeLogs();
  }
}
