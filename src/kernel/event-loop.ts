// Host zone: the kernel's half of a process's event loop (libuv's part). It queues events for the
// guest, delivers them one macrotask at a time, arms one host timer for the guest's earliest timer,
// counts the host-side handles that keep the process alive, and notices when nothing is left.

import type { GuestEvent, LoopState } from '../abi/wire.js';

export interface LoopHooks {
  /** Runs one event in the guest; rejects when the isolate died or threw past the runtime. */
  deliver(ev: GuestEvent): Promise<LoopState>;
  /** The dispatch failed (isolate disposed, OOM, an unhandled rejection escaping the turn). */
  failed(err: unknown): void;
  /** Waits for permission to run a turn (cgroup throttling, scheduler slot); returns the release. */
  admit?(): Promise<() => void> | (() => void);
  /** Runs after every turn (CPU and memory accounting). */
  after?(): void;
  /** Called every `maxTurnMs` while one turn runs; the task decides (by CPU time) whether to kill. */
  overrun?(): void;
  /** Watchdog for runaway synchronous code, in ms (undefined: none). */
  readonly maxTurnMs?: number | undefined;
}

/**
 * Work the kernel does in the isolate between guest turns (compiling, linking and evaluating an ES
 * module graph). It runs as its own turn: nothing else is dispatched while it runs.
 */
export type HostTurn = () => Promise<void>;

type Item = GuestEvent | { t: 'host'; run: HostTurn };

/** What a queued event costs the host beside its payload (the record, the queue slot). */
const EVENT_OVERHEAD = 64;

/**
 * Roughly how many host bytes a queued event holds: its bytes and strings one level deep (a file's
 * contents, a directory listing), plus a fixed overhead, so a flood of small completions counts too.
 */
export function heldBytes(item: Item): number {
  if (item.t === 'data') return EVENT_OVERHEAD + (item.chunk?.byteLength ?? 0);
  if (item.t !== 'done') return EVENT_OVERHEAD;
  const v = item.value;
  if (typeof v === 'string') return EVENT_OVERHEAD + v.length;
  if (v instanceof Uint8Array) return EVENT_OVERHEAD + v.byteLength;
  if (typeof v !== 'object' || v === null) return EVENT_OVERHEAD;
  let n = EVENT_OVERHEAD;
  for (const x of Array.isArray(v) ? v : Object.values(v)) {
    if (typeof x === 'string') n += x.length + 16;
    else if (x instanceof Uint8Array) n += x.byteLength + 16;
    else n += 16;
  }
  return n;
}

export class EventLoop {
  private readonly queue: Item[] = [];
  /** heldBytes() of everything in the queue: what the kernel holds for the guest until it takes it. */
  private held = 0;
  private busy = false;
  private scheduled = false;
  private stopped = false;
  /** SIGSTOP: events queue up but none is dispatched until resume (SIGCONT). */
  private paused = false;
  private state: LoopState = { refs: 0, timer: -1, ready: false };
  private timer: NodeJS.Timeout | undefined;
  private hostRefs = 0;
  private tickQueued = false;
  private idlePhase: 'none' | 'beforeExit' | 'exit' = 'none';
  /** The scheduler slot of the running turn. */
  private slot: (() => void) | undefined;
  /** Work to run just before the next turn is taken from the queue (see beforeTurn). */
  private beforeNext: Array<(live: boolean) => void> = [];

  constructor(private readonly hooks: LoopHooks) {}

  /** Queues an event; it runs after those already queued. */
  post(ev: GuestEvent): void {
    if (this.stopped) return;
    if (ev.t === 'tick') {
      if (this.tickQueued) return;
      this.tickQueued = true;
    }
    this.push(ev);
    this.kick();
  }

  private push(item: Item): void {
    this.held += heldBytes(item);
    this.queue.push(item);
  }

  private take(item: Item | undefined): Item | undefined {
    if (item) this.held -= heldBytes(item);
    return item;
  }

  /** Host bytes held in queued events the guest has not taken yet (see heldBytes). */
  get backlogBytes(): number {
    return this.held;
  }

  /**
   * The running turn is about to block (a synchronous wait on the kernel, e.g. spawnSync): give its
   * scheduler slot back so the processes it waits for can run.
   */
  releaseSlot(): void {
    this.slot?.();
  }

  /** Removes and returns the first queued event matching `pred` (a completion a blocked turn awaits). */
  takeQueued(pred: (ev: GuestEvent) => boolean): GuestEvent | undefined {
    const i = this.queue.findIndex((item) => item.t !== 'host' && pred(item));
    if (i === -1) return undefined;
    const [ev] = this.queue.splice(i, 1);
    this.take(ev);
    return ev && ev.t !== 'host' ? ev : undefined;
  }

  /**
   * Runs `fn(true)` just before the next turn is taken from the queue (now, if nothing else runs, on
   * the next pass), so work that piles up while the guest is busy (requests arriving on a served
   * port) can be handed over as one completion instead of one each. If the loop stops first,
   * `fn(false)` runs instead, so what it holds can be released.
   */
  beforeTurn(fn: (live: boolean) => void): void {
    if (this.stopped) {
      fn(false);
      return;
    }
    this.beforeNext.push(fn);
    this.kick();
  }

  /** Whether a turn is running now. */
  get running(): boolean {
    return this.busy;
  }

  /** Queues a host turn; it runs after the events already queued, never during a guest turn. */
  postHost(run: HostTurn): void {
    if (this.stopped) return;
    this.push({ t: 'host', run });
    this.kick();
  }

  /** A host-side handle (pending op, open stream, server) that keeps the process alive. */
  ref(): void {
    this.hostRefs++;
  }

  unref(): void {
    this.hostRefs--;
    if (this.hostRefs < 0) this.hostRefs = 0;
    this.kick();
  }

  get refs(): number {
    return this.hostRefs;
  }

  /** Events (and host turns) waiting to be dispatched. */
  get queued(): number {
    return this.queue.length;
  }

  /** Job-control stop: the running turn (if any) finishes; nothing more runs until resume(). */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.kick();
  }

  get isPaused(): boolean {
    return this.paused;
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.held = 0;
    for (const fn of this.beforeNext.splice(0)) fn(false);
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * Posts `ev` and, when nothing else is queued or running, dispatches it now instead of on the next
   * macrotask: a process's `main` then starts on its thread while the caller finishes its own work
   * (the guest's syscalls are served only once this thread is free).
   */
  postNow(ev: GuestEvent): void {
    if (this.stopped) return;
    this.push(ev);
    if (this.busy || this.scheduled || this.paused || this.queue.length > 1) this.kick();
    else void this.pump();
  }

  private kick(): void {
    if (this.busy || this.scheduled || this.stopped || this.paused) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.busy || this.stopped || this.paused) return;
    if (this.beforeNext.length > 0) for (const fn of this.beforeNext.splice(0)) fn(true);
    if (this.stopped) return;
    const ev = this.take(this.queue.shift());
    if (!ev) {
      this.checkIdle();
      return;
    }
    if (ev.t === 'tick') this.tickQueued = false;
    if (ev.t !== 'beforeExit' && ev.t !== 'exit') this.idlePhase = 'none';
    this.busy = true;
    const admitted = this.hooks.admit?.();
    const release = admitted instanceof Promise ? await admitted : admitted;
    if (this.stopped) {
      release?.();
      return;
    }
    this.slot = release;
    // The watchdog polls; the task decides by CPU time, so a turn blocked in the kernel is not killed.
    const watchdog =
      this.hooks.maxTurnMs !== undefined
        ? setInterval(() => this.hooks.overrun?.(), this.hooks.maxTurnMs)
        : undefined;
    // A host turn (module evaluation) leaves the guest's loop state as it was; the completion it
    // posts reports the new one. A guest turn answers with the loop state.
    let outcome: { ok: true; state: LoopState | undefined } | { ok: false; err: unknown };
    try {
      if (ev.t === 'host') {
        await ev.run();
        outcome = { ok: true, state: undefined };
      } else {
        outcome = { ok: true, state: await this.hooks.deliver(ev) };
      }
    } catch (err) {
      outcome = { ok: false, err };
    }
    this.busy = false;
    if (watchdog) clearInterval(watchdog);
    this.slot = undefined;
    release?.();
    if (this.stopped) return;
    this.hooks.after?.();
    if (this.stopped) return;
    if (!outcome.ok) {
      this.hooks.failed(outcome.err);
      // The turn ran (and may have scheduled work) even though it ended in an error: ask again.
      this.post({ t: 'tick' });
      return;
    }
    if (outcome.state) {
      this.state = outcome.state;
      this.armTimer();
      if (this.state.ready) this.post({ t: 'tick' });
    }
    this.kick();
  }

  private armTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.state.timer < 0 || this.state.ready) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.post({ t: 'tick' });
    }, this.state.timer);
  }

  /** Nothing queued, nothing running: if nothing keeps the process alive, run beforeExit, then exit. */
  private checkIdle(): void {
    if (this.state.refs > 0 || this.hostRefs > 0 || this.state.ready) return;
    if (this.idlePhase === 'none') {
      this.idlePhase = 'beforeExit';
      this.post({ t: 'beforeExit' });
    } else if (this.idlePhase === 'beforeExit') {
      this.idlePhase = 'exit';
      this.post({ t: 'exit' });
    }
  }
}
