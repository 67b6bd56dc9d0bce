// Host zone: the cpu controller. CPU time comes from the isolates' own accounting (isolated-vm's
// cpuTime: time inside turns, so time a process spends waiting between turns does not count; it is
// wall time, so a descheduled turn is charged too) plus the host's time serving their syscalls. A container over its quota in the
// current period has its next dispatches held until the period ends (throttling). Shares are used by
// the scheduler (scheduler.ts), which orders busy containers' turns.

export interface CpuLimits {
  /** Cores (0.5 = half a core); undefined = unlimited. */
  cpus?: number | undefined;
  /** Relative weight, Docker's default 1024. */
  shares?: number | undefined;
}

export const CPU_PERIOD_MS = 100;

export class CpuController {
  private periodStart: number;
  private usedInPeriodUs = 0;
  /** Total CPU time charged, µs. */
  usageUs = 0;
  throttledPeriods = 0;
  throttledTimeMs = 0;
  private throttledThisPeriod = false;

  constructor(
    readonly limits: CpuLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.periodStart = now();
  }

  get quotaUs(): number | undefined {
    return this.limits.cpus === undefined ? undefined : this.limits.cpus * CPU_PERIOD_MS * 1000;
  }

  private roll(): void {
    const t = this.now();
    if (t - this.periodStart < CPU_PERIOD_MS) return;
    const periods = Math.floor((t - this.periodStart) / CPU_PERIOD_MS);
    this.periodStart += periods * CPU_PERIOD_MS;
    // Debt carries over: a turn that overran the quota is paid back in the following periods.
    const quota = this.quotaUs;
    this.usedInPeriodUs = quota === undefined ? 0 : Math.max(0, this.usedInPeriodUs - periods * quota);
    this.throttledThisPeriod = false;
  }

  /** Records CPU time a process of this group used. */
  charge(us: number): void {
    if (us <= 0) return;
    this.roll();
    this.usageUs += us;
    this.usedInPeriodUs += us;
  }

  /** ms to hold the next dispatch (0: go now). */
  delay(): number {
    const quota = this.quotaUs;
    if (quota === undefined) return 0;
    this.roll();
    if (this.usedInPeriodUs < quota) return 0;
    if (!this.throttledThisPeriod) {
      this.throttledThisPeriod = true;
      this.throttledPeriods++;
    }
    // Whole periods of debt, plus what is left of this one.
    const debtPeriods = Math.floor((this.usedInPeriodUs - quota) / quota);
    const wait = this.periodStart + CPU_PERIOD_MS * (debtPeriods + 1) - this.now();
    this.throttledTimeMs += Math.max(0, wait);
    return Math.max(1, Math.ceil(wait));
  }
}
