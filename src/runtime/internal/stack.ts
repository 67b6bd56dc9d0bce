// Guest zone: stack traces show guest files, not the runtime's internals: frames from the runtime
// bundle are dropped, the way Node hides nothing but its own node:internal frames are recognisable.

const RUNTIME_FILE = 'tsvirt:runtime';

interface CallSite {
  getFileName(): string | null | undefined;
  getFunctionName(): string | null;
  isEval(): boolean;
  toString(): string;
}

/**
 * One frame as Node prints it. Guest modules are compiled through eval (with a sourceURL), so V8 calls
 * their anonymous functions "eval"; Node compiles without eval and prints none (`at /app/a.js:1:2`)
 * or `<anonymous>` after a receiver (`Object.<anonymous>` for the module body).
 */
export function formatFrame(f: CallSite): string {
  const text = f.toString().replace(/^eval at .*?, /, '');
  const name = f.getFunctionName();
  if (!f.isEval() || (name && name !== 'eval')) return text;
  const m = /^(new |async )?((?:[^\s(]+\.)?)eval (\(.*\))$/.exec(text);
  if (!m) return text;
  const [, prefix = '', receiver = '', location = ''] = m;
  return receiver ? `${prefix}${receiver}<anonymous> ${location}` : `${prefix}${location.slice(1, -1)}`;
}

// V8 heads a stack with the built-in Error.prototype.toString algorithm (also for plain objects given
// to Error.captureStackTrace), never a program's override: capture it before user code runs.
const errorToString = Error.prototype.toString;

export function installStackTraces(): void {
  const ErrorCtor = Error as ErrorConstructor & {
    prepareStackTrace?: (err: Error, frames: CallSite[]) => unknown;
    stackTraceLimit: number;
  };
  ErrorCtor.stackTraceLimit = 10;
  ErrorCtor.prepareStackTrace = (err, frames) => {
    let head: string;
    try {
      head = errorToString.call(err);
    } catch {
      head = '<error>';
    }
    const lines = frames
      .filter((f) => f.getFileName() !== RUNTIME_FILE)
      .map((f) => `    at ${formatFrame(f)}`);
    return lines.length ? `${head}\n${lines.join('\n')}` : head;
  };
}
