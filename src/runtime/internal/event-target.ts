// Guest zone: EventTarget and Event (event-target-shim), and AbortController / AbortSignal on top,
// with Node's additions (reason, throwIfAborted, AbortSignal.abort/timeout/any).

import {
  Event as ShimEvent,
  EventTarget as ShimEventTarget,
  setErrorHandler,
  setWarningHandler,
} from 'event-target-shim';
import { DOMException } from './dom-exception.js';
import { invalidArgType, outOfRange } from './errors.js';
import { nextTick, setTimer } from './loop.js';

// Node prints no warning for a duplicate listener or a preventDefault on a non-cancelable event, and
// an exception thrown by a listener becomes an uncaught exception (after the dispatch finishes).
setWarningHandler(() => {});
setErrorHandler((err) => {
  nextTick(() => {
    throw err;
  }, []);
});

export class Event extends ShimEvent {
  constructor(type: string, init?: { bubbles?: boolean; cancelable?: boolean; composed?: boolean }) {
    // biome-ignore lint/complexity/noArguments: Node counts the arguments given, not undefined ones
    if (arguments.length === 0) throw missingType();
    super(type, init);
  }

  get [Symbol.toStringTag](): string {
    return 'Event';
  }
}

// Node has the phase constants on the Event class only, not on each event.
for (const k of ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'])
  delete (ShimEvent.prototype as unknown as Record<string, unknown>)[k];

/** A listener as registered: what `events.getEventListeners` lists, in registration order. */
interface Registration {
  listener: unknown;
  capture: boolean;
  /** What the shim holds: the listener itself, or for `once` a wrapper that unregisters first. */
  callback: unknown;
}

// The shim keeps its listener lists private, so each target's registrations are mirrored here
// (weakly: a target that goes away takes its entries with it).
const registry = new WeakMap<object, Map<string, Registration[]>>();
type ListenerCall = (this: object, t: string, l: unknown, o?: unknown) => void;
const shimAdd = ShimEventTarget.prototype.addEventListener as ListenerCall;
const shimRemove = ShimEventTarget.prototype.removeEventListener as ListenerCall;

interface Flags {
  capture: boolean;
  once: boolean;
  signal: unknown;
}

function optionFlags(options: unknown): Flags {
  if (typeof options === 'boolean') return { capture: options, once: false, signal: undefined };
  if (options === null || typeof options !== 'object')
    return { capture: false, once: false, signal: undefined };
  const o = options as { capture?: unknown; once?: unknown; signal?: unknown };
  return { capture: Boolean(o.capture), once: Boolean(o.once), signal: o.signal ?? undefined };
}

function entries(target: object, type: string): Registration[] {
  let byType = registry.get(target);
  if (!byType) {
    byType = new Map();
    registry.set(target, byType);
  }
  let list = byType.get(type);
  if (!list) {
    list = [];
    byType.set(type, list);
  }
  return list;
}

function forget(target: object, type: string, entry: Registration): void {
  const list = registry.get(target)?.get(type);
  const i = list?.indexOf(entry) ?? -1;
  if (list && i >= 0) list.splice(i, 1);
}

function find(target: object, type: string, listener: unknown, capture: boolean): Registration | undefined {
  return registry
    .get(target)
    ?.get(type)
    ?.find((r) => r.listener === listener && r.capture === capture);
}

/**
 * A `once` listener runs through a wrapper that unregisters it first. The shim's own `once` removal
 * splices its list by a stale index when an earlier listener removed another in the same dispatch
 * (a TypeError reading `flags`), so tsvirt never hands it a `once` listener.
 */
function onceWrapper(target: EventTarget, type: string, listener: unknown, capture: boolean): unknown {
  return function onceListener(this: unknown, ev: unknown) {
    target.removeEventListener(type, listener as () => void, { capture });
    if (typeof listener === 'function') return (listener as (e: unknown) => unknown).call(this, ev);
    return (listener as { handleEvent(e: unknown): unknown }).handleEvent(ev);
  };
}

/** The listeners registered on an EventTarget for `type` (events.getEventListeners). */
export function eventTargetListeners(target: object, type: string): unknown[] {
  return (registry.get(target)?.get(type) ?? []).map((r) => r.listener);
}

export class EventTarget extends ShimEventTarget {
  override addEventListener(type: string, listener: unknown, options?: unknown): void {
    // Node accepts null (it warns and adds nothing); anything else must be callable or handleEvent-shaped.
    if (
      listener !== null &&
      listener !== undefined &&
      typeof listener !== 'function' &&
      typeof listener !== 'object'
    )
      throw invalidArgType('listener', 'an instance of EventListener', listener);
    const flags = optionFlags(options);
    const key = String(type);
    if (listener === null || listener === undefined || find(this, key, listener, flags.capture)) return;
    if ((flags.signal as { aborted?: boolean } | undefined)?.aborted) return;
    const callback = flags.once ? onceWrapper(this, key, listener, flags.capture) : listener;
    const shimOptions =
      typeof options === 'object' && options !== null ? { ...options, once: false } : options;
    shimAdd.call(this, type, callback, shimOptions);
    const entry: Registration = { listener, capture: flags.capture, callback };
    entries(this, key).push(entry);
    // The shim drops a signalled listener on abort without calling removeEventListener.
    if (flags.signal instanceof EventTarget)
      shimAdd.call(flags.signal, 'abort', () => forget(this, key, entry));
  }

  override removeEventListener(type: string, listener: unknown, options?: unknown): void {
    const key = String(type);
    const entry = find(this, key, listener, optionFlags(options).capture);
    if (!entry) return;
    forget(this, key, entry);
    shimRemove.call(this, type, entry.callback, options);
  }

  override dispatchEvent(event: ShimEvent): boolean {
    if (!(event instanceof ShimEvent)) throw invalidArgType('event', 'an instance of Event', event);
    return super.dispatchEvent(event);
  }

  get [Symbol.toStringTag](): string {
    return 'EventTarget';
  }
}

function missingType(): Error {
  const err = new TypeError('The "type" argument must be specified') as TypeError & { code: string };
  err.code = 'ERR_MISSING_ARGS';
  return err;
}

function abortError(): Error {
  return new DOMException('This operation was aborted', 'AbortError');
}

/** CustomEvent (a global since Node 19): an Event carrying `detail`. */
export class CustomEvent extends Event {
  readonly #detail: unknown;
  constructor(type: string, init?: { detail?: unknown; bubbles?: boolean; cancelable?: boolean }) {
    // biome-ignore lint/complexity/noArguments: Node counts the arguments given, not undefined ones
    if (arguments.length === 0) throw missingType();
    super(type, init);
    this.#detail = init?.detail ?? null;
  }
  get detail(): unknown {
    return this.#detail;
  }
}

/** Held by this module only: programs get signals from AbortController and the static makers. */
const kCreate = Symbol('AbortSignal.create');

export class AbortSignal extends EventTarget {
  constructor(key?: symbol) {
    super();
    if (key !== kCreate) {
      const err = new TypeError('Illegal constructor') as TypeError & { code: string };
      err.code = 'ERR_ILLEGAL_CONSTRUCTOR';
      throw err;
    }
  }

  #aborted = false;
  #reason: unknown = undefined;
  #onabort: ((ev: Event) => void) | null = null;
  #onabortHandler: (((ev: Event) => void) & { handler: unknown }) | undefined;

  /** An event handler attribute: it runs in the order it was first set, among the listeners. */
  get onabort(): ((ev: Event) => void) | null {
    return this.#onabort;
  }

  set onabort(fn: ((ev: Event) => void) | null) {
    this.#onabort = typeof fn === 'function' ? fn : null;
    if (this.#onabort && !this.#onabortHandler) {
      const self = this;
      // Node registers a wrapper named eventHandler carrying the attribute's value as `handler`.
      this.#onabortHandler = Object.assign(
        function eventHandler(ev: Event) {
          self.#onabort?.call(self, ev);
        },
        { handler: fn as unknown },
      );
      this.addEventListener('abort', this.#onabortHandler);
    }
    if (this.#onabortHandler) this.#onabortHandler.handler = this.#onabort;
  }

  get aborted(): boolean {
    return this.#aborted;
  }

  get reason(): unknown {
    return this.#reason;
  }

  throwIfAborted(): void {
    if (this.#aborted) throw this.#reason;
  }

  /** @internal */
  _abort(reason: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason === undefined ? abortError() : reason;
    this.dispatchEvent(new Event('abort'));
  }

  static abort(reason?: unknown): AbortSignal {
    const s = new AbortSignal(kCreate);
    s._abort(reason);
    return s;
  }

  static timeout(ms: number): AbortSignal {
    if (typeof ms !== 'number') throw invalidArgType('delay', 'of type number', ms);
    if (!Number.isInteger(ms)) throw outOfRange('delay', 'an integer', ms);
    if (ms < 0 || ms > 4294967295) throw outOfRange('delay', '>= 0 && <= 4294967295', ms);
    const s = new AbortSignal(kCreate);
    setTimer(
      () => s._abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
      ms,
      [],
      false,
    ).unref();
    return s;
  }

  static any(signals: AbortSignal[]): AbortSignal {
    if (!Array.isArray(signals)) throw invalidArgType('signals', 'an instance of Array', signals);
    signals.forEach((sig, i) => {
      if (!(sig instanceof AbortSignal))
        throw invalidArgType(`signals[${i}]`, 'an instance of AbortSignal', sig);
    });
    const s = new AbortSignal(kCreate);
    for (const sig of signals) {
      if (sig.aborted) {
        s._abort(sig.reason);
        return s;
      }
    }
    // Node follows its sources internally: these listeners are not the program's, so not listed.
    for (const sig of signals) shimAdd.call(sig, 'abort', () => s._abort(sig.reason));
    return s;
  }

  override get [Symbol.toStringTag](): string {
    return 'AbortSignal';
  }
}

export class AbortController {
  readonly signal = new AbortSignal(kCreate);
  abort(reason?: unknown): void {
    this.signal._abort(reason);
  }
  get [Symbol.toStringTag](): string {
    return 'AbortController';
  }
}

// The bundler may rename these classes (AbortController2, _AbortSignal); guests read the names.
Object.defineProperty(AbortSignal, 'name', { value: 'AbortSignal' });
Object.defineProperty(AbortController, 'name', { value: 'AbortController' });

type InspectFn = (v: unknown, o: object) => string;
/** Node's customInspect for these classes: `Name { …fields }`, one level shallower. */
function inspectAs(
  self: object,
  fields: object,
  depth: number,
  options: { depth?: number | null },
  inspect: InspectFn,
) {
  if (depth < 0) return self;
  const depthLeft = options.depth === null || options.depth === undefined ? options.depth : options.depth - 1;
  return `${(self.constructor as { name: string }).name} ${inspect(fields, { ...options, depth: depthLeft })}`;
}
const kInspect = Symbol.for('nodejs.util.inspect.custom');
Object.defineProperty(AbortSignal.prototype, kInspect, {
  value(this: AbortSignal, depth: number, options: { depth?: number | null }, inspect: InspectFn) {
    return inspectAs(this, { aborted: this.aborted }, depth, options, inspect);
  },
  configurable: true,
  writable: true,
});
Object.defineProperty(AbortController.prototype, kInspect, {
  value(this: AbortController, depth: number, options: { depth?: number | null }, inspect: InspectFn) {
    return inspectAs(this, { signal: this.signal }, depth, options, inspect);
  },
  configurable: true,
  writable: true,
});
