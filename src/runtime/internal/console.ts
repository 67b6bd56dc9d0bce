// Guest zone: Node's Console over two writable streams (process.stdout/stderr for the global one):
// formatting, groups, counters, timers, assert, trace, dir and table, as Node prints them.

import { renderTable } from './console-table.js';
import { invalidArgType, nodeError } from './errors.js';
import { formatWithOptions, inspect } from './inspect.js';

interface Out {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

type ConsoleOptions = {
  stdout: Out;
  stderr?: Out;
  inspectOptions?: object;
  groupIndentation?: number;
  ignoreErrors?: boolean;
  colorMode?: boolean | 'auto';
};

// Node's console own properties, in the order Node binds them (Object.keys(console) shows this order).
const METHODS = [
  'log',
  'warn',
  'dir',
  'time',
  'timeEnd',
  'timeLog',
  'trace',
  'assert',
  'clear',
  'count',
  'countReset',
  'group',
  'groupEnd',
  'table',
  'debug',
  'info',
  'dirxml',
  'error',
  'groupCollapsed',
] as const;

type Warn = (msg: string) => void;
const emitWarning: Warn = (msg) =>
  (globalThis as unknown as { process: { emitWarning: Warn } }).process.emitWarning(msg);

/** Node's console.time format: `1.234ms`, `1.234s`, `1:02.345 (m:ss.mmm)`. */
function formatTime(total: number): string {
  let ms = total;
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60_000) {
      if (ms >= 3_600_000) {
        hours = Math.floor(ms / 3_600_000);
        ms %= 3_600_000;
      }
      minutes = Math.floor(ms / 60_000);
      ms %= 60_000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const pad = (v: number | string) => String(v).padStart(2, '0');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : String(minutes);
    return `${res}:${pad(s as string)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

export class Console {
  #out: () => Out;
  #err: () => Out;
  #indent = '';
  readonly #groupIndentation: number;
  readonly #counts = new Map<string, number>();
  readonly #timers = new Map<string, number>();
  readonly #inspectOptions: object;

  constructor(stdoutOrOptions: Out | ConsoleOptions, stderr?: Out, _ignoreErrors?: boolean) {
    const given = (stdoutOrOptions ?? {}) as Out | ConsoleOptions;
    const opts: ConsoleOptions =
      typeof (given as Out).write !== 'function'
        ? (given as ConsoleOptions)
        : { stdout: given as Out, ...(stderr ? { stderr } : {}) };
    if (!opts.stdout || typeof opts.stdout.write !== 'function') throw notWritable('stdout');
    const o = opts.stdout;
    const e = opts.stderr ?? o;
    if (!e || typeof e.write !== 'function') throw notWritable('stderr');
    this.#out = () => o;
    this.#err = () => e;
    this.#groupIndentation = opts.groupIndentation ?? 2;
    this.#inspectOptions = opts.inspectOptions ?? {};
    bindAll(this);
  }

  /** Console whose streams are looked up on every call (the global console follows process.stdout). */
  static lazy(getOut: () => Out, getErr: () => Out): Console {
    const c = new Console({ stdout: { write: () => true } });
    c.#out = getOut;
    c.#err = getErr;
    // Node's global console also has the inspector's hooks; with no inspector session attached
    // (never, in a container) Node's own do nothing, so these do nothing either.
    for (const name of ['profile', 'profileEnd', 'timeStamp']) {
      const hook = (_label?: unknown) => undefined;
      Object.defineProperty(hook, 'name', { value: name });
      Object.defineProperty(c, name, { value: hook, enumerable: true, writable: true, configurable: true });
    }
    return c;
  }

  #write(stream: Out, text: string): void {
    let s = text;
    if (this.#indent) {
      if (s.includes('\n')) s = s.replace(/\n/g, `\n${this.#indent}`);
      s = this.#indent + s;
    }
    stream.write(`${s}\n`);
  }

  #format(args: unknown[]): string {
    return formatWithOptions(this.#inspectOptions, ...args);
  }

  log(...args: unknown[]): void {
    this.#write(this.#out(), this.#format(args));
  }
  info(...args: unknown[]): void {
    this.log(...args);
  }
  debug(...args: unknown[]): void {
    this.log(...args);
  }
  dirxml(...args: unknown[]): void {
    this.log(...args);
  }
  warn(...args: unknown[]): void {
    this.#write(this.#err(), this.#format(args));
  }
  error(...args: unknown[]): void {
    this.warn(...args);
  }
  dir(obj: unknown, options?: object): void {
    this.#write(this.#out(), inspect(obj, { customInspect: false, ...this.#inspectOptions, ...options }));
  }
  trace(...args: unknown[]): void {
    const err = { name: 'Trace', message: this.#format(args) } as Error;
    Error.captureStackTrace(err, this.trace);
    this.error(err.stack);
  }
  assert(cond: unknown, ...args: unknown[]): void {
    if (cond) return;
    args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
    this.warn(...args);
  }
  clear(): void {
    const out = this.#out();
    const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process
      .env;
    if (out.isTTY && env.TERM !== 'dumb') out.write('\u001b[1;1H\u001b[0J');
  }
  count(label: unknown = 'default'): void {
    const key = `${label}`;
    const n = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, n);
    this.log(`${key}: ${n}`);
  }
  countReset(label: unknown = 'default'): void {
    const key = `${label}`;
    if (!this.#counts.has(key)) {
      emitWarning(`Count for '${key}' does not exist`);
      return;
    }
    this.#counts.delete(key);
  }
  group(...args: unknown[]): void {
    if (args.length > 0) this.log(...args);
    this.#indent += ' '.repeat(this.#groupIndentation);
  }
  groupCollapsed(...args: unknown[]): void {
    this.group(...args);
  }
  groupEnd(): void {
    this.#indent = this.#indent.slice(0, Math.max(0, this.#indent.length - this.#groupIndentation));
  }
  time(label: unknown = 'default'): void {
    const key = `${label}`;
    if (this.#timers.has(key)) {
      emitWarning(`Label '${key}' already exists for console.time()`);
      return;
    }
    this.#timers.set(key, performance.now());
  }
  timeEnd(label: unknown = 'default'): void {
    const key = `${label}`;
    if (this.#timeLog('timeEnd', key, [])) this.#timers.delete(key);
  }
  timeLog(label: unknown = 'default', ...data: unknown[]): void {
    this.#timeLog('timeLog', `${label}`, data);
  }
  #timeLog(name: string, label: string, data: unknown[]): boolean {
    const start = this.#timers.get(label);
    if (start === undefined) {
      emitWarning(`No such label '${label}' for console.${name}()`);
      return false;
    }
    this.log(`${label}: ${formatTime(performance.now() - start)}`, ...data);
    return true;
  }
  table(data: unknown, properties?: unknown): void {
    if (properties !== undefined && !Array.isArray(properties))
      throw invalidArgType('properties', 'an instance of Array', properties);
    if (data === null || typeof data !== 'object') {
      this.log(data);
      return;
    }
    const [head, columns] = tableColumns(data, properties as string[] | undefined, this.#inspectOptions);
    this.log(renderTable(head, columns));
  }
}

/** Node's console.table layout: which columns, and each cell's inspected text. */
function tableColumns(
  data: object,
  properties: string[] | undefined,
  inspectOptions: object,
): [string[], Array<Array<string | undefined>>] {
  const show = (v: unknown) => {
    const depth =
      v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Number.POSITIVE_INFINITY, ...inspectOptions });
  };
  const indexes = (n: number) => Array.from({ length: n }, (_, i) => show(i));
  if (data instanceof Map) {
    const keys: string[] = [];
    const values: string[] = [];
    for (const [k, v] of data) {
      keys.push(show(k));
      values.push(show(v));
    }
    return [
      ['(iteration index)', 'Key', 'Values'],
      [indexes(keys.length), keys, values],
    ];
  }
  if (data instanceof Set) {
    const values = [...data].map(show);
    return [
      ['(iteration index)', 'Values'],
      [indexes(values.length), values],
    ];
  }
  const map: Record<string, Array<string | undefined>> = Object.create(null);
  let hasPrimitives = false;
  const primitives: Array<string | undefined> = [];
  const rowKeys = Object.keys(data);
  rowKeys.forEach((rowKey, i) => {
    const item = (data as Record<string, unknown>)[rowKey];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitives[i] = show(item);
      return;
    }
    const keys = properties ?? Object.keys(item as object);
    for (const key of keys) {
      map[key] ??= [];
      const column = map[key] as Array<string | undefined>;
      column[i] =
        (primitive && properties) || !Object.hasOwn(item as object, key)
          ? ''
          : show((item as Record<string, unknown>)[key]);
    }
  });
  const head = Object.keys(map);
  const columns = Object.values(map);
  if (hasPrimitives) {
    head.push('Values');
    columns.push(primitives);
  }
  return [
    ['(index)', ...head],
    [rowKeys, ...columns],
  ];
}

/** Node's error for a Console given something that is not a writable stream. */
function notWritable(which: 'stdout' | 'stderr'): Error {
  return nodeError('ERR_CONSOLE_WRITABLE_STREAM', `Console expects a writable stream instance for ${which}`);
}

function bindAll(c: Console): void {
  const proto = Console.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const k of METHODS) {
    const bound = (proto[k] as (...a: unknown[]) => unknown).bind(c);
    Object.defineProperty(bound, 'name', { value: k });
    Object.defineProperty(c, k, { value: bound, enumerable: true, writable: true, configurable: true });
  }
}

declare const performance: { now(): number };
