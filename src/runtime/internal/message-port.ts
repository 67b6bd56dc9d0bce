// Guest zone: MessageChannel, MessagePort, MessageEvent and BroadcastChannel within one process
// (globals in Node 20, also on node:worker_threads). A process is one isolate, so both ends of a
// channel live here: a message is structured-cloned when posted and delivered as a later macrotask.
// As in Node, a port with a 'message' listener is started and keeps the process alive until it is
// closed or unref'd; .on/.once/.off give the data itself, addEventListener a MessageEvent.

import { DOMException } from './dom-exception.js';
import { invalidArgType, nodeError } from './errors.js';
import { Event, EventTarget } from './event-target.js';
import { clearTimer, Immediate, setTimer, TIMEOUT_MAX, type Timeout } from './loop.js';

const kCreate = Symbol('MessagePort.create');

export class MessageEvent extends Event {
  readonly data: unknown;
  readonly origin = '';
  readonly lastEventId = '';
  readonly source = null;
  readonly ports: readonly unknown[] = Object.freeze([]);

  constructor(type: string, init?: { data?: unknown }) {
    super(type);
    this.data = init?.data ?? null;
  }
}

type Listener = (...args: unknown[]) => unknown;
const clone = (value: unknown, transfer: unknown): unknown =>
  (globalThis as unknown as { structuredClone(v: unknown, o?: unknown): unknown }).structuredClone(
    value,
    Array.isArray(transfer) ? { transfer } : (transfer ?? undefined),
  );

/** What ports and broadcast channels share: a queue, start/close, ref counting, Node's .on API. */
class MessageEndpoint extends EventTarget {
  #queue: unknown[] = [];
  #started = false;
  #closed = false;
  #ref = true;
  #listeners = 0;
  #keepAlive: Timeout | undefined;
  #scheduled = false;
  #wrapped = new Map<Listener, Listener>();
  #onmessage: Listener | null = null;

  protected get closed(): boolean {
    return this.#closed;
  }

  /** @internal A message arriving from the other end. */
  deliver(data: unknown): void {
    if (this.#closed) return;
    this.#queue.push(data);
    this.#schedule();
  }

  /** @internal Dequeues one waiting message (receiveMessageOnPort). */
  take(): { message: unknown } | undefined {
    return this.#queue.length > 0 ? { message: this.#queue.shift() } : undefined;
  }

  start(): void {
    this.#started = true;
    this.#schedule();
    this.#hold();
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#hold();
    new Immediate(() => this.dispatchEvent(new Event('close')), []);
  }

  ref(): this {
    this.#ref = true;
    this.#hold();
    return this;
  }

  unref(): this {
    this.#ref = false;
    this.#hold();
    return this;
  }

  hasRef(): boolean {
    return this.#ref && this.#keepAlive !== undefined;
  }

  override addEventListener(type: string, listener: unknown, options?: unknown): void {
    super.addEventListener(type, listener, options);
    if (type === 'message' && listener) {
      this.#listeners++;
      this.start();
    }
  }

  override removeEventListener(type: string, listener: unknown, options?: unknown): void {
    super.removeEventListener(type, listener, options);
    if (type === 'message' && listener && this.#listeners > 0) {
      this.#listeners--;
      if (this.#listeners === 0) this.#started = false;
      this.#hold();
    }
  }

  get onmessage(): Listener | null {
    return this.#onmessage;
  }

  set onmessage(fn: Listener | null) {
    if (this.#onmessage) this.removeEventListener('message', this.#onmessage);
    this.#onmessage = typeof fn === 'function' ? fn : null;
    if (this.#onmessage) this.addEventListener('message', this.#onmessage);
  }

  on(type: string, fn: Listener): this {
    const wrapped: Listener = (ev) =>
      fn.call(this, type === 'message' ? (ev as MessageEvent).data : undefined);
    this.#wrapped.set(fn, wrapped);
    this.addEventListener(type, wrapped);
    return this;
  }

  addListener(type: string, fn: Listener): this {
    return this.on(type, fn);
  }

  once(type: string, fn: Listener): this {
    const once: Listener = (...a) => {
      this.off(type, fn);
      return fn.apply(this, a);
    };
    const wrapped: Listener = (ev) => once(type === 'message' ? (ev as MessageEvent).data : undefined);
    this.#wrapped.set(fn, wrapped);
    this.addEventListener(type, wrapped);
    return this;
  }

  off(type: string, fn: Listener): this {
    const wrapped = this.#wrapped.get(fn);
    if (wrapped) {
      this.#wrapped.delete(fn);
      this.removeEventListener(type, wrapped);
    }
    return this;
  }

  removeListener(type: string, fn: Listener): this {
    return this.off(type, fn);
  }

  #schedule(): void {
    if (this.#scheduled || !this.#started || this.#queue.length === 0) return;
    this.#scheduled = true;
    new Immediate(() => {
      this.#scheduled = false;
      while (this.#started && !this.#closed && this.#queue.length > 0)
        this.dispatchEvent(new MessageEvent('message', { data: this.#queue.shift() }));
    }, []);
  }

  /** A started, listened-to, ref'd endpoint keeps the process alive (a timer that never fires). */
  #hold(): void {
    const want = this.#started && this.#listeners > 0 && this.#ref && !this.#closed;
    if (want && !this.#keepAlive) this.#keepAlive = setTimer(() => {}, TIMEOUT_MAX, [], true);
    if (!want && this.#keepAlive) {
      clearTimer(this.#keepAlive);
      this.#keepAlive = undefined;
    }
  }
}

export class MessagePort extends MessageEndpoint {
  #other: MessagePort | null = null;

  constructor(key?: symbol) {
    super();
    if (key !== kCreate)
      throw nodeError('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
  }

  /** @internal */
  static pair(): [MessagePort, MessagePort] {
    const a = new MessagePort(kCreate);
    const b = new MessagePort(kCreate);
    a.#other = b;
    b.#other = a;
    return [a, b];
  }

  postMessage(value: unknown, transfer?: unknown): void {
    const data = clone(value, transfer);
    if (!this.closed) this.#other?.deliver(data);
  }

  override close(): void {
    if (this.closed) return;
    const other = this.#other;
    this.#other = null;
    super.close();
    // The peer learns of it a turn later, and that notice alone does not keep the process alive
    // (Node's other end closes only if something else is still running).
    if (other) new Immediate(() => other.close(), []).unref();
  }

  override get [Symbol.toStringTag](): string {
    return 'MessagePort';
  }
}

export class MessageChannel {
  readonly port1: MessagePort;
  readonly port2: MessagePort;

  constructor() {
    [this.port1, this.port2] = MessagePort.pair();
  }
}

const channels = new Map<string, Set<BroadcastChannel>>();

export class BroadcastChannel extends MessageEndpoint {
  readonly name: string;

  constructor(name: unknown) {
    super();
    // biome-ignore lint/complexity/noArguments: Node checks that a name was given at all
    if (arguments.length === 0)
      throw nodeError('ERR_MISSING_ARGS', 'The "name" argument must be specified', TypeError);
    this.name = `${name}`;
    let set = channels.get(this.name);
    if (!set) {
      set = new Set();
      channels.set(this.name, set);
    }
    set.add(this);
  }

  postMessage(value: unknown): void {
    if (this.closed) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    const data = clone(value, undefined);
    for (const ch of channels.get(this.name) ?? []) if (ch !== this) ch.deliver(data);
  }

  override close(): void {
    if (this.closed) return;
    channels.get(this.name)?.delete(this);
    super.close();
  }

  override get [Symbol.toStringTag](): string {
    return 'BroadcastChannel';
  }
}

/** worker_threads.receiveMessageOnPort: the next queued message, taken synchronously. */
export function receiveMessageOnPort(port: unknown): { message: unknown } | undefined {
  if (!(port instanceof MessagePort)) throw invalidArgType('port', 'an instance of MessagePort', port);
  return port.take();
}
