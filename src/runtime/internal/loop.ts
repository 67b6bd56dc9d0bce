// Guest zone: the guest's half of the event loop. The kernel owns waiting (it knows when I/O completes
// and when the next timer is due); the runtime owns ordering: timers by deadline then creation, then
// immediates, with process.nextTick and microtasks drained after every callback, as libuv + Node do.
// Every dispatch runs exactly one callback, so microtasks drain between callbacks exactly as in Node.

import type { LoopState } from '../../abi/wire.js';

const now = (): number => performanceNow();
let performanceNow: () => number = () => Date.now();

/** Lets the bootstrap install the monotonic clock (it comes from the kernel). */
export function setClock(fn: () => number): void {
  // Not read here: each read is a crossing, made only when something needs the time (see loopNow).
  performanceNow = fn;
}

// The loop time timers start from: read from the kernel's clock when a callback first needs it (its
// first timer, or an interval's rescheduling; Node reads libuv's clock there too), then kept for the
// rest of the turn, so every timer a callback creates starts from the same instant and
// `setTimeout(a, 2); setTimeout(b, 1)` fire b first however slow the callback. A turn that makes no
// timer does not read the clock at all: each read is a crossing to the kernel.
let loopTime = 0;
let loopTimeFresh = false;

function loopNow(): number {
  if (!loopTimeFresh) {
    loopTime = now();
    loopTimeFresh = true;
  }
  return loopTime;
}

/** Starts a turn of the loop: the loop time is read again when the turn first needs it. */
export function updateLoopTime(): void {
  loopTimeFresh = false;
  inTurn = true;
  wakeRequested = false;
}

// ---- work made after a turn's state was reported -------------------------------------------------
// The kernel takes the loop state when a dispatch returns, but the turn's promise callbacks run after
// that. A timer or immediate they create, earlier than anything the kernel knows of, would wait for
// the next unrelated wake-up; so the runtime asks the kernel for a turn (the bootstrap's wake hook).

let inTurn = false;
let wakeRequested = false;
let reportedDeadline: number | undefined;
let wake: () => void = () => {};

/** Installs how the loop asks the kernel for another turn (a no-op async syscall). */
export function setWakeHook(fn: () => void): void {
  wake = fn;
}

function noteNewWork(deadline?: number): void {
  if (inTurn || wakeRequested) return;
  if (deadline !== undefined && reportedDeadline !== undefined && deadline >= reportedDeadline) return;
  wakeRequested = true;
  wake();
}

/** Ends a turn: the loop state for the kernel, remembered so later work can tell if the kernel knows. */
export function endTurn(): LoopState {
  inTurn = false;
  reportedDeadline = earliestTimer()?.deadline;
  return loopState();
}

type Callback = () => void;

// Captured at bundle load, before user code exists, so a program replacing Promise cannot reorder us.
const resolved = Promise.resolve();
const then = Promise.prototype.then;

/** Queues a microtask; an exception in it is an uncaught exception, as with Node's queueMicrotask. */
export function queueMicrotask(fn: Callback): void {
  then.call(resolved, () => guarded(fn));
}

export const TIMEOUT_MAX = 2 ** 31 - 1;

let seq = 0;
const active = new Set<Timeout>();
let refedTimers = 0;

/** Node's Timeout: what setTimeout/setInterval return. */
export class Timeout {
  _idleTimeout: number;
  _onTimeout: ((...args: unknown[]) => void) | null;
  _timerArgs: unknown[];
  _repeat: number | null;
  _destroyed = false;
  private _deadline = 0;
  private _seq = 0;
  private _ref = true;
  readonly [Symbol.toStringTag] = 'Timeout';
  readonly _id: number;

  constructor(cb: (...args: unknown[]) => void, ms: number, args: unknown[], repeat: boolean, ref = true) {
    const after = ms >= 1 && ms <= TIMEOUT_MAX ? Math.trunc(ms) : 1;
    this._idleTimeout = after;
    this._onTimeout = cb;
    this._timerArgs = args;
    this._repeat = repeat ? after : null;
    this._id = ++timerIds;
    this._ref = ref;
    this.schedule();
  }

  /** @internal */
  get deadline(): number {
    return this._deadline;
  }
  /** @internal */
  get order(): number {
    return this._seq;
  }

  private schedule(): void {
    this._deadline = loopNow() + this._idleTimeout;
    this._seq = ++seq;
    if (!active.has(this)) {
      active.add(this);
      if (this._ref) refedTimers++;
    }
    noteNewWork(this._deadline);
  }

  /** @internal remove from the active set */
  unschedule(): void {
    if (active.delete(this) && this._ref) refedTimers--;
  }

  ref(): this {
    if (!this._ref) {
      this._ref = true;
      if (active.has(this)) refedTimers++;
    }
    return this;
  }

  unref(): this {
    if (this._ref) {
      this._ref = false;
      if (active.has(this)) refedTimers--;
    }
    return this;
  }

  hasRef(): boolean {
    return this._ref;
  }

  refresh(): this {
    if (!this._destroyed) this.schedule();
    return this;
  }

  close(): this {
    clearTimer(this);
    return this;
  }

  [Symbol.toPrimitive](): number {
    return this._id;
  }
}

let timerIds = 0;
const byPrimitive = new Map<number, Timeout>();

export function setTimer(
  cb: (...args: unknown[]) => void,
  ms: unknown,
  args: unknown[],
  repeat: boolean,
): Timeout {
  const t = new Timeout(cb, Number(ms), args, repeat);
  return t;
}

export function clearTimer(t: unknown): void {
  let timer: Timeout | undefined;
  if (t instanceof Timeout) timer = t;
  else if (typeof t === 'number' || typeof t === 'string') timer = byPrimitive.get(Number(t));
  if (!timer) return;
  timer._destroyed = true;
  timer.unschedule();
  byPrimitive.delete(timer._id);
}

/** Records that a timer was turned into a primitive id (so clearTimeout(id) finds it). */
export function rememberPrimitive(t: Timeout): void {
  byPrimitive.set(t._id, t);
}

function earliestTimer(): Timeout | undefined {
  let best: Timeout | undefined;
  for (const t of active) {
    if (!best || t.deadline < best.deadline || (t.deadline === best.deadline && t.order < best.order))
      best = t;
  }
  return best;
}

// ---- immediates --------------------------------------------------------------------------------

export class Immediate {
  _onImmediate: ((...args: unknown[]) => void) | null;
  _argv: unknown[];
  _destroyed = false;
  private _ref = true;
  readonly [Symbol.toStringTag] = 'Immediate';

  constructor(cb: (...args: unknown[]) => void, args: unknown[]) {
    this._onImmediate = cb;
    this._argv = args;
    immediates.push(this);
    refedImmediates++;
    noteNewWork();
  }

  ref(): this {
    if (!this._ref && !this._destroyed) {
      this._ref = true;
      refedImmediates++;
    }
    return this;
  }

  unref(): this {
    if (this._ref && !this._destroyed) {
      this._ref = false;
      refedImmediates--;
    }
    return this;
  }

  hasRef(): boolean {
    return this._ref;
  }

  /** @internal */
  finish(): void {
    if (this._destroyed) return;
    this._destroyed = true;
    if (this._ref) refedImmediates--;
  }
}

let immediates: Immediate[] = [];
let refedImmediates = 0;

export function clearImmediateObj(im: unknown): void {
  if (im instanceof Immediate) {
    im.finish();
    im._onImmediate = null;
  }
}

// ---- nextTick ----------------------------------------------------------------------------------

const ticks: Array<{ fn: (...a: unknown[]) => void; args: unknown[] }> = [];
let tickDrainQueued = false;

let ticksHeld = false;

/**
 * While an ES module graph evaluates (a host turn), ticks wait for the evaluation's microtasks to drain,
 * as in Node, where the module job is itself a microtask; `holdTicks(false)` then runs them.
 */
export function holdTicks(on: boolean): void {
  ticksHeld = on;
  if (!on) runCallback(() => {});
}

/** The process is ending after its 'exit' listeners: no nextTick runs any more (as in Node). */
export function dropTicks(): void {
  ticksHeld = true;
  ticks.length = 0;
}

export function nextTick(fn: (...a: unknown[]) => void, args: unknown[]): void {
  ticks.push({ fn, args });
  if (!tickDrainQueued && !ticksHeld) {
    tickDrainQueued = true;
    // A tick queued from a microtask (or anywhere outside a callback we wrap) still runs soon.
    then.call(resolved, () => {
      tickDrainQueued = false;
      guarded(drainTicks);
    });
  }
}

function drainTicks(): void {
  for (let t = ticks.shift(); t; t = ticks.shift()) {
    const { fn, args } = t;
    guarded(() => fn(...args));
  }
}

// ---- fatal exceptions --------------------------------------------------------------------------

let fatal: (err: unknown) => void = (err) => {
  throw err;
};

/** Installs the process's uncaught-exception path (print like Node and exit, or 'uncaughtException'). */
export function setFatalHandler(fn: (err: unknown) => void): void {
  fatal = fn;
}

/** Runs a callback; an exception goes to the uncaught-exception path instead of unwinding the loop. */
export function guarded(fn: Callback): void {
  try {
    fn();
  } catch (err) {
    fatal(err);
  }
}

/** Runs one macrotask callback the way Node does: the callback, then every queued nextTick. */
export function runCallback(fn: Callback): void {
  guarded(fn);
  guarded(drainTicks);
}

// ---- one step of the loop -----------------------------------------------------------------------

type Phase = 'timers' | 'check';
let phase: Phase = 'check';
let checkQueue: Immediate[] = [];

/**
 * After an I/O callback (libuv's poll phase) the next stop is the check phase: every pending
 * immediate, including those the callback just queued, runs before any timer.
 */
export function afterIo(): void {
  phase = 'check';
  if (immediates.length > 0) {
    checkQueue = checkQueue.concat(immediates);
    immediates = [];
  }
}

// The time the current timers phase started: like libuv, a timers phase runs only the timers due when
// it began, so a 0 ms timer made by a timer callback waits for the next iteration (after immediates).
let timersPhaseTime = 0;

/** Runs the next due timer or immediate, if any; returns false when nothing was due. */
export function runOneDue(): boolean {
  for (let pass = 0; pass < 2; pass++) {
    if (phase === 'timers') {
      const t = earliestTimer();
      if (t && t.deadline <= timersPhaseTime) {
        runTimer(t);
        return true;
      }
      phase = 'check';
      checkQueue = checkQueue.concat(immediates);
      immediates = [];
    }
    for (let im = checkQueue.shift(); im; im = checkQueue.shift()) {
      if (im._destroyed || !im._onImmediate) continue;
      const cb = im._onImmediate;
      const args = im._argv;
      im.finish();
      runCallback(() => cb(...args));
      return true;
    }
    // A new loop iteration: refresh the loop time (uv_update_time), then run what is due by it.
    phase = 'timers';
    // Timers the callbacks make read the clock again (setTimeout counts from its call, as in Node).
    loopTime = now();
    timersPhaseTime = loopTime;
  }
  return false;
}

function runTimer(t: Timeout): void {
  const cb = t._onTimeout;
  if (t._repeat !== null) t.refresh();
  else {
    t.unschedule();
    t._destroyed = true;
    byPrimitive.delete(t._id);
  }
  if (cb) runCallback(() => cb.apply(t, t._timerArgs));
}

/** The loop state the kernel needs after every dispatch. */
export function loopState(): LoopState {
  const t = earliestTimer();
  const due = t !== undefined && t.deadline <= now();
  const ready = due || immediates.length > 0 || checkQueue.some((im) => !im._destroyed);
  return {
    refs: refedTimers + refedImmediates,
    timer: t ? Math.max(0, t.deadline - now()) : -1,
    ready,
  };
}
