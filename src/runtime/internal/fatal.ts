// Guest zone: what happens to an exception nobody caught, and to a rejection nobody handled: Node's
// 'uncaughtException' / 'unhandledRejection' events, else a report on stderr like Node's and exit 1.

import type { RejectionReason } from '../../abi/wire.js';
import { sysTry } from './door.js';
import { inspect } from './inspect.js';
import type { GuestProcess } from './process.js';
import { currentExitCode, markExiting, reallyExit, uncaughtCapture } from './process.js';
import { boot } from './state.js';
import type { TextDecoder } from './text-codec.js';

declare const require: (id: string) => unknown;

function writeErr(text: string): void {
  sysTry('fs.write', { fd: 2, data: text, position: null });
}

// False while reporting an unhandled rejection, whose caret stays where the error was created.
let caretAtThrow = true;

/** `file:line` and the source line with a caret under the column, as Node prints above a crash. */
function sourceContext(err: unknown): string {
  if (!(err instanceof Error) || typeof err.stack !== 'string') return '';
  // ES module frames name a file: URL; Node heads the context with the URL form too.
  const m = /\n\s+at (?:.*?\()?((?:file:\/\/)?\/[^:()]+|\[eval\]):(\d+):(\d+)\)?/.exec(err.stack);
  if (!m) return '';
  const [, file, lineStr, colStr] = m as unknown as [string, string, string, string];
  if (file === '[eval]') return '';
  const reply = sysTry('fs.readFile', {
    path: file.startsWith('file://') ? decodeURIComponent(file.slice(7)) : file,
  });
  if (reply[0] !== null) return '';
  const { TextDecoder: Decoder } = require('./text-codec.js') as { TextDecoder: typeof TextDecoder };
  const lines = new Decoder().decode(reply[1] as Uint8Array).split('\n');
  const line = lines[Number(lineStr) - 1];
  if (line === undefined) return '';
  // Node's caret marks the throw statement (V8's message location); the stack only knows where the
  // error was made, so a `throw` earlier on the same line (`throw new X()`) takes the caret.
  let col = Math.max(0, Number(colStr) - 1);
  const before = line.slice(0, col);
  const thrown = caretAtThrow ? before.lastIndexOf('throw ') : -1;
  if (thrown >= 0 && !/\w/.test(before[thrown - 1] ?? '')) col = thrown;
  return `${file}:${lineStr}\n${line}\n${' '.repeat(col)}^\n\n`;
}

function report(err: unknown): string {
  if (err instanceof Error) {
    const extra = Object.keys(err).length > 0 ? inspect(err) : (err.stack ?? String(err));
    return `${sourceContext(err)}${extra}`;
  }
  // Node prints a thrown object inspected, a thrown primitive as is plus a hint (it has no stack).
  if ((typeof err === 'object' && err !== null) || typeof err === 'function') return inspect(err);
  return `${String(err)}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)`;
}

let handlingFatal = false;

/** Where an uncaught error came from, as Node names it to its listeners. */
type Origin = 'uncaughtException' | 'unhandledRejection';

/** 'uncaughtExceptionMonitor' sees every fatal error first, handled or not (Node's order). */
function emitMonitor(proc: GuestProcess, err: unknown, origin: Origin): void {
  if (proc.listenerCount('uncaughtExceptionMonitor') === 0) return;
  try {
    proc.emit('uncaughtExceptionMonitor', err, origin);
  } catch {
    // A throwing monitor does not change what happens to the original error.
  }
}

/** The uncaught-exception path for every callback the runtime runs. */
export function makeFatalHandler(proc: GuestProcess): (err: unknown, origin?: Origin) => void {
  return (err, origin = 'uncaughtException') => {
    const capture = uncaughtCapture();
    if (capture) {
      capture(err);
      return;
    }
    emitMonitor(proc, err, origin);
    if (!handlingFatal && proc.listenerCount('uncaughtException') > 0) {
      handlingFatal = true;
      try {
        proc.emit('uncaughtException', err, origin);
      } catch (second) {
        // A throwing 'uncaughtException' handler ends the process at once: no 'exit' event (Node: 7).
        writeErr(`${report(second)}\n\nNode.js ${boot().nodeVersion}\n`);
        markExiting();
        reallyExit(7);
      } finally {
        handlingFatal = false;
      }
      return;
    }
    writeErr(`${report(err)}\n\nNode.js ${boot().nodeVersion}\n`);
    die(proc, 1);
  };
}

function die(proc: GuestProcess, code: number): never {
  const exitCode = currentExitCode();
  // Node sets exitCode to the fatal code before 'exit' listeners run.
  proc.exitCode = code === 1 && exitCode !== undefined && exitCode !== 0 ? exitCode : code;
  markExiting();
  try {
    proc.emit('exit', proc.exitCode);
  } catch {
    // An exit listener that throws cannot stop a fatal exit.
  }
  return reallyExit(Number(proc.exitCode));
}

// Captured before user code runs, so a program replacing a global cannot change what a crash shows.
const ERROR_CLASSES: Record<string, ErrorConstructor> = {
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
};

/** Rebuilds a rejection reason the kernel reported, then runs Node's unhandled-rejection policy. */
export function handleUnhandledRejection(
  proc: GuestProcess,
  reason: RejectionReason,
  fatal: (err: unknown, origin?: Origin) => void,
): void {
  let value: unknown;
  if (reason.kind === 'error') {
    // The standard classes come back as themselves (a RangeError prints as RangeError, not Error [RangeError]).
    const Ctor = Object.hasOwn(ERROR_CLASSES, reason.name) ? ERROR_CLASSES[reason.name] : Error;
    const err = new (Ctor ?? Error)(reason.message);
    if (err.name !== reason.name) err.name = reason.name;
    err.stack = reason.stack.replace(/\n\s+at \(<isolated-vm boundary>\)[\s\S]*$/, '');
    value = err;
  } else {
    value = reason.value;
  }
  const promise = Promise.resolve();
  if (proc.listenerCount('unhandledRejection') > 0) {
    proc.emit('unhandledRejection', value, promise);
    return;
  }
  if (value instanceof Error) {
    // Node marks where a rejected error was made, not a throw statement (there may be none).
    caretAtThrow = false;
    try {
      fatal(value, 'unhandledRejection');
    } finally {
      caretAtThrow = true;
    }
    return;
  }
  const err = new Error(
    `This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${inspect(value)}".`,
  ) as Error & { code: string };
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  err.stack = `[UnhandledPromiseRejection: ${err.message}] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}`;
  if (proc.listenerCount('uncaughtException') > 0) {
    fatal(err, 'unhandledRejection');
    return;
  }
  emitMonitor(proc, err, 'unhandledRejection');
  writeErr(`${err.stack}\n\nNode.js ${boot().nodeVersion}\n`);
  die(proc, 1);
}
