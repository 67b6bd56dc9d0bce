// Host zone: the memory controller. Usage = every process's V8 heap and external memory + the bytes
// of the container's writable layer and tmpfs. Each isolate is also given the container's limit as its
// own heap limit (isolated-vm's limit is a guide that can be overshot), and after every turn the
// kernel checks the total: past the limit the OOM killer ends the largest process.

export interface MemorySample {
  pid: number;
  /** Heap used + external (ArrayBuffer) bytes of the process's isolate. */
  bytes: number;
}

export class MemoryController {
  peak = 0;
  /** Processes killed for memory, by this controller or by V8's own heap limit. */
  oomKills = 0;
  lastUsage = 0;

  constructor(
    readonly limit: number | undefined,
    readonly reservation: number | undefined,
  ) {}

  /**
   * Records usage; returns the pid the OOM killer picks (the largest process) when over the limit.
   * `fsBytes` counts against the limit but cannot be reclaimed by killing a process.
   */
  check(samples: MemorySample[], fsBytes: number): number | undefined {
    const total = samples.reduce((n, s) => n + s.bytes, 0) + fsBytes;
    this.lastUsage = total;
    if (total > this.peak) this.peak = total;
    if (this.limit === undefined || total <= this.limit || samples.length === 0) return undefined;
    let victim = samples[0] as MemorySample;
    for (const s of samples) if (s.bytes > victim.bytes) victim = s;
    return victim.pid;
  }
}
