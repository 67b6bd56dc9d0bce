// Guest zone: node:diagnostics_channel: named pub/sub channels and tracing channels, in plain JS as
// Node's own is (express's router needs it). Channels are process-wide, by name.

import { invalidArgType } from '../internal/errors.js';

type Subscriber = (message: unknown, name: string | symbol) => void;

export class Channel {
  private readonly subs: Subscriber[] = [];

  constructor(readonly name: string | symbol) {}

  get hasSubscribers(): boolean {
    return this.subs.length > 0;
  }

  subscribe(fn: Subscriber): void {
    if (typeof fn !== 'function') throw invalidArgType('subscription', 'of type function', fn);
    this.subs.push(fn);
  }

  unsubscribe(fn: Subscriber): boolean {
    const i = this.subs.indexOf(fn);
    if (i === -1) return false;
    this.subs.splice(i, 1);
    return true;
  }

  publish(message: unknown): void {
    for (const fn of [...this.subs]) {
      try {
        fn(message, this.name);
      } catch (err) {
        // Node reports a throwing subscriber as an uncaught exception, without stopping the publisher.
        Promise.resolve().then(() => {
          throw err;
        });
      }
    }
  }

  runStores<T>(data: unknown, fn: (...a: unknown[]) => T, thisArg?: unknown, ...args: unknown[]): T {
    this.publish(data);
    return fn.apply(thisArg, args);
  }
}

const channels = new Map<string | symbol, Channel>();

export function channel(name: string | symbol): Channel {
  if (typeof name !== 'string' && typeof name !== 'symbol')
    throw invalidArgType('channel', 'of type string or symbol', name);
  let c = channels.get(name);
  if (!c) {
    c = new Channel(name);
    channels.set(name, c);
  }
  return c;
}

export function hasSubscribers(name: string | symbol): boolean {
  return channels.get(name)?.hasSubscribers ?? false;
}

export function subscribe(name: string | symbol, fn: Subscriber): void {
  channel(name).subscribe(fn);
}

export function unsubscribe(name: string | symbol, fn: Subscriber): boolean {
  return channel(name).unsubscribe(fn);
}

const EVENTS = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'] as const;
type Handlers = Partial<Record<(typeof EVENTS)[number], Subscriber>>;

export class TracingChannel {
  readonly start: Channel;
  readonly end: Channel;
  readonly asyncStart: Channel;
  readonly asyncEnd: Channel;
  readonly error: Channel;

  constructor(name: string) {
    this.start = channel(`tracing:${name}:start`);
    this.end = channel(`tracing:${name}:end`);
    this.asyncStart = channel(`tracing:${name}:asyncStart`);
    this.asyncEnd = channel(`tracing:${name}:asyncEnd`);
    this.error = channel(`tracing:${name}:error`);
  }

  get hasSubscribers(): boolean {
    return EVENTS.some((e) => this[e].hasSubscribers);
  }

  subscribe(h: Handlers): void {
    for (const e of EVENTS) if (h[e]) this[e].subscribe(h[e] as Subscriber);
  }

  unsubscribe(h: Handlers): boolean {
    let all = true;
    for (const e of EVENTS) if (h[e] && !this[e].unsubscribe(h[e] as Subscriber)) all = false;
    return all;
  }

  traceSync<T>(
    fn: (...a: unknown[]) => T,
    ctx: Record<string, unknown> = {},
    thisArg?: unknown,
    ...args: unknown[]
  ): T {
    if (!this.hasSubscribers) return fn.apply(thisArg, args);
    this.start.publish(ctx);
    try {
      const result = fn.apply(thisArg, args);
      ctx.result = result;
      return result;
    } catch (err) {
      ctx.error = err;
      this.error.publish(ctx);
      throw err;
    } finally {
      this.end.publish(ctx);
    }
  }

  tracePromise<T>(
    fn: (...a: unknown[]) => Promise<T>,
    ctx: Record<string, unknown> = {},
    thisArg?: unknown,
    ...args: unknown[]
  ): Promise<T> {
    if (!this.hasSubscribers) return fn.apply(thisArg, args);
    this.start.publish(ctx);
    try {
      return Promise.resolve(fn.apply(thisArg, args)).then(
        (result) => {
          ctx.result = result;
          this.asyncStart.publish(ctx);
          this.asyncEnd.publish(ctx);
          return result;
        },
        (err) => {
          ctx.error = err;
          this.error.publish(ctx);
          this.asyncStart.publish(ctx);
          this.asyncEnd.publish(ctx);
          throw err;
        },
      );
    } catch (err) {
      ctx.error = err;
      this.error.publish(ctx);
      throw err;
    } finally {
      this.end.publish(ctx);
    }
  }

  traceCallback<T>(
    fn: (...a: unknown[]) => T,
    position = -1,
    ctx: Record<string, unknown> = {},
    thisArg?: unknown,
    ...args: unknown[]
  ): T {
    if (!this.hasSubscribers) return fn.apply(thisArg, args);
    const i = position < 0 ? args.length + position : position;
    const cb = args[i];
    if (typeof cb !== 'function') throw invalidArgType('callback', 'of type function', cb);
    args[i] = (err: unknown, result: unknown) => {
      if (err) {
        ctx.error = err;
        this.error.publish(ctx);
      } else ctx.result = result;
      this.asyncStart.publish(ctx);
      try {
        return (cb as (...a: unknown[]) => unknown).call(undefined, err, result);
      } finally {
        this.asyncEnd.publish(ctx);
      }
    };
    return this.traceSync(fn, ctx, thisArg, ...args);
  }
}

export function tracingChannel(name: string): TracingChannel {
  return new TracingChannel(name);
}

export default { channel, hasSubscribers, subscribe, unsubscribe, tracingChannel, Channel };
