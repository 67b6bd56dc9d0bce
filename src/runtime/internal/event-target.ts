// Guest zone: EventTarget and Event (event-target-shim), and AbortController / AbortSignal on top,
// with Node's additions (reason, throwIfAborted, AbortSignal.abort/timeout/any).

import {
  Event as ShimEvent,
  EventTarget as ShimEventTarget,
  setErrorHandler,
  setWarningHandler,
} from 'event-target-shim';
import { DOMException } from './dom-exception.js';
import { invalidArgType } from './errors.js';
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
  get [Symbol.toStringTag](): string {
    return 'Event';
  }
}

export class EventTarget extends ShimEventTarget {
  override dispatchEvent(event: ShimEvent): boolean {
    if (!(event instanceof ShimEvent)) throw invalidArgType('event', 'an instance of Event', event);
    return super.dispatchEvent(event);
  }

  get [Symbol.toStringTag](): string {
    return 'EventTarget';
  }
}

function abortError(): Error {
  return new DOMException('This operation was aborted', 'AbortError');
}

/** CustomEvent (a global since Node 19): an Event carrying `detail`. */
export class CustomEvent extends Event {
  readonly #detail: unknown;
  constructor(type: string, init?: { detail?: unknown; bubbles?: boolean; cancelable?: boolean }) {
    // biome-ignore lint/complexity/noArguments: Node counts the arguments given, not undefined ones
    if (arguments.length === 0) {
      const err = new TypeError('The "type" argument must be specified') as TypeError & { code: string };
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
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
      this.addEventListener('abort', (ev) => this.#onabort?.call(this, ev));
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
