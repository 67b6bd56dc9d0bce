// Guest zone: stack traces show guest files, not the runtime's internals: frames from the runtime
// bundle are dropped, the way Node hides nothing but its own node:internal frames are recognisable.

const RUNTIME_FILE = 'tsvirt:runtime';

interface CallSite {
  getFileName(): string | null | undefined;
  getLineNumber(): number | null;
  getScriptNameOrSourceURL?(): string | null | undefined;
  getFunctionName(): string | null;
  isEval(): boolean;
  toString(): string;
}

/**
 * How many characters of wrapper precede the first line of each CommonJS module (the loader compiles
 * `wrapper + source` as one text so line numbers stay right; columns on line 1 then need this back).
 */
const lineOneShift = new Map<string, number>();

/**
 * Called by the CommonJS loader for each module it compiles, with the characters of wrapper before line 1
 * when it evaluated the code itself (0 when the kernel compiled it with its origin).
 */
export function setWrapperPrefix(filename: string, length: number): void {
  if (length > 0) lineOneShift.set(filename, length);
  else lineOneShift.delete(filename);
}

/** `file:1:COL` with the wrapper's length taken off COL, as Node (which has no such prefix) shows it. */
function unshift(text: string, f: CallSite): string {
  if (f.getLineNumber() !== 1) return text;
  // Code compiled through eval names its file only by its sourceURL.
  const file = f.getFileName() || f.getScriptNameOrSourceURL?.();
  const shift = file ? lineOneShift.get(file) : undefined;
  if (!file || shift === undefined) return text;
  const at = text.lastIndexOf(`${file}:1:`);
  if (at === -1) return text;
  const start = at + file.length + 3;
  const m = /^\d+/.exec(text.slice(start));
  if (!m) return text;
  const col = Math.max(1, Number(m[0]) - shift);
  return `${text.slice(0, start)}${col}${text.slice(start + m[0].length)}`;
}

/**
 * Whether a frame is in code the runtime evaluated with a sourceURL naming a file (a module the loader
 * evaluated itself, vm and repl code, `node -e`): Node compiles all of those with an origin.
 */
function fromSourceUrlEval(f: CallSite): boolean {
  if (!f.isEval()) return false;
  const name = f.getScriptNameOrSourceURL?.();
  return typeof name === 'string' && name !== '';
}

/**
 * One frame as Node prints it. Modules the kernel compiled with their file as the origin print as V8
 * prints them, as do a program's own evals. Code the runtime evaluated with a sourceURL (a module the
 * loader compiled itself, vm, repl) is eval code: V8 calls its anonymous functions "eval"; Node prints
 * none (`at /app/a.js:1:2`) or `<anonymous>` after a receiver (`Object.<anonymous>` for a module body).
 */
export function formatFrame(f: CallSite): string {
  if (!fromSourceUrlEval(f)) return unshift(f.toString(), f);
  const text = unshift(f.toString().replace(/^eval at .*?, /, ''), f);
  const name = f.getFunctionName();
  if (name && name !== 'eval') return text;
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
