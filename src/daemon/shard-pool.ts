// Host zone (daemon): the pool of kernel shards: starts them, respawns one that dies (ever more slowly
// when it keeps dying), and keeps the user-defined networks pinned to each re-created in it. It turns
// a shard's death into the exit status its containers get.

import { EventEmitter } from 'node:events';
import { constants as osConstants } from 'node:os';
import type { ExitStatus } from '../kernel/task.js';
import { ApiError } from './http.js';
import { type NetworkRecord, NetworkRegistry } from './networks.js';
import type { FromShard } from './protocol.js';
import { Shard, type ShardDeath } from './shard.js';

/** Deaths within this window count towards the respawn backoff. */
const CRASH_WINDOW_MS = 60_000;

/** The exit status of a container whose shard died. */
export function crashStatus(death: ShardDeath): ExitStatus {
  const why = death.signal ? `killed by ${death.signal}` : `exited with code ${death.code}`;
  const signo = death.signal ? osConstants.signals[death.signal] : undefined;
  return {
    exitCode: signo !== undefined ? 128 + signo : death.code || 255,
    signal: null,
    oomKilled: false,
    reason: `shard crashed (${why})`,
  };
}

/**
 * The shards. Events: 'event' (a shard's FromShard event), 'death' (shard, ExitStatus for its
 * containers) after the respawn has been scheduled.
 */
export class ShardPool extends EventEmitter {
  readonly shards: Shard[];
  readonly networks: NetworkRegistry;
  private readonly booting = new Map<number, Promise<void>>();
  private readonly deaths = new Map<number, number[]>();
  private closing = false;

  constructor(
    count: number,
    home: string,
    private readonly log: (m: string) => void,
    warmPool = 0,
  ) {
    super();
    this.networks = new NetworkRegistry(home);
    const env = { ...process.env, TSVIRT_HOME: home, TSVIRT_SHARD_WARM_POOL: String(warmPool) };
    this.shards = Array.from({ length: count }, (_, i) => new Shard(i, env));
    for (const shard of this.shards) {
      shard.on('event', (msg: FromShard) => this.emit('event', msg));
      shard.on('death', (d: ShardDeath) => this.onDeath(shard, d));
    }
  }

  /** Starts every shard. */
  async start(): Promise<void> {
    await Promise.all(this.shards.map((s) => this.boot(s, 0)));
  }

  /** Shard `index`, once it is up (a shard being respawned is waited for). */
  async ready(index: number): Promise<Shard> {
    await this.booting.get(index);
    return this.shards[index] as Shard;
  }

  /** (Re)starts a shard after `delayMs` and re-creates the networks pinned to it. */
  private boot(shard: Shard, delayMs: number): Promise<void> {
    const p = (async () => {
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      await shard.spawn();
      for (const n of this.networks.onShard(shard.index)) {
        const made = await shard.request({
          op: 'net-create',
          name: n.Name,
          ...(n.Subnet ? { subnet: n.Subnet } : {}),
        });
        if (!n.Subnet) this.networks.add({ ...n, Subnet: made.subnet });
      }
    })();
    this.booting.set(shard.index, p);
    p.catch((e: unknown) => this.log(`shard ${shard.index}: ${(e as Error).message}`));
    return p;
  }

  private onDeath(shard: Shard, death: ShardDeath): void {
    const status = crashStatus(death);
    if (this.closing) return;
    this.log(`shard ${shard.index} ${status.reason.replace('shard ', '')}; restarting it`);
    // A shard that keeps dying is respawned ever more slowly (at most every 30 s).
    const recent = (this.deaths.get(shard.index) ?? []).filter((t) => Date.now() - t < CRASH_WINDOW_MS);
    recent.push(Date.now());
    this.deaths.set(shard.index, recent);
    const delay = recent.length <= 3 ? 0 : Math.min(30_000, 500 * 2 ** (recent.length - 3));
    void this.boot(shard, delay);
    this.emit('death', shard, status);
  }

  /** Creates a user-defined network, pinned to the shard with the fewest. */
  async createNetwork(name: string, subnet: string | undefined): Promise<NetworkRecord> {
    const counts = this.shards.map((s) => this.networks.onShard(s.index).length);
    const best = counts.indexOf(Math.min(...counts));
    const n = this.networks.plan(name, best, subnet);
    const shard = await this.ready(best);
    const made = await shard.request({ op: 'net-create', name, ...(subnet !== undefined ? { subnet } : {}) });
    n.Subnet = made.subnet;
    this.networks.add(n);
    return n;
  }

  /** Removes a user-defined network; `inUse` says whether a running container is attached. */
  async removeNetwork(ref: string, inUse: (name: string) => boolean): Promise<void> {
    if (this.networks.isPredefined(ref))
      throw new ApiError(403, `${ref} is a pre-defined network and cannot be removed`);
    const n = this.networks.find(ref);
    if (!n) throw new ApiError(404, `network ${ref.slice(0, 80)} not found`);
    if (inUse(n.Name))
      throw new ApiError(
        409,
        `error while removing network: network ${n.Name} id ${n.Id} has active endpoints`,
      );
    const shard = this.shards[n.Shard];
    if (shard?.alive) await shard.request({ op: 'net-rm', name: n.Name }).catch(() => {});
    this.networks.delete(n.Name);
  }

  /** The shards as the API shows them; `running(i)` counts the containers running on shard i. */
  info(
    running: (index: number) => number,
  ): Array<{ Index: number; Pid: number; Generation: number; Running: number }> {
    return this.shards.map((s) => ({
      Index: s.index,
      Pid: s.pid ?? 0,
      Generation: s.generation,
      Running: running(s.index),
    }));
  }

  /** Stops every shard (their containers die with them). */
  async stop(): Promise<void> {
    this.closing = true;
    await Promise.all(this.shards.map((s) => s.stop()));
  }
}
