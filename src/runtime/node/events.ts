// Guest zone: node:events: Node 20's EventEmitter (events/emitter.ts) with the module's functions:
// once and on (with AbortSignal, EventTarget too), getEventListeners, setMaxListeners, addAbortListener.

import { invalidArgType, validateFunction } from '../internal/errors.js';
import { captureRejectionSymbol, EventEmitter, errorMonitor } from './events/emitter.js';

declare const require: (id: string) => unknown;
// Loaded on first use: most programs that require events never ask an EventTarget for its listeners.
const eventTargets = () =>
  require('../internal/event-target.js') as typeof import('../internal/event-target.js');

type Listener = (...args: unknown[]) => unknown;
type Signal = {
  aborted: boolean;
  reason?: unknown;
  addEventListener(t: string, f: () => void, o?: object): void;
  removeEventListener(t: string, f: () => void): void;
};
type Emitterish = {
  on?(n: string | symbol, f: Listener): unknown;
  once?(n: string | symbol, f: Listener): unknown;
  removeListener?(n: string | symbol, f: Listener): unknown;
  listeners?(n: string | symbol): Listener[];
  addEventListener?(n: string, f: Listener, o?: object): void;
  removeEventListener?(n: string, f: Listener, o?: object): void;
};

function abortError(signal?: Signal): Error {
  const err = new Error('The operation was aborted') as Error & { code: string; cause?: unknown };
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal?.reason !== undefined) err.cause = signal.reason;
  return err;
}

function validateSignal(signal: unknown, name: string): Signal | undefined {
  if (signal === undefined) return undefined;
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal))
    throw invalidArgType(name, 'an instance of AbortSignal', signal);
  return signal as Signal;
}

/** events.once(emitter, name, { signal }): resolves with the event's arguments. */
function once(
  emitter: Emitterish,
  name: string | symbol,
  options: { signal?: unknown } = {},
): Promise<unknown[]> {
  const signal = validateSignal(options?.signal, 'options.signal');
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const cleanups: Array<() => void> = [];
    const done = () => {
      for (const c of cleanups) c();
    };
    if (typeof emitter.addEventListener === 'function') {
      const listener = (...args: unknown[]) => {
        done();
        resolve(args);
      };
      emitter.addEventListener(name as string, listener, { once: true });
      cleanups.push(() => emitter.removeEventListener?.(name as string, listener));
    } else {
      const ee = emitter as Required<Pick<Emitterish, 'once' | 'removeListener'>>;
      const resolver = (...args: unknown[]) => {
        done();
        resolve(args);
      };
      const errorListener = (err: unknown) => {
        done();
        reject(err);
      };
      ee.once(name, resolver);
      cleanups.push(() => ee.removeListener(name, resolver));
      if (name !== 'error') {
        ee.once('error', errorListener);
        cleanups.push(() => ee.removeListener('error', errorListener));
      }
    }
    if (signal) {
      const onAbort = () => {
        done();
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      cleanups.push(() => signal.removeEventListener('abort', onAbort));
    }
  });
}

/** events.on(emitter, name, { signal }): an async iterator of the event's argument arrays. */
function on(
  emitter: Emitterish,
  event: string | symbol,
  options: { signal?: unknown } = {},
): AsyncIterableIterator<unknown[]> {
  const signal = validateSignal(options?.signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  const queue: unknown[][] = [];
  const waiters: Array<{ resolve: (v: IteratorResult<unknown[]>) => void; reject: (e: unknown) => void }> =
    [];
  let error: unknown = null;
  let finished = false;
  const add = (n: string | symbol, f: Listener) =>
    emitter.on ? emitter.on(n, f) : emitter.addEventListener?.(n as string, f);
  const remove = (n: string | symbol, f: Listener) =>
    emitter.removeListener ? emitter.removeListener(n, f) : emitter.removeEventListener?.(n as string, f);
  const closeHandler = () => {
    remove(event, eventHandler);
    remove('error', errorHandler);
    signal?.removeEventListener('abort', abortListener);
    finished = true;
    for (const w of waiters.splice(0)) w.resolve({ value: undefined, done: true });
  };
  const eventHandler = (...args: unknown[]) => {
    const w = waiters.shift();
    if (w) w.resolve({ value: args, done: false });
    else queue.push(args);
  };
  const errorHandler = (err: unknown) => {
    const w = waiters.shift();
    if (w) w.reject(err);
    else error = err;
    void iterator.return();
  };
  const abortListener = () => errorHandler(abortError(signal));
  add(event, eventHandler);
  if (event !== 'error' && emitter.on) add('error', errorHandler);
  signal?.addEventListener('abort', abortListener, { once: true });
  const iterator = {
    next(): Promise<IteratorResult<unknown[]>> {
      const v = queue.shift();
      if (v) return Promise.resolve({ value: v, done: false });
      if (error) {
        const e = error;
        error = null;
        return Promise.reject(e);
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    return(): Promise<IteratorResult<unknown[]>> {
      closeHandler();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err: unknown): Promise<IteratorResult<unknown[]>> {
      if (!(err instanceof Error))
        throw invalidArgType('EventEmitter.AsyncIterator', 'an instance of Error', err);
      error = err;
      closeHandler();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator as AsyncIterableIterator<unknown[]>;
}

function getEventListeners(emitter: unknown, name: string | symbol): unknown[] {
  const e = emitter as Emitterish;
  if (typeof e.listeners === 'function') return e.listeners(name);
  const et = eventTargets();
  if (e instanceof et.EventTarget) return et.eventTargetListeners(e, String(name));
  throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitter);
}

function addAbortListener(signal: unknown, listener: unknown): object {
  const s = validateSignal(signal, 'signal');
  if (!s) throw invalidArgType('signal', 'an instance of AbortSignal', signal);
  validateFunction(listener, 'listener');
  const l = listener as () => void;
  if (s.aborted) Promise.resolve().then(l);
  else s.addEventListener('abort', l, { once: true });
  const dispose = (Symbol as unknown as { dispose?: symbol }).dispose ?? Symbol.for('nodejs.dispose');
  return { [dispose]: () => s.removeEventListener('abort', l) };
}

class EventEmitterAsyncResource extends (EventEmitter as unknown as new (o?: object) => object) {
  constructor(options?: { name?: string; captureRejections?: boolean }) {
    super(options);
  }
}

Object.assign(EventEmitter, {
  EventEmitter,
  errorMonitor,
  captureRejectionSymbol,
  once,
  on,
  getEventListeners,
  addAbortListener,
  EventEmitterAsyncResource,
  usingDomains: false,
  setMaxListeners(n = 10, ...targets: Array<{ setMaxListeners?: (n: number) => void }>) {
    if (typeof n !== 'number' || n < 0 || Number.isNaN(n))
      throw invalidArgType('n', 'a non-negative number', n);
    if (targets.length === 0)
      (EventEmitter as unknown as { defaultMaxListeners: number }).defaultMaxListeners = n;
    for (const t of targets) {
      if (typeof t.setMaxListeners === 'function') t.setMaxListeners(n);
      else throw invalidArgType('eventTargets', 'an instance of EventEmitter or EventTarget', t);
    }
  },
  getMaxListeners(emitter: { getMaxListeners?: () => number }) {
    if (typeof emitter?.getMaxListeners === 'function') return emitter.getMaxListeners();
    throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitter);
  },
  listenerCount(emitter: { listenerCount(n: string | symbol): number }, name: string | symbol) {
    return emitter.listenerCount(name);
  },
});

export default EventEmitter;
