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
    (super.addEventListener as (t: string, l: unknown, o?: unknown) => void)(type, listener, options);
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

export class AbortSignal extends EventTarget {
  #aborted = false;
  #reason: unknown = undefined;
  #onabort: ((ev: Event) => void) | null = null;
  #onabortListening = false;

  /** An event handler attribute: it runs in the order it was first set, among the listeners. */
  get onabort(): ((ev: Event) => void) | null {
    return this.#onabort;
  }

  set onabort(fn: ((ev: Event) => void) | null) {
    this.#onabort = typeof fn === 'function' ? fn : null;
    if (this.#onabort && !this.#onabortListening) {
      this.#onabortListening = true;
      this.addEventListener('abort', (ev: Event) => this.#onabort?.call(this, ev));
    }
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
    const s = new AbortSignal();
    s._abort(reason);
    return s;
  }

  static timeout(ms: number): AbortSignal {
    if (typeof ms !== 'number') throw invalidArgType('delay', 'of type number', ms);
    if (!Number.isInteger(ms)) throw outOfRange('delay', 'an integer', ms);
    if (ms < 0 || ms > 4294967295) throw outOfRange('delay', '>= 0 && <= 4294967295', ms);
    const s = new AbortSignal();
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
    const s = new AbortSignal();
    for (const sig of signals) {
      if (sig.aborted) {
        s._abort(sig.reason);
        return s;
      }
    }
    for (const sig of signals) sig.addEventListener('abort', () => s._abort(sig.reason), { once: true });
    return s;
  }

  override get [Symbol.toStringTag](): string {
    return 'AbortSignal';
  }
}

export class AbortController {
  readonly signal = new AbortSignal();
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
