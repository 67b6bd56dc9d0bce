// Host zone: the kernel's monotonic clock, in ms since the kernel module loaded: what guests read as
// `time.monotonic`, and what a process's start time is stamped with so its performance.now() and
// process.uptime() count from its own start, as Node's do.

const epoch = performance.now();

/** Milliseconds on the kernel's monotonic clock (small, never tied to host uptime). */
export function monotonicMs(): number {
  return performance.now() - epoch;
}
