// Host zone: the dispatch scheduler. Guest turns run on isolated-vm's thread pool; left alone, every
// runnable process would get a thread at once and `--cpu-shares` would mean nothing. The scheduler
// admits at most `slots` turns at a time (one per core) and, when turns wait, gives the next slot to
// the group with the least weighted CPU time (CFS's virtual runtime: usage × 1024 / shares).

export interface SchedGroup {
  /** CPU time used so far, µs. */
  readonly usageUs: number;
  /** Relative weight (Docker's --cpu-shares, default 1024). */
  readonly shares: number;
}

interface Waiter {
  group: SchedGroup;
  grant: () => void;
  seq: number;
}

export class Scheduler {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private seq = 0;

  constructor(readonly slots: number) {}

  /** Resolves when the caller may start a turn; call the returned release when the turn ends. */
  acquire(group: SchedGroup): Promise<() => void> | (() => void) {
    if (this.running < this.slots && this.waiting.length === 0) {
      this.running++;
      return this.releaser();
    }
    return new Promise((resolve) => {
      this.waiting.push({ group, seq: this.seq++, grant: () => resolve(this.releaser()) });
    });
  }

  get queued(): number {
    return this.waiting.length;
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.next();
    };
  }

  private next(): void {
    while (this.running < this.slots && this.waiting.length > 0) {
      let best = 0;
      for (let i = 1; i < this.waiting.length; i++) {
        const a = this.waiting[i] as Waiter;
        const b = this.waiting[best] as Waiter;
        const va = vruntime(a.group);
        const vb = vruntime(b.group);
        if (va < vb || (va === vb && a.seq < b.seq)) best = i;
      }
      const [w] = this.waiting.splice(best, 1);
      this.running++;
      w?.grant();
    }
  }
}

function vruntime(g: SchedGroup): number {
  return (g.usageUs * 1024) / Math.max(2, g.shares);
}
