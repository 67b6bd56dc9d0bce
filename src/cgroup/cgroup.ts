// Host zone: a container's cgroup: its controllers (cpu, memory, pids, files), the accounting that
// feeds `stats()`, and the hooks the event loop calls around every guest turn.

import type { Limits } from '../kernel/spec.js';
import { CpuController } from './cpu.js';
import { MemoryController, type MemorySample } from './memory.js';
import type { Scheduler } from './scheduler.js';
import { type StorageQuota, storageQuotaFor } from './storage.js';

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
  /** Heaps + file bytes; `reservation` is the soft target (--memory-reservation), reported only. */
  memory: { usage: number; limit: number | null; reservation: number | null; peak: number; oomKills: number };
  pids: { current: number; limit: number | null };
  /** Bytes of regular files read and written (docker stats' block I/O), and the writable layer's size. */
  fs: { readBytes: number; writtenBytes: number; usage: number; limit: number | null };
  /** Bytes the container's processes read and wrote on sockets; while running, also its open
   * connections, the connections refused at its limit, and egress refused by its policy. */
  net: { rxBytes: number; txBytes: number; connections?: number; refused?: number; egressDenied?: number };
}

/** The smallest heap an isolate is given: the runtime's own boot needs about 10 MiB. */
const MIN_ISOLATE_HEAP_MB = 12;

/** The V8 heap limit, MiB, of each process under `limits` (undefined: the kernel's default). */
export function isolateHeapMbFor(limits: Limits): number | undefined {
  const bytes = limits.memory;
  return bytes ? Math.max(MIN_ISOLATE_HEAP_MB, Math.floor(bytes / (1024 * 1024))) : undefined;
}

/** The release of a turn that took no scheduler slot. */
function noRelease(): void {}

export class Cgroup {
  readonly cpu: CpuController;
  readonly memory: MemoryController;
  /** Bytes of the writable layer and tmpfs mounts (they count against memory too). */
  readonly storage: StorageQuota;
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
    this.storage = storageQuotaFor(limits);
    this.pidsLimit = limits.pids;
    this.shares = limits.cpuShares ?? 1024;
  }

  /**
   * The heap limit of each of its isolates: the memory limit, or undefined for the kernel default.
   * Never below what the runtime needs to boot (about 10 MiB of heap): under a smaller limit the
   * process boots and the OOM killer ends it after a turn that ends over the limit (137).
   */
  isolateHeapMb(): number | undefined {
    return isolateHeapMbFor(this.limits);
  }

  /** Records memory (heaps plus file bytes); past the limit, the pid the OOM killer picks. */
  oomVictim(heaps: MemorySample[]): number | undefined {
    return this.memory.check(heaps, this.storage.usedBytes);
  }

  get usageUs(): number {
    return this.cpu.usageUs;
  }

  /**
   * Waits until this group may run a turn: throttled while over its CPU quota, then queued for a
   * scheduler slot. Returns the slot's release function.
   */
  admit(): Promise<() => void> | (() => void) {
    // Admitted at once (the common case) without a promise: the turn is then dispatched in the
    // caller's macrotask, before whatever else the caller does (see EventLoop.postNow).
    if (this.cpu.delay() > 0) return this.admitThrottled();
    return this.scheduler ? this.scheduler.acquire(this) : noRelease;
  }

  private async admitThrottled(): Promise<() => void> {
    for (let wait = this.cpu.delay(); wait > 0; wait = this.cpu.delay()) {
      await new Promise((r) => setTimeout(r, wait));
    }
    return this.scheduler ? this.scheduler.acquire(this) : noRelease;
  }

  /** The figures now, given the live processes' heaps. */
  stats(current: { pids: number; heaps: MemorySample[] }): ContainerStats {
    const memoryUsage = current.heaps.reduce((n, s) => n + s.bytes, 0) + this.storage.usedBytes;
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
        usage: memoryUsage,
        limit: this.limits.memory ?? null,
        reservation: this.limits.memoryReservation ?? null,
        peak: Math.max(this.memory.peak, memoryUsage),
        oomKills: this.memory.oomKills,
      },
      pids: { current: current.pids, limit: this.pidsLimit ?? null },
      fs: {
        readBytes: this.fsReadBytes,
        writtenBytes: this.fsWrittenBytes,
        usage: this.storage.usedBytes,
        limit: Number.isFinite(this.storage.limit) ? this.storage.limit : null,
      },
      net: { rxBytes: this.netRxBytes, txBytes: this.netTxBytes },
    };
  }
}
