// Guest zone: EventTarget and Event (event-target-shim), and AbortController / AbortSignal on top,
// with Node's additions (reason, throwIfAborted, AbortSignal.abort/timeout/any).

import { Event, EventTarget } from 'event-target-shim';
import { setTimer } from './loop.js';

function abortError(): Error {
  const err = new Error('This operation was aborted');
  err.name = 'AbortError';
  (err as Error & { code: number }).code = 20;
  return err;
}

export class AbortSignal extends EventTarget {
  #aborted = false;
  #reason: unknown = undefined;
  onabort: ((ev: Event) => void) | null = null;

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
    const ev = new Event('abort');
    this.onabort?.call(this, ev);
    this.dispatchEvent(ev);
  }

  static abort(reason?: unknown): AbortSignal {
    const s = new AbortSignal();
    s._abort(reason);
    return s;
  }

  static timeout(ms: number): AbortSignal {
    const s = new AbortSignal();
    setTimer(
      () => {
        const err = new Error('The operation was aborted due to timeout');
        err.name = 'TimeoutError';
        (err as Error & { code: number }).code = 23;
        s._abort(err);
      },
      ms,
      [],
      false,
    ).unref();
    return s;
  }

  static any(signals: AbortSignal[]): AbortSignal {
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

  get [Symbol.toStringTag](): string {
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

export { Event, EventTarget };
