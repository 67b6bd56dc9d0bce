// Guest zone: Node's Console over two writable streams (process.stdout/stderr for the global one).

import { formatWithOptions, inspect } from 'node-inspect-extracted';

interface Out {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

type ConsoleOptions = { stdout: Out; stderr?: Out; inspectOptions?: object; groupIndentation?: number };

export class Console {
  private readonly out: () => Out;
  private readonly err: () => Out;
  private indent = '';
  private readonly groupIndentation: number;
  private readonly counts = new Map<string, number>();
  private readonly timers = new Map<string, number>();
  private readonly inspectOptions: object;

  constructor(stdoutOrOptions: Out | ConsoleOptions, stderr?: Out) {
    const opts: ConsoleOptions =
      'stdout' in (stdoutOrOptions as object) && typeof (stdoutOrOptions as Out).write !== 'function'
        ? (stdoutOrOptions as ConsoleOptions)
        : { stdout: stdoutOrOptions as Out, ...(stderr ? { stderr } : {}) };
    const o = opts.stdout;
    const e = opts.stderr ?? o;
    this.out = () => o;
    this.err = () => e;
    this.groupIndentation = opts.groupIndentation ?? 2;
    this.inspectOptions = opts.inspectOptions ?? {};
    bindAll(this);
  }

  /** Console whose streams are looked up on every call (the global console follows process.stdout). */
  static lazy(getOut: () => Out, getErr: () => Out): Console {
    const c = new Console({ stdout: { write: () => true } });
    (c as unknown as { out: () => Out }).out = getOut;
    (c as unknown as { err: () => Out }).err = getErr;
    return c;
  }

  private write(stream: Out, args: unknown[]): void {
    let text = formatWithOptions(this.inspectOptions, ...args);
    if (this.indent) text = this.indent + text.split('\n').join(`\n${this.indent}`);
    stream.write(`${text}\n`);
  }

  log(...args: unknown[]): void {
    this.write(this.out(), args);
  }
  info(...args: unknown[]): void {
    this.write(this.out(), args);
  }
  debug(...args: unknown[]): void {
    this.write(this.out(), args);
  }
  warn(...args: unknown[]): void {
    this.write(this.err(), args);
  }
  error(...args: unknown[]): void {
    this.write(this.err(), args);
  }
  dir(obj: unknown, options?: object): void {
    this.out().write(
      `${this.indent}${inspect(obj, { customInspect: false, ...this.inspectOptions, ...options })}\n`,
    );
  }
  dirxml(...args: unknown[]): void {
    this.log(...args);
  }
  trace(...args: unknown[]): void {
    const err = { name: 'Trace', message: formatWithOptions(this.inspectOptions, ...args) } as Error;
    Error.captureStackTrace(err, this.trace);
    this.error(err.stack);
  }
  assert(cond: unknown, ...args: unknown[]): void {
    if (cond) return;
    if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
    else args.unshift('Assertion failed');
    this.warn(...args);
  }
  count(label = 'default'): void {
    const n = (this.counts.get(String(label)) ?? 0) + 1;
    this.counts.set(String(label), n);
    this.log(`${label}: ${n}`);
  }
  countReset(label = 'default'): void {
    this.counts.delete(String(label));
  }
  group(...args: unknown[]): void {
    if (args.length) this.log(...args);
    this.indent += ' '.repeat(this.groupIndentation);
  }
  groupCollapsed(...args: unknown[]): void {
    this.group(...args);
  }
  groupEnd(): void {
    this.indent = this.indent.slice(0, Math.max(0, this.indent.length - this.groupIndentation));
  }
  time(label = 'default'): void {
    this.timers.set(String(label), performance.now());
  }
  timeEnd(label = 'default'): void {
    this.timeLog(label);
    this.timers.delete(String(label));
  }
  timeLog(label = 'default', ...data: unknown[]): void {
    const start = this.timers.get(String(label));
    if (start === undefined) {
      this.warn(`Warning: No such label '${label}' for console.timeLog()`);
      return;
    }
    const ms = performance.now() - start;
    const shown = ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${ms.toFixed(3)}ms`;
    this.log(`${label}: ${shown}`, ...data);
  }
  table(data: unknown): void {
    // A faithful table needs Node's renderer; print the data the way console.log would instead of nothing.
    this.log(data);
  }
}

function bindAll(c: Console): void {
  const proto = Console.prototype as unknown as Record<string, unknown>;
  for (const k of Object.getOwnPropertyNames(proto)) {
    const v = proto[k];
    if (k !== 'constructor' && typeof v === 'function') {
      Object.defineProperty(c, k, {
        value: (v as (...a: unknown[]) => unknown).bind(c),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
}

declare const performance: { now(): number };
