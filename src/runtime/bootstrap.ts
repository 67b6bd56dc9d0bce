// Guest zone: the runtime's entry point, evaluated once per isolate (before any process exists). It
// captures the door (door.ts does, on import), installs what does not depend on the process (so a
// warm-pool isolate has it done), and exposes one dispatcher the kernel drives. The process boots in
// the first turn, from the facts its `main` event carries, and runs its main module in that turn.

import EventEmitter from 'events';
import type { BootInfo, GuestEvent, LoopState } from '../abi/wire.js';
import { installAllocationGuards } from './internal/alloc-guard.js';
import { captureWake } from './internal/block.js';
import { complete, deliverData, start, sys } from './internal/door.js';
import { handleUnhandledRejection, makeFatalHandler } from './internal/fatal.js';
import { installGlobals, installProcessGlobals } from './internal/globals.js';
import { setupChildIpc } from './internal/ipc-child.js';
import {
  afterIo,
  dropTicks,
  endTurn,
  guarded,
  loopState,
  queueMicrotask,
  runCallback,
  runOneDue,
  setClock,
  setFatalHandler,
  setWakeHook,
  updateLoopTime,
} from './internal/loop.js';
import { runMain } from './internal/main.js';
import {
  bindProcess,
  createProcess,
  currentExitCode,
  type GuestProcess,
  isExiting,
  markExiting,
  reallyExit,
} from './internal/process.js';
import { installStackTraces } from './internal/stack.js';
import { setBootInfo } from './internal/state.js';
import { refreshWindowSize } from './internal/stdio.js';
import { enterTask, leaveTask } from './internal/turn-state.js';

const g = globalThis as Record<string, unknown>;

/** Timers or immediates that keep the loop alive (or are ready to run) right now. */
function hasWork(): boolean {
  const state = loopState();
  return state.refs > 0 || state.ready;
}

/** Process-independent setup, done as the bundle is evaluated. */
function prepare(): void {
  installStackTraces();
  installAllocationGuards();
  installGlobals();
  captureWake();
  // A no-op async syscall: its completion is a turn, which reports the loop state afresh.
  setWakeHook(() => {
    start('time.monotonic', null, () => {}, queueMicrotask);
  });
  unbound = createProcess();
}

/** The process object, made with the runtime and bound to the process that boots (see createProcess). */
let unbound: GuestProcess | undefined;
let proc: GuestProcess | undefined;
let fatal: ((err: unknown) => void) | undefined;

/** Makes this isolate the process `info` describes (once, at its first event). */
function boot(info: BootInfo): GuestProcess {
  setBootInfo(info);
  setClock(() => sys<number>('time.monotonic'));
  const p = unbound ?? createProcess();
  unbound = undefined;
  bindProcess(p);
  if (info.ipc !== null) setupChildIpc(p, info.ipc);
  fatal = makeFatalHandler(p);
  setFatalHandler(fatal);
  installProcessGlobals(p);
  proc = p;
  return p;
}

/** One task from the kernel; its synchronous part is marked for the loader (turn-state.ts). */
function dispatch(ev: GuestEvent): LoopState {
  enterTask();
  try {
    return dispatchEvent(ev);
  } finally {
    leaveTask();
  }
}

function dispatchEvent(ev: GuestEvent): LoopState {
  if (ev.t === 'maybeExit') {
    if (proc && !hasWork() && !isExiting() && quietBeforeExit(proc)) exitIfIdle(proc);
    return endTurn();
  }
  if (ev.t === 'main' && !proc) {
    try {
      boot(ev.boot);
    } catch {
      // Only a runtime bug gets here (a heap too small for the runtime disposes the isolate instead):
      // end the process as sysexits' EX_SOFTWARE rather than leave it without a dispatcher.
      reallyExit(70);
    }
  }
  if (!proc || !fatal) throw new Error('tsvirt runtime: event before boot');
  updateLoopTime();
  switch (ev.t) {
    case 'main':
      // The loop's first phase after the main module is timers (the initial phase leads there).
      runCallback(() => runMain(ev.boot.main));
      break;
    case 'tick':
      runOneDue();
      break;
    case 'done':
      runCallback(() => complete(ev.id, ev.err, ev.value));
      afterIo();
      break;
    case 'data':
      runCallback(() => deliverData(ev.id, ev.chunk));
      afterIo();
      break;
    case 'signal': {
      const p = proc;
      runCallback(() => {
        if (ev.sig === 'SIGWINCH') refreshWindowSize();
        p.emit(ev.sig, ev.sig);
      });
      break;
    }
    case 'unhandledRejection': {
      const [p, f] = [proc, fatal];
      runCallback(() => handleUnhandledRejection(p, ev.reason, f));
      break;
    }
    case 'beforeExit': {
      // The kernel saw no work after the last turn, but that turn's microtasks ran after its loop
      // state was taken and may have scheduled some: then the loop is not idle after all.
      if (hasWork() || isExiting()) break;
      const p = proc;
      if (quietBeforeExit(p)) {
        // No listener can run, so nothing can be scheduled: if the kernel still holds nothing for
        // this process, 'exit' follows in this same turn (saving the kernel's `exit` turn).
        exitIfIdle(p);
        break;
      }
      runCallback(() => p.emit('beforeExit', currentExitCode() ?? 0));
      break;
    }
    case 'exit': {
      if (!isExiting() && hasWork()) break;
      exitNow(proc);
    }
  }
  return endTurn();
}

/**
 * How many rounds of microtasks may run after the 'exit' listeners. The guest cannot see when V8's
 * microtask queue is empty, so the end is queued behind whatever the listeners queued, again and
 * again: promise chains up to this deep settle, as they do in Node.
 */
const EXIT_MICROTASK_ROUNDS = 32;
// Captured before user code exists: a program that patches Promise cannot stop its own exit.
const settledPromise = Promise.resolve();
const promiseThen = Promise.prototype.then;

/**
 * The loop is empty: 'exit' listeners run, then the process ends with its exit code. As in Node
 * (which emits 'exit' from C++), microtasks the listeners queued still run; nextTicks and timers do not.
 */
function exitNow(p: GuestProcess): void {
  // With no 'exit' listener (and emit not replaced) nothing can queue a microtask: end at once.
  const quiet = quietExit(p);
  guarded(() => {
    markExiting();
    p.emit('exit', currentExitCode() ?? 0);
  });
  dropTicks();
  if (quiet) reallyExit(currentExitCode() ?? 0);
  let rounds = 0;
  const settle = (): void => {
    if (++rounds < EXIT_MICROTASK_ROUNDS) Reflect.apply(promiseThen, settledPromise, [settle]);
    else reallyExit(currentExitCode() ?? 0);
  };
  Reflect.apply(promiseThen, settledPromise, [settle]);
}

/**
 * The loop ran dry and no 'beforeExit' listener can run: ends the process unless the kernel holds work.
 * With no 'exit' listener either, the check is the exit (proc.exitIfIdle): this turn then returns at
 * once and the kernel frees the isolate after it, instead of terminating it inside an exit syscall.
 * (Terminating inside the door call that checked, which reads the isolate's heap statistics, was
 * tried: isolated-vm sometimes left that turn unsettled, a pool thread parked for good.)
 */
function exitIfIdle(p: GuestProcess): void {
  if (!quietExit(p)) {
    if (sys<boolean>('proc.idle')) exitNow(p);
    return;
  }
  if (!sys<boolean>('proc.exitIfIdle', { code: currentExitCode() ?? 0 })) return;
  markExiting();
  dropTicks();
}

/** Emitting 'exit' would run nothing: no listener, and emit is not replaced by the program. */
function quietExit(p: GuestProcess): boolean {
  return p.emit === baseEmit && p.listenerCount('exit') === 0;
}

/** The emitter's own emit, captured before any program runs. */
const baseEmit = EventEmitter.prototype.emit;

/** Emitting 'beforeExit' would run nothing: no listener, and emit is not replaced by the program. */
function quietBeforeExit(p: GuestProcess): boolean {
  return p.emit === baseEmit && p.listenerCount('beforeExit') === 0;
}

prepare();
g.__tsvirt_dispatch = dispatch;
