// Host zone: a token bucket (Firecracker's rate limiter shape): `capacity` tokens, refilled at `rate`
// per second. Used for net bytes/s and anywhere a rate must be capped without a timer per caller.

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly rate: number,
    readonly capacity: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
  }

  /** Takes up to `n` tokens; returns how many were granted (0 when empty). */
  take(n: number): number {
    this.refill();
    const granted = Math.min(n, Math.floor(this.tokens));
    this.tokens -= granted;
    return granted;
  }

  /** ms until `n` tokens will be available (0 if they are now). */
  waitFor(n: number): number {
    this.refill();
    if (this.tokens >= n) return 0;
    return Math.ceil(((Math.min(n, this.capacity) - this.tokens) / this.rate) * 1000);
  }

  /** Takes `n` tokens even past empty (a debt for bytes already sent); ms until the debt is paid. */
  consume(n: number): number {
    this.refill();
    this.tokens -= n;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.rate) * 1000);
  }
}
