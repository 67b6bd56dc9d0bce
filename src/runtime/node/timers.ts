// Guest zone: node:timers and timers/promises, over the runtime's event loop.

import { invalidArgType } from '../internal/errors.js';
import { clearImmediateObj, clearTimer, Immediate, setTimer } from '../internal/loop.js';

type Opts = {
  ref?: boolean;
  signal?: {
    aborted: boolean;
    reason?: unknown;
    addEventListener(t: string, f: () => void, o?: object): void;
  };
};

function abortErr(signal: Opts['signal']): Error {
  const err = new Error('The operation was aborted') as Error & { code: string; cause?: unknown };
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal?.reason !== undefined) err.cause = signal.reason;
  return err;
}

/** Node's argument checks for the promise timers (failures reject, they do not throw). */
function checkArgs(delay: unknown, options: unknown): void {
  if (delay !== undefined && typeof delay !== 'number')
    throw invalidArgType('delay', 'of type number', delay);
  if (options === null || typeof options !== 'object')
    throw invalidArgType('options', 'of type object', options);
  const o = options as { signal?: unknown; ref?: unknown };
  if (
    o.signal !== undefined &&
    (o.signal === null || typeof o.signal !== 'object' || !('aborted' in o.signal))
  )
    throw invalidArgType('options.signal', 'an instance of AbortSignal', o.signal);
  if (o.ref !== undefined && typeof o.ref !== 'boolean')
    throw invalidArgType('options.ref', 'of type boolean', o.ref);
}

const promises = {
  setTimeout<T>(ms?: number, value?: T, options: Opts = {}): Promise<T | undefined> {
    try {
      checkArgs(ms, options);
    } catch (err) {
      return Promise.reject(err);
    }
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) return reject(abortErr(options.signal));
      const t = setTimer(() => resolve(value), ms, [], false);
      if (options.ref === false) t.unref();
      options.signal?.addEventListener(
        'abort',
        () => {
          clearTimer(t);
          reject(abortErr(options.signal));
        },
        { once: true },
      );
    });
  },
  setImmediate<T>(value?: T, options: Opts = {}): Promise<T | undefined> {
    try {
      checkArgs(undefined, options);
    } catch (err) {
      return Promise.reject(err);
    }
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) return reject(abortErr(options.signal));
      const im = new Immediate(() => resolve(value), []);
      if (options.ref === false) im.unref();
      options.signal?.addEventListener(
        'abort',
        () => {
          clearImmediateObj(im);
          reject(abortErr(options.signal));
        },
        { once: true },
      );
    });
  },
  async *setInterval<T>(ms?: number, value?: T, options: Opts = {}): AsyncGenerator<T | undefined> {
    checkArgs(ms, options);
    let pending = 0;
    let wake: (() => void) | null = null;
    const t = setTimer(
      () => {
        pending++;
        wake?.();
      },
      ms,
      [],
      true,
    );
    if (options.ref === false) t.unref();
    try {
      for (;;) {
        if (options.signal?.aborted) throw abortErr(options.signal);
        if (pending === 0)
          await new Promise<void>((r) => {
            wake = r;
          });
        wake = null;
        while (pending > 0) {
          pending--;
          yield value;
        }
      }
    } finally {
      clearTimer(t);
    }
  },
  scheduler: {
    wait: (ms: number, options?: Opts) => promises.setTimeout(ms, undefined, options),
    yield: () => promises.setImmediate(),
  },
};

const g = globalThis as unknown as Record<string, unknown>;

// The same functions as the globals (timers.setTimeout === setTimeout in Node), as they are when the
// module loads.
export default {
  setTimeout: g.setTimeout,
  setInterval: g.setInterval,
  setImmediate: g.setImmediate,
  clearTimeout: clearTimer,
  clearInterval: clearTimer,
  clearImmediate: clearImmediateObj,
  promises,
};
