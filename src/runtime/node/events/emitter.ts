// Guest zone: Node 20's EventEmitter semantics over the `events` package's prototype: a constructor
// that honours { captureRejections }, Node's emit (errorMonitor, ERR_UNHANDLED_ERROR, rejection capture)
// and Node's MaxListenersExceededWarning. Package-made emitters (streams) share the same prototype.

import PkgEmitter from 'events';
import { invalidArgType, nodeError, outOfRange, validateFunction } from '../../internal/errors.js';
import { inspect } from '../../internal/inspect.js';
import { nextTick } from '../../internal/loop.js';

export const kCapture = Symbol('kCapture');
export const errorMonitor = Symbol('events.errorMonitor');
export const captureRejectionSymbol = Symbol.for('nodejs.rejection');

type Listener = (...args: unknown[]) => unknown;
type Events = Record<string | symbol, Listener | (Listener[] & { warned?: boolean }) | undefined>;
type Raw = {
  _events?: Events;
  _maxListeners?: number;
  [kCapture]?: boolean;
  [captureRejectionSymbol]?: (err: unknown, type: string | symbol, ...args: unknown[]) => void;
  emit(type: string | symbol, ...args: unknown[]): boolean;
  getMaxListeners(): number;
};

type Ctor = typeof PkgEmitter & Record<string | symbol, unknown>;
const Pkg = PkgEmitter as Ctor;
const proto = Pkg.prototype as unknown as Raw & Record<string, unknown>;

/** `new EventEmitter(opts)`: the package's init, plus Node's captureRejections option. */
export const EventEmitter = function EventEmitter(this: Raw, opts?: { captureRejections?: unknown }) {
  (Pkg as unknown as { init: { call(t: unknown): void } }).init.call(this);
  if (opts?.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean')
      throw invalidArgType('options.captureRejections', 'of type boolean', opts.captureRejections);
    this[kCapture] = true;
  }
} as unknown as Ctor;
EventEmitter.prototype = Pkg.prototype;
Object.setPrototypeOf(EventEmitter, Pkg);
// The bundler may rename both functions (EventEmitter2 …); inspect and users read these names.
Object.defineProperty(EventEmitter, 'name', { value: 'EventEmitter' });
Object.defineProperty(Pkg, 'name', { value: 'EventEmitter' });
Object.defineProperty(Pkg.prototype, 'constructor', {
  value: EventEmitter,
  writable: true,
  configurable: true,
});
proto[kCapture] = false;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get: () => proto[kCapture],
  set(v: unknown) {
    if (typeof v !== 'boolean') throw invalidArgType('EventEmitter.captureRejections', 'of type boolean', v);
    proto[kCapture] = v;
  },
  enumerable: true,
});

function emitRejection(ee: Raw, err: unknown, type: string | symbol, args: unknown[]): void {
  const handler = ee[captureRejectionSymbol];
  if (typeof handler === 'function') {
    handler.call(ee, err, type, ...args);
    return;
  }
  const prev = ee[kCapture] === true;
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

function addCatch(ee: Raw, result: unknown, type: string | symbol, args: unknown[]): void {
  if (!ee[kCapture] || result === null || typeof result !== 'object') return;
  try {
    const then = (result as { then?: unknown }).then;
    if (typeof then === 'function')
      then.call(result, undefined, (err: unknown) => nextTick(() => emitRejection(ee, err, type, args), []));
  } catch (err) {
    ee.emit('error', err);
  }
}

proto.emit = function emit(this: Raw, type: string | symbol, ...args: unknown[]): boolean {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[errorMonitor] !== undefined) this.emit(errorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) return false;
  if (doError) {
    const er = args[0];
    if (er instanceof Error) throw er;
    let shown: string;
    try {
      shown = inspect(er);
    } catch {
      shown = String(er);
    }
    const err = nodeError('ERR_UNHANDLED_ERROR', `Unhandled error. (${shown})`) as Error & {
      context?: unknown;
    };
    err.context = er;
    throw err;
  }
  const handler = (events as Events)[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
    return true;
  }
  for (const listener of [...handler]) {
    const result = listener.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  }
  return true;
};

/** Node's leak warning text and shape, in place of the package's older one. */
function checkLeak(ee: Raw, type: string | symbol): void {
  const existing = ee._events?.[type];
  if (!Array.isArray(existing) || existing.warned) return;
  const m = ee.getMaxListeners();
  if (!(m > 0 && existing.length > m)) return;
  existing.warned = true;
  const w = Object.assign(
    new Error(
      `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners added to ${inspect(ee, { depth: -1 })}. MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`,
    ),
    { name: 'MaxListenersExceededWarning', emitter: ee, type, count: existing.length },
  );
  const proc = (globalThis as unknown as { process?: { emitWarning(w: Error): void } }).process;
  proc?.emitWarning(w);
}

for (const name of ['addListener', 'prependListener'] as const) {
  const orig = proto[name] as (this: Raw, type: string | symbol, l: Listener) => Raw;
  const patched = function (this: Raw, type: string | symbol, listener: Listener): Raw {
    validateFunction(listener, 'listener');
    // The package warns with its own text: hide the limit from it and check with Node's.
    const own = Object.hasOwn(this, '_maxListeners');
    const saved = this._maxListeners;
    const limit = this.getMaxListeners();
    this._maxListeners = 0;
    try {
      orig.call(this, type, listener);
    } finally {
      if (own) (this as { _maxListeners?: number | undefined })._maxListeners = saved;
      else delete this._maxListeners;
    }
    if (limit > 0) checkLeak(this, type);
    return this;
  };
  proto[name] = patched;
  if (name === 'addListener') proto.on = patched;
}

// Node validates listeners and limits with its own codes (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE);
// the package throws plain errors with older wording.
for (const name of ['once', 'prependOnceListener', 'removeListener'] as const) {
  const orig = proto[name] as (this: Raw, type: string | symbol, l: Listener) => Raw;
  const checked = function (this: Raw, type: string | symbol, listener: Listener): Raw {
    validateFunction(listener, 'listener');
    return orig.call(this, type, listener);
  };
  Object.defineProperty(checked, 'name', { value: name, configurable: true });
  proto[name] = checked;
  if (name === 'removeListener') proto.off = checked;
}

const setMax = proto.setMaxListeners as (this: Raw, n: number) => Raw;
proto.setMaxListeners = function setMaxListeners(this: Raw, n: unknown): Raw {
  if (typeof n !== 'number') throw invalidArgType('setMaxListeners', 'of type number', n);
  if (n < 0 || Number.isNaN(n)) throw outOfRange('setMaxListeners', '>= 0', n);
  return setMax.call(this, n);
};
