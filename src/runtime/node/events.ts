// Guest zone: node:events, from the `events` package, with Node's later additions on top.

import EventEmitter from 'events';

type Emitter = EventEmitter & { [k: string]: unknown };
const EE = EventEmitter as unknown as typeof EventEmitter & Record<string, unknown>;

const errorMonitor = Symbol('events.errorMonitor');
const captureRejectionSymbol = Symbol.for('nodejs.rejection');

function getEventListeners(emitter: unknown, name: string | symbol): unknown[] {
  const e = emitter as { listeners?: (n: string | symbol) => unknown[]; _events?: unknown };
  if (e.listeners) return e.listeners(name);
  return [];
}

/** events.on(emitter, name): an async iterator of the event's argument arrays. */
function on(
  emitter: Emitter,
  event: string | symbol,
  options: { signal?: { aborted: boolean; addEventListener(t: string, f: () => void): void } } = {},
): AsyncIterableIterator<unknown[]> {
  const queue: unknown[][] = [];
  const waiters: Array<{ resolve: (v: IteratorResult<unknown[]>) => void; reject: (e: unknown) => void }> =
    [];
  let error: unknown = null;
  let done = false;
  const onEvent = (...args: unknown[]) => {
    const w = waiters.shift();
    if (w) w.resolve({ value: args, done: false });
    else queue.push(args);
  };
  const onError = (err: unknown) => {
    done = true;
    const w = waiters.shift();
    if (w) w.reject(err);
    else error = err;
    void iterator.return?.();
  };
  emitter.on(event, onEvent);
  if (event !== 'error') emitter.on('error', onError);
  const iterator: AsyncIterableIterator<unknown[]> = {
    next() {
      const v = queue.shift();
      if (v) return Promise.resolve({ value: v, done: false });
      if (error) {
        const e = error;
        error = null;
        return Promise.reject(e);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    return() {
      emitter.off(event, onEvent);
      emitter.off('error', onError);
      done = true;
      for (const w of waiters.splice(0)) w.resolve({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err: unknown) {
      error = err;
      emitter.off(event, onEvent);
      emitter.off('error', onError);
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  if (options.signal) {
    if (options.signal.aborted) {
      const e = new Error('The operation was aborted');
      e.name = 'AbortError';
      throw e;
    }
    options.signal.addEventListener('abort', () =>
      onError(
        Object.assign(new Error('The operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR' }),
      ),
    );
  }
  return iterator;
}

Object.assign(EE, {
  errorMonitor,
  captureRejectionSymbol,
  captureRejections: false,
  getEventListeners,
  on,
  setMaxListeners(n: number, ...targets: Array<{ setMaxListeners?: (n: number) => void }>) {
    if (targets.length === 0) EE.defaultMaxListeners = n;
    for (const t of targets) t.setMaxListeners?.(n);
  },
  getMaxListeners(emitter: { getMaxListeners?: () => number }) {
    return emitter.getMaxListeners?.() ?? EE.defaultMaxListeners;
  },
  listenerCount(emitter: EventEmitter, name: string | symbol) {
    return emitter.listenerCount(name);
  },
  addAbortListener(
    signal: {
      addEventListener(t: string, f: () => void, o?: object): void;
      removeEventListener(t: string, f: () => void): void;
      aborted: boolean;
    },
    listener: () => void,
  ) {
    if (signal.aborted) Promise.resolve().then(listener);
    else signal.addEventListener('abort', listener, { once: true });
    const dispose = (Symbol as unknown as { dispose?: symbol }).dispose ?? Symbol.for('Symbol.dispose');
    return { [dispose]: () => signal.removeEventListener('abort', listener) };
  },
});

// events@3 predates errorMonitor: emit('error') must notify errorMonitor listeners first.
const emit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function (
  this: EventEmitter,
  type: string | symbol,
  ...args: unknown[]
): boolean {
  if (type === 'error' && this.listenerCount(errorMonitor) > 0) emit.call(this, errorMonitor, ...args);
  return emit.call(this, type, ...args);
};

export default EventEmitter;
