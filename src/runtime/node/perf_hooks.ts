// Guest zone: node:perf_hooks: the performance timeline (marks, measures, timerify), observers, and
// performance.now() measured from this process's start on the kernel's monotonic clock.

import { sys } from '../internal/door.js';
import { invalidArgType, notImplemented, validateFunction } from '../internal/errors.js';
import { nextTick } from '../internal/loop.js';
import { boot } from '../internal/state.js';

const now = (): number => sys<number>('time.monotonic') - boot().startedAt;
const timeOrigin = Date.now() - now();

/** A timeline entry (Node's PerformanceEntry). */
export class PerformanceEntry {
  readonly name: string;
  readonly entryType: string;
  readonly startTime: number;
  readonly duration: number;
  constructor(name: string, entryType: string, startTime: number, duration: number) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
  }
  toJSON(): object {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }
}

export class PerformanceMark extends PerformanceEntry {
  readonly detail: unknown;
  constructor(name: string, options: { detail?: unknown; startTime?: number } = {}) {
    if (name === undefined) throw invalidArgType('name', 'of type string', name);
    const start = options?.startTime ?? now();
    if (typeof start !== 'number') throw invalidArgType('options.startTime', 'of type number', start);
    super(String(name), 'mark', start, 0);
    this.detail = options?.detail === undefined ? null : structuredCloneOf(options.detail);
  }
  override toJSON(): object {
    return { ...super.toJSON(), detail: this.detail };
  }
}

export class PerformanceMeasure extends PerformanceEntry {
  readonly detail: unknown;
  constructor(name: string, start: number, duration: number, detail: unknown) {
    super(name, 'measure', start, duration);
    this.detail = detail === undefined ? null : detail;
  }
  override toJSON(): object {
    return { ...super.toJSON(), detail: this.detail };
  }
}

function structuredCloneOf(v: unknown): unknown {
  const sc = (globalThis as unknown as { structuredClone?: (x: unknown) => unknown }).structuredClone;
  return sc ? sc(v) : v;
}

const buffer: PerformanceEntry[] = [];
const observers = new Set<PerformanceObserver>();

function record(entry: PerformanceEntry): void {
  if (entry.entryType === 'mark' || entry.entryType === 'measure') buffer.push(entry);
  for (const o of observers) o._queue(entry);
}

function filter(list: readonly PerformanceEntry[], name?: string, type?: string): PerformanceEntry[] {
  return list
    .filter((e) => (name === undefined || e.name === name) && (type === undefined || e.entryType === type))
    .sort((a, b) => a.startTime - b.startTime);
}

function markTime(name: string | number | undefined, what: string): number | undefined {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw invalidArgType(what, 'a positive number', name);
    return name;
  }
  const found = [...buffer].reverse().find((e) => e.entryType === 'mark' && e.name === name);
  if (!found) {
    throw domSyntaxError(`The "${name}" performance mark has not been set`);
  }
  return found.startTime;
}

/** Node throws a DOMException named SyntaxError (code 12) here. */
function domSyntaxError(message: string): Error {
  const D = (globalThis as unknown as { DOMException?: new (m: string, n: string) => Error }).DOMException;
  if (D) return new D(message, 'SyntaxError');
  return Object.assign(new Error(message), { name: 'SyntaxError', code: 12 });
}

type MeasureOptions = { start?: string | number; end?: string | number; duration?: number; detail?: unknown };

export const performance = {
  now,
  timeOrigin,
  mark(name: string, options?: { detail?: unknown; startTime?: number }): PerformanceMark {
    const m = new PerformanceMark(name, options);
    record(m);
    return m;
  },
  measure(name: string, startOrOptions?: string | MeasureOptions, endMark?: string): PerformanceMeasure {
    let start: number | undefined;
    let end: number | undefined;
    let detail: unknown;
    if (startOrOptions && typeof startOrOptions === 'object') {
      const o = startOrOptions;
      start = markTime(o.start, 'options.start');
      end = markTime(o.end, 'options.end');
      if (o.duration !== undefined) {
        if (start !== undefined && end === undefined) end = start + o.duration;
        else if (end !== undefined && start === undefined) start = end - o.duration;
      }
      detail = o.detail;
    } else {
      start = markTime(startOrOptions, 'startMark');
      end = markTime(endMark, 'endMark');
    }
    const s = start ?? 0;
    const e = end ?? now();
    const m = new PerformanceMeasure(
      String(name),
      s,
      e - s,
      detail === undefined ? undefined : structuredCloneOf(detail),
    );
    record(m);
    return m;
  },
  clearMarks(name?: string): void {
    remove('mark', name);
  },
  clearMeasures(name?: string): void {
    remove('measure', name);
  },
  getEntries: () => filter(buffer),
  getEntriesByName: (name: string, type?: string) => filter(buffer, String(name), type),
  getEntriesByType: (type: string) => filter(buffer, undefined, String(type)),
  timerify<T extends (...a: unknown[]) => unknown>(fn: T): T {
    validateFunction(fn, 'fn');
    const wrapped = function (this: unknown, ...args: unknown[]) {
      const start = now();
      const result = new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
      record(new PerformanceEntry(fn.name, 'function', start, now() - start));
      return result;
    };
    Object.defineProperty(wrapped, 'name', { value: `timerified ${fn.name}` });
    Object.defineProperty(wrapped, 'length', { value: fn.length });
    return wrapped as unknown as T;
  },
  eventLoopUtilization(): never {
    throw notImplemented('performance.eventLoopUtilization()');
  },
  toJSON() {
    return { nodeTiming: undefined, timeOrigin, eventLoopUtilization: undefined };
  },
};

function remove(type: string, name?: string): void {
  for (let i = buffer.length - 1; i >= 0; i--) {
    const e = buffer[i] as PerformanceEntry;
    if (e.entryType === type && (name === undefined || e.name === name)) buffer.splice(i, 1);
  }
}

export class PerformanceObserverEntryList {
  readonly #entries: PerformanceEntry[];
  constructor(entries: PerformanceEntry[]) {
    this.#entries = entries;
  }
  getEntries(): PerformanceEntry[] {
    return filter(this.#entries);
  }
  getEntriesByName(name: string, type?: string): PerformanceEntry[] {
    return filter(this.#entries, String(name), type);
  }
  getEntriesByType(type: string): PerformanceEntry[] {
    return filter(this.#entries, undefined, String(type));
  }
}

const SUPPORTED = ['function', 'mark', 'measure'];

/** Calls back (asynchronously, batched) with the entries of the types it observes. */
export class PerformanceObserver {
  static readonly supportedEntryTypes = Object.freeze([...SUPPORTED]);
  readonly #callback: (list: PerformanceObserverEntryList, observer: PerformanceObserver) => void;
  #types = new Set<string>();
  #pending: PerformanceEntry[] = [];
  #scheduled = false;

  constructor(callback: (list: PerformanceObserverEntryList, observer: PerformanceObserver) => void) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options: { entryTypes?: string[]; type?: string; buffered?: boolean } = {}): void {
    if (typeof options !== 'object' || options === null)
      throw invalidArgType('options', 'of type object', options);
    const types = options.entryTypes ?? (options.type !== undefined ? [options.type] : undefined);
    if (!types) throw invalidArgType('options.entryTypes', 'of type string[]', undefined);
    this.#types = new Set(types.filter((t) => SUPPORTED.includes(t)));
    if (this.#types.size === 0) return;
    observers.add(this);
    if (options.buffered) for (const e of buffer) this._queue(e);
  }

  disconnect(): void {
    observers.delete(this);
    this.#pending = [];
  }

  takeRecords(): PerformanceEntry[] {
    return this.#pending.splice(0);
  }

  /** @internal entries reach observers through here; delivery is batched into one later callback. */
  _queue(entry: PerformanceEntry): void {
    if (!this.#types.has(entry.entryType)) return;
    this.#pending.push(entry);
    if (this.#scheduled) return;
    this.#scheduled = true;
    nextTick(() => {
      this.#scheduled = false;
      const list = this.#pending.splice(0);
      if (list.length) this.#callback(new PerformanceObserverEntryList(list), this);
    }, []);
  }
}

export default {
  performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  monitorEventLoopDelay(): never {
    throw notImplemented('perf_hooks.monitorEventLoopDelay()');
  },
  createHistogram(): never {
    throw notImplemented('perf_hooks.createHistogram()');
  },
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHASE_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
