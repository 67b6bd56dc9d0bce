// Guest zone: the runtime's entry point, evaluated once per isolate (before any process exists). It
// captures the door (door.ts does, on import), then exposes one boot function the kernel calls for
// the process; boot installs Node's globals and returns the dispatcher the kernel drives.

import type { BootInfo, GuestEvent, LoopState } from '../abi/wire.js';
import { installAllocationGuards } from './internal/alloc-guard.js';
import { captureWake } from './internal/block.js';
import { complete, deliverData, start, sys } from './internal/door.js';
import { handleUnhandledRejection, makeFatalHandler } from './internal/fatal.js';
import { installGlobals } from './internal/globals.js';
import { setupChildIpc } from './internal/ipc-child.js';
import {
  afterIo,
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
import { createProcess, currentExitCode, isExiting, markExiting, reallyExit } from './internal/process.js';
import { installStackTraces } from './internal/stack.js';
import { setBootInfo } from './internal/state.js';
import { refreshWindowSize } from './internal/stdio.js';

const g = globalThis as Record<string, unknown>;

/** Timers or immediates that keep the loop alive (or are ready to run) right now. */
function hasWork(): boolean {
  const state = loopState();
  return state.refs > 0 || state.ready;
}

function boot(info: BootInfo): (ev: GuestEvent) => LoopState {
  delete g.__tsvirt_boot;
  setBootInfo(info);
  setClock(() => sys<number>('time.monotonic'));
  captureWake();
  const proc = createProcess();
  if (info.ipc !== null) setupChildIpc(proc, info.ipc);
  const fatal = makeFatalHandler(proc);
  setFatalHandler(fatal);
  installStackTraces();
  installAllocationGuards();
  installGlobals(proc);
  // A no-op async syscall: its completion is a turn, which reports the loop state afresh.
  setWakeHook(() => {
    start('time.monotonic', null, () => {}, queueMicrotask);
  });

  return (ev: GuestEvent): LoopState => {
    updateLoopTime();
    switch (ev.t) {
      case 'main':
        // The loop's first phase after the main module is timers (the initial phase leads there).
        runCallback(() => runMain(info.main));
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
      case 'signal':
        runCallback(() => {
          if (ev.sig === 'SIGWINCH') refreshWindowSize();
          proc.emit(ev.sig, ev.sig);
        });
        break;
      case 'unhandledRejection':
        runCallback(() => handleUnhandledRejection(proc, ev.reason, fatal));
        break;
      case 'beforeExit':
        // The kernel saw no work after the last turn, but that turn's microtasks ran after its loop
        // state was taken and may have scheduled some: then the loop is not idle after all.
        if (hasWork()) break;
        if (!isExiting()) runCallback(() => proc.emit('beforeExit', currentExitCode() ?? 0));
        break;
      case 'exit':
        if (!isExiting() && hasWork()) break;
        guarded(() => {
          markExiting();
          proc.emit('exit', currentExitCode() ?? 0);
        });
        reallyExit(currentExitCode() ?? 0);
    }
    return endTurn();
  };
}

g.__tsvirt_boot = boot;
