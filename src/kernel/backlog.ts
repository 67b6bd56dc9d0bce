// Host zone: bounds on what the kernel holds for a process that does not take its events. Completions
// and stream chunks wait in the process's event queue (EventLoop) until a turn hands them to the guest;
// a guest that starts reads in a loop that never yields, or lets a child flood a pipe while it spins,
// would otherwise make the host hold all of it (gigabytes in seconds). New ops fail with EAGAIN past
// MAX_BACKLOG_BYTES, and streams (pipes, sockets, request bodies, file streams) are paused past
// STREAM_HIGH_WATER and resumed when the guest has taken the queue down below STREAM_LOW_WATER, so the
// producer meets its own backpressure (a pipe's writer sees it full), as a kernel pipe would do.

import type { ReadStreamHandle } from '../fs/types.js';
import type { EventLoop } from './event-loop.js';

/** Most bytes of undelivered completions the kernel holds for one process. */
export const MAX_BACKLOG_BYTES = 256 * 1024 * 1024;
/** Queued bytes past which the kernel pauses a process's streams. */
export const STREAM_HIGH_WATER = 8 * 1024 * 1024;
/** Queued bytes under which the streams it paused flow again. */
export const STREAM_LOW_WATER = 2 * 1024 * 1024;

/** What the backlog checks need of a task. */
export interface BacklogOwner {
  readonly loop: EventLoop;
  readonly container: {
    readonly cgroup?: { readonly memory: { readonly limit: number | undefined } } | undefined;
  };
  readonly streams: ReadonlyMap<number, { readonly handle: ReadStreamHandle }>;
}

/**
 * Whether the kernel already holds as many queued bytes for `task` as it may: MAX_BACKLOG_BYTES, or the
 * container's memory limit when that is lower (the bytes are the process's, waiting to be read).
 */
export function backlogFull(task: BacklogOwner): boolean {
  const limit = task.container.cgroup?.memory.limit ?? Number.POSITIVE_INFINITY;
  return task.loop.backlogBytes >= Math.min(MAX_BACKLOG_BYTES, limit);
}

/**
 * The streams the kernel paused for one process because its queue ran full. The guest's own
 * pause/resume is tracked beside it, so the kernel never resumes a stream the guest paused.
 */
export class StreamThrottle {
  private readonly paused = new Set<number>();
  private readonly guestPaused = new Set<number>();

  constructor(private readonly task: BacklogOwner) {}

  /** A chunk of stream `id` was queued: pause the stream while the queue is past the high-water mark. */
  afterChunk(id: number): void {
    if (this.task.loop.backlogBytes < STREAM_HIGH_WATER || this.paused.has(id)) return;
    const s = this.task.streams.get(id);
    if (!s) return;
    this.paused.add(id);
    s.handle.pause();
  }

  /** The guest paused (true) or resumed (false) stream `id` itself. */
  guest(id: number, paused: boolean): void {
    if (paused) this.guestPaused.add(id);
    else this.guestPaused.delete(id);
  }

  /** The stream ended or was closed. */
  forget(id: number): void {
    this.paused.delete(id);
    this.guestPaused.delete(id);
  }

  /** After a turn: once the guest has taken the queue down, the streams the kernel paused flow again. */
  afterTurn(): void {
    if (this.paused.size === 0 || this.task.loop.backlogBytes > STREAM_LOW_WATER) return;
    for (const id of this.paused) {
      this.paused.delete(id);
      if (this.guestPaused.has(id)) continue;
      this.task.streams.get(id)?.handle.resume();
    }
  }
}
