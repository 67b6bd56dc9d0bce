// Host zone: turns the isolates' CPU figures into real CPU time. isolated-vm's per-isolate `cpuTime` is
// the isolate's wall time inside its turns (measured equal to its `wallTime`), so on a loaded host a
// descheduled turn would be charged as if it had run. The kernel cannot read a pool thread's own CPU
// clock, but Linux reports every thread's time on a CPU (/proc/self/task/*/schedstat): the threads
// other than the main one are the isolates' (plus a little of V8's and libuv's helpers). Over each
// window, real isolate CPU / isolate turn time is the factor by which turn time is charged. The state
// is process-wide by nature: it mirrors the process's threads, shared by every kernel in it.

import { readdirSync, readFileSync } from 'node:fs';

/** How often the threads' CPU is sampled, ms. */
const WINDOW_MS = 100;
/** Turn time a window needs before its factor is trusted, µs (a short window is mostly noise). */
const MIN_TURN_US = 20_000;
/** The factor never goes below this (a window where helper threads were off-CPU is no reason to stop charging). */
const MIN_FACTOR = 0.05;

/** Nanoseconds on a CPU of every thread of this process but the main one; undefined off Linux. */
function workerThreadsNs(): number | undefined {
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return undefined;
  }
  let total = 0;
  for (const tid of tids) {
    if (tid === String(process.pid)) continue;
    try {
      total += Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'latin1').split(' ')[0]);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return total;
}

let factor = 1;
let turnUs = 0;
let windowStart = Number.NEGATIVE_INFINITY;
let threadsNsAtStart: number | undefined;
let disabled = false;

function resample(now: number): void {
  // Keep accumulating until the window holds enough turn time; reading every thread's schedstat
  // (a dozen files) on each charge meanwhile would cost more than the turns being charged.
  if (threadsNsAtStart !== undefined && turnUs < MIN_TURN_US) return;
  const ns = workerThreadsNs();
  if (ns === undefined) {
    disabled = true;
    return;
  }
  if (threadsNsAtStart !== undefined) {
    const realUs = (ns - threadsNsAtStart) / 1000;
    // A negative delta means threads ended (their time left the sum): skip that window.
    if (realUs > 0) factor = Math.min(1, Math.max(MIN_FACTOR, realUs / turnUs));
  }
  threadsNsAtStart = ns;
  windowStart = now;
  turnUs = 0;
}

/**
 * The CPU time to charge for `us` µs of isolate turn time: scaled by the share of that time the
 * isolates' threads were really on a CPU in the last window (1 off Linux or on an idle host).
 */
export function realCpuUs(us: number): number {
  if (us <= 0 || disabled) return us;
  if (!resampling && performance.now() - windowStart >= WINDOW_MS) {
    // Reading a dozen /proc files takes 1-2 ms: not on the path of the exit or turn being charged.
    resampling = true;
    setImmediate(() => {
      resampling = false;
      resample(performance.now());
    }).unref();
  }
  turnUs += us;
  return us * factor;
}

let resampling = false;

/** The factor now (for stats and tests). */
export function cpuCalibrationFactor(): number {
  return factor;
}
