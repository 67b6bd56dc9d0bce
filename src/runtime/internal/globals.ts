// Guest zone: Node's globals. Cheap ones are installed at boot; heavy ones (URL, AbortController,
// EventTarget, structuredClone …) are getters that load their module on first touch and then become
// plain data properties, so a program that never uses them never pays for them.

import { loadBuiltin } from './builtins.js';
import { Console } from './console.js';
import { validateFunction } from './errors.js';
import {
  clearImmediateObj,
  clearTimer,
  Immediate,
  queueMicrotask,
  rememberPrimitive,
  setTimer,
  Timeout,
} from './loop.js';
import { consoleTarget, type GuestProcess } from './process.js';
import { installProxyRegistry } from './proxy-registry.js';
import { installWebGlobals } from './web-globals.js';

declare const require: (id: string) => unknown;

const g = globalThis as Record<string, unknown>;

function define(name: string, value: unknown, enumerable = false): void {
  Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable });
}

// The lazy globals Node makes enumerable (Object.keys(globalThis) lists them); the rest are hidden.
const ENUMERABLE_LAZY = new Set(['structuredClone', 'performance', 'fetch', 'crypto']);

/** A global that loads on first read and can be overwritten by the program. */
export function lazyGlobal(name: string, load: () => unknown): void {
  const enumerable = ENUMERABLE_LAZY.has(name);
  let loading = false;
  Object.defineProperty(g, name, {
    get() {
      // A module that is still initialising may read its own global (event-target-shim looks for
      // EventTarget while the Event getter loads it): answer undefined and keep the getter in place.
      if (loading) return undefined;
      loading = true;
      let value: unknown;
      try {
        value = load();
      } finally {
        loading = false;
      }
      if (value !== undefined) define(name, value, enumerable);
      return value;
    },
    set(value) {
      define(name, value, enumerable);
    },
    configurable: true,
    enumerable,
  });
}

/**
 * The globals that do not depend on the process: installed when the runtime is evaluated, before a
 * process is attached, so a warm-pool isolate has them ready (installProcessGlobals adds the rest).
 */
export function installGlobals(): void {
  define('global', globalThis, true);
  Object.defineProperty(g, Symbol.toStringTag, { value: 'global', configurable: true });
  // Recorded proxies let util.inspect see through them the way Node's V8 binding does.
  installProxyRegistry(g);
  // Loaded on first touch (the polyfill's evaluation is a good part of the runtime's): `console.log`
  // and most of the runtime never need it; anything that does (fs, streams) loads it then.
  lazyGlobal('Buffer', () => (require('buffer') as { Buffer: unknown }).Buffer);
  const out = () => consoleTarget(1);
  const err = () => consoleTarget(2);
  define('console', Console.lazy(out, err));

  const setTimeout = (cb: unknown, ms?: unknown, ...args: unknown[]) => {
    validateFunction(cb, 'callback');
    return setTimer(cb as (...a: unknown[]) => void, ms, args, false);
  };
  const setInterval = (cb: unknown, ms?: unknown, ...args: unknown[]) => {
    validateFunction(cb, 'callback');
    return setTimer(cb as (...a: unknown[]) => void, ms, args, true);
  };
  const setImmediate = (cb: unknown, ...args: unknown[]) => {
    validateFunction(cb, 'callback');
    return new Immediate(cb as (...a: unknown[]) => void, args);
  };
  define('setTimeout', setTimeout, true);
  define('setInterval', setInterval, true);
  define('setImmediate', setImmediate, true);
  define('clearTimeout', clearTimer, true);
  define('clearInterval', clearTimer, true);
  define('clearImmediate', clearImmediateObj, true);
  define(
    'queueMicrotask',
    (cb: unknown) => {
      validateFunction(cb, 'callback');
      queueMicrotask(cb as () => void);
    },
    true,
  );
  // Timeout[Symbol.toPrimitive] hands out an id that clearTimeout(id) must still understand.
  const toPrimitive = Timeout.prototype[Symbol.toPrimitive];
  Timeout.prototype[Symbol.toPrimitive] = function (this: Timeout) {
    rememberPrimitive(this);
    return toPrimitive.call(this);
  };
  lazyGlobal('performance', () => (loadBuiltin('perf_hooks') as { performance: unknown }).performance);
  // Node 20 has the perf_hooks classes as globals too.
  for (const name of [
    'PerformanceEntry',
    'PerformanceMark',
    'PerformanceMeasure',
    'PerformanceObserver',
    'PerformanceObserverEntryList',
  ])
    lazyGlobal(name, () => (loadBuiltin('perf_hooks') as Record<string, unknown>)[name]);
  installWebGlobals(lazyGlobal, define);
}

/** The global that belongs to the process. */
export function installProcessGlobals(proc: GuestProcess): void {
  define('process', proc);
}
