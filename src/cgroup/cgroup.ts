// Host zone: a container's cgroup: its controllers (cpu, memory, pids, files), the accounting that
// feeds `stats()`, and the hooks the event loop calls around every guest turn.

import type { Limits } from '../kernel/spec.js';
import { CpuController } from './cpu.js';
import { MemoryController } from './memory.js';
import type { Scheduler } from './scheduler.js';

/** What `container.stats()` reports (Docker's stats, in plain units). */
export interface ContainerStats {
  read: string;
  cpu: {
    usageUs: number;
    percent: number;
    throttledPeriods: number;
    throttledTimeMs: number;
    limitCpus: number | null;
  };
  memory: { usage: number; limit: number | null; peak: number; oomKills: number };
  pids: { current: number; limit: number | null };
  fs: { readBytes: number; writtenBytes: number };
  /** Bytes the container's processes read and wrote on sockets; while running, also its open
   * connections, the connections refused at its limit, and egress refused by its policy. */
  net: { rxBytes: number; txBytes: number; connections?: number; refused?: number; egressDenied?: number };
}

export class Cgroup {
  readonly cpu: CpuController;
  readonly memory: MemoryController;
  readonly pidsLimit: number | undefined;
  readonly shares: number;
  fsReadBytes = 0;
  fsWrittenBytes = 0;
  netRxBytes = 0;
  netTxBytes = 0;
  private lastSampleAt = performance.now();
  private lastSampleUs = 0;

  constructor(
    readonly limits: Limits,
    private readonly scheduler: Scheduler | undefined,
  ) {
    this.cpu = new CpuController({ cpus: limits.cpus, shares: limits.cpuShares });
    this.memory = new MemoryController(limits.memory, limits.memoryReservation);
    this.pidsLimit = limits.pids;
    this.shares = limits.cpuShares ?? 1024;
  }

  get usageUs(): number {
    return this.cpu.usageUs;
  }

  /**
   * Waits until this group may run a turn: throttled while over its CPU quota, then queued for a
   * scheduler slot. Returns the slot's release function.
   */
  async admit(): Promise<() => void> {
    for (let wait = this.cpu.delay(); wait > 0; wait = this.cpu.delay()) {
      await new Promise((r) => setTimeout(r, wait));
    }
    if (!this.scheduler) return () => {};
    return this.scheduler.acquire(this);
  }

  stats(current: { pids: number; memoryUsage: number }): ContainerStats {
    const now = performance.now();
    const dt = now - this.lastSampleAt;
    const du = this.cpu.usageUs - this.lastSampleUs;
    const percent = dt > 0 ? (du / 1000 / dt) * 100 : 0;
    this.lastSampleAt = now;
    this.lastSampleUs = this.cpu.usageUs;
    return {
      read: new Date().toISOString(),
      cpu: {
        usageUs: this.cpu.usageUs,
        percent: Math.round(percent * 100) / 100,
        throttledPeriods: this.cpu.throttledPeriods,
        throttledTimeMs: Math.round(this.cpu.throttledTimeMs),
        limitCpus: this.limits.cpus ?? null,
      },
      memory: {
        usage: current.memoryUsage,
        limit: this.limits.memory ?? null,
        peak: this.memory.peak,
        oomKills: this.memory.oomKills,
      },
      pids: { current: current.pids, limit: this.pidsLimit ?? null },
      fs: { readBytes: this.fsReadBytes, writtenBytes: this.fsWrittenBytes },
      net: { rxBytes: this.netRxBytes, txBytes: this.netTxBytes },
    };
  }
}
