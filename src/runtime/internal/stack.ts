// Guest zone: stack traces show guest files, not the runtime's internals: frames from the runtime
// bundle are dropped, the way Node hides nothing but its own node:internal frames are recognisable.

const RUNTIME_FILE = 'tsvirt:runtime';

interface CallSite {
  getFileName(): string | null | undefined;
  toString(): string;
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
      .map((f) => `    at ${f.toString().replace(/^eval at .*?, /, '')}`);
    return lines.length ? `${head}\n${lines.join('\n')}` : head;
  };
}
