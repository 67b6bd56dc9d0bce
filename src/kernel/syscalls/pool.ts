// Host zone: heavy library work (key generation, key derivation, one-shot compression) runs on libuv's
// thread pool through node's async APIs, never on the kernel's main thread, where one tenant's
// seconds-long call would stall every container. The guest's *Sync forms reach it as blocking ops
// (runtime/internal/block.ts). Each job's time is charged to its process as system time, and a
// container may hold only POOL_LIMITS.perContainer of the pool's threads at once, so one tenant cannot
// occupy the whole pool and delay its neighbours' jobs behind its own; the rest wait in its own queue.

import type { AsyncOp, Task, TaskHost } from '../task.js';
import { libError } from './lib-error.js';

/** libuv's pool size: 4 unless UV_THREADPOOL_SIZE (read by libuv when the pool starts) says otherwise. */
const POOL_THREADS = Math.max(1, Math.min(1024, Math.floor(Number(process.env.UV_THREADPOOL_SIZE)) || 4));

/** Limits, all in one place. */
export const POOL_LIMITS = {
  /**
   * Pool threads one container's jobs may hold at once: the other half stays free for the other
   * containers.
   */
  perContainer: 2,
  /**
   * Heavy jobs running at once, every container's together: one thread is always left for the rest of
   * the kernel's pool work (file reads of the image store, DNS lookups, fs streams), which would queue
   * behind seconds-long jobs otherwise. Containers waiting for a thread get one in turn.
   */
  total: Math.max(1, POOL_THREADS - 1),
} as const;

/** Node's callback of the job: its error (a library failure, crossing as a LibError) or its value. */
export type PoolDone = (err: Error | null, value?: unknown) => void;

/** Starts node's async call; arguments were validated before, so a throw here is node's own check. */
export type PoolJob = (done: PoolDone) => void;

interface Queued {
  task: Task;
  op: AsyncOp;
  start: (free: () => void) => void;
}

interface Lane {
  running: number;
  waiting: Queued[];
}

const lanes = new WeakMap<TaskHost, Lane>();

// The pool is the host process's (libuv's), so its occupancy is too: shared by every kernel here.
/** Heavy jobs on the pool now, all containers together. */
let running = 0;
/** Lanes holding jobs back for want of a thread under `total`, in the order they started waiting. */
const held = new Set<Lane>();

function laneOf(host: TaskHost): Lane {
  let lane = lanes.get(host);
  if (!lane) {
    lane = { running: 0, waiting: [] };
    lanes.set(host, lane);
  }
  return lane;
}

/**
 * Runs `job` on the pool for `task`'s op, now or when its container has a free lane, and completes the
 * op with its value or its library error as data. A job queued for a process that died meanwhile is
 * dropped unstarted; one already running finishes in the background and its result is dropped (a dead
 * task posts nothing).
 */
export function onPool(task: Task, op: AsyncOp, syscall: string, job: PoolJob): void {
  withLane(task, op, (free) => {
    let settled = false;
    const done: PoolDone = (err, value) => {
      if (settled) return;
      settled = true;
      free();
      complete(op, syscall, err, value);
    };
    try {
      job(done);
    } catch (err) {
      // node validates some parameters before it queues the job (scrypt's N, r, p): its error, as data.
      done(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/**
 * Calls `start(free)` when `task`'s container has a free lane: the caller starts its pool work and calls
 * `free` once it is over (more calls are ignored); the time between is charged to the process as
 * system time. Skipped when the process died or the op was finished (cancelled) while it waited.
 */
export function withLane(task: Task, op: AsyncOp, start: (free: () => void) => void): void {
  const lane = laneOf(task.container);
  lane.waiting.push({ task, op, start });
  drain(lane);
}

/** A container's jobs on the pool now and waiting for a lane (stats, tests). */
export function poolLoad(host: TaskHost): { running: number; waiting: number } {
  const lane = lanes.get(host);
  return { running: lane?.running ?? 0, waiting: lane?.waiting.length ?? 0 };
}

function drain(lane: Lane): void {
  while (lane.running < POOL_LIMITS.perContainer) {
    if (running >= POOL_LIMITS.total) {
      if (lane.waiting.length > 0) held.add(lane);
      return;
    }
    const next = lane.waiting.shift();
    if (!next) return;
    if (!next.task.alive || next.op.finished) continue;
    lane.running++;
    running++;
    const t0 = performance.now();
    let freed = false;
    const free = (): void => {
      if (freed) return;
      freed = true;
      lane.running--;
      running--;
      // Wall time from start to end: the job's CPU on an idle pool, more when the pool is busy.
      next.task.guest.chargeSystem((performance.now() - t0) * 1000);
      // Containers that waited for a thread go first, in turn; then this one's own queue.
      for (const waiting of held) {
        if (running >= POOL_LIMITS.total) break;
        held.delete(waiting);
        drain(waiting);
      }
      drain(lane);
    };
    try {
      next.start(free);
    } catch (err) {
      free();
      next.task.onHostError(err);
      next.op.done({ code: 'EIO', syscall: 'pool' });
    }
  }
}

function complete(op: AsyncOp, syscall: string, err: Error | null, value: unknown): void {
  if (!err) {
    op.done(null, value === undefined ? null : value);
    return;
  }
  try {
    op.done(null, libError(err));
  } catch {
    op.done({ code: 'EIO', syscall });
  }
}
