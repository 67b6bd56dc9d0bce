// Guest zone: stack traces show guest files, not the runtime's internals: frames from the runtime
// bundle are dropped, the way Node hides nothing but its own node:internal frames are recognisable.

const RUNTIME_FILE = 'tsvirt:runtime';

interface CallSite {
  getFileName(): string | null | undefined;
  getFunctionName(): string | null;
  isEval(): boolean;
  toString(): string;
}

/** A module wrapper compiled by the CommonJS loader is an anonymous function; V8 calls it `eval`. */
function frameText(f: CallSite): string {
  const text = f.toString().replace(/^eval at .*?, /, '');
  const fn = f.getFunctionName();
  if (f.isEval() && (!fn || fn === 'eval')) return text.replace(/^((?:\S+\.)?)eval \(/, '$1<anonymous> (');
  return text;
}

export function installStackTraces(): void {
  const ErrorCtor = Error as ErrorConstructor & {
    prepareStackTrace?: (err: Error, frames: CallSite[]) => unknown;
    stackTraceLimit: number;
  };
  ErrorCtor.stackTraceLimit = 10;
  ErrorCtor.prepareStackTrace = (err, frames) => {
    let head: string;
    try {
      head = String(err);
    } catch {
      head = '<error>';
    }
    const lines = frames.filter((f) => f.getFileName() !== RUNTIME_FILE).map((f) => `    at ${frameText(f)}`);
    return lines.length ? `${head}\n${lines.join('\n')}` : head;
  };
}
