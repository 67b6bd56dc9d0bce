// Host zone: a live stream of a container's stats (docker stats' stream, as an async iterator): one
// sample now, then one per interval while the container runs, and a last one once it has exited.

import type { ContainerStats } from './cgroup.js';

/** What the stream samples: a container's stats and its end. */
export interface StatsSource {
  stats(): ContainerStats;
  readonly state: string;
  wait(): Promise<unknown>;
}

/** Shortest interval a stream may ask for (a tight loop of samples would only measure itself). */
export const MIN_STATS_INTERVAL_MS = 10;

/**
 * Samples `source` every `intervalMs` until it exits (the final figures are the last sample). Ending
 * the loop early (`break`, `return()`) stops the timer.
 */
export async function* statsStream(source: StatsSource, intervalMs = 1000): AsyncGenerator<ContainerStats> {
  if (typeof intervalMs !== 'number' || !Number.isFinite(intervalMs) || intervalMs < MIN_STATS_INTERVAL_MS)
    throw new RangeError(`statsStream interval must be a number of ms, at least ${MIN_STATS_INTERVAL_MS}`);
  let exited = source.state === 'exited';
  const ended = source.wait().then(() => {
    exited = true;
  });
  yield source.stats();
  while (!exited) {
    let timer: NodeJS.Timeout | undefined;
    const tick = new Promise<void>((r) => {
      timer = setTimeout(r, intervalMs);
    });
    try {
      await Promise.race([tick, ended]);
    } finally {
      clearTimeout(timer);
    }
    yield source.stats();
  }
}
