// Host zone: one end of an in-memory TCP-like connection. Bytes written on one end queue at the other
// until its reader takes them; a reader that pauses leaves them queued, and a writer whose peer holds
// more than HIGH_WATER bytes is told to wait for drain (the backpressure a real socket buffer gives).

import { fail } from '../kernel/errno.js';

/** Bytes a receiver may hold unread before its sender is asked to wait (like a socket buffer). */
export const HIGH_WATER = 64 * 1024;

/** An address and port as the socket API reports them. */
export interface SockAddr {
  address: string;
  port: number;
}

/** Receives the peer's bytes in order; `null` is end of stream (the peer shut down or closed). */
export type Sink = (chunk: Uint8Array | null) => void;

/** A connection end: the kernel's socket object behind a guest socket id or a published host port. */
export class Endpoint {
  peer!: Endpoint;
  private readonly inbox: Uint8Array[] = [];
  private inboxBytes = 0;
  /** The peer finished writing; deliver `null` once the inbox empties. */
  private eof = false;
  private eofDelivered = false;
  private sink: Sink | null = null;
  private paused = false;
  private writeEnded = false;
  private closed = false;
  private readonly drainWaiters: (() => void)[] = [];
  /** Called once when this end closes (listener bookkeeping, connection counts). */
  onClose: (() => void) | undefined;

  constructor(
    readonly local: SockAddr,
    readonly remote: SockAddr,
  ) {}

  /** A connected pair: `[a, b]` where a's writes reach b's reader and the reverse. */
  static pair(a: SockAddr, b: SockAddr): [Endpoint, Endpoint] {
    const x = new Endpoint(a, b);
    const y = new Endpoint(b, a);
    x.peer = y;
    y.peer = x;
    return [x, y];
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Queues bytes at the peer. Answers false when the peer holds HIGH_WATER bytes or more (wait for drain). */
  write(data: Uint8Array): boolean {
    if (this.closed) return fail('EBADF');
    if (this.writeEnded || this.peer.closed) return fail('EPIPE');
    if (data.byteLength > 0) this.peer.receive(data);
    return this.peer.inboxBytes < HIGH_WATER;
  }

  /** Shuts down the write side (FIN): the peer reads to the end, then sees end of stream. */
  end(): void {
    if (this.writeEnded) return;
    this.writeEnded = true;
    this.peer.eof = true;
    this.peer.flush();
  }

  /** Closes both directions. Unread bytes are dropped; the peer sees end of stream. */
  close(): void {
    if (this.closed) return;
    this.end();
    this.closed = true;
    this.inbox.length = 0;
    this.inboxBytes = 0;
    const sink = this.sink;
    this.sink = null;
    // A reader still attached learns the stream is over (its op would otherwise never finish).
    if (sink && !this.eofDelivered) {
      this.eofDelivered = true;
      sink(null);
    }
    this.peer.wakeWriters();
    this.wakeWriters();
    this.onClose?.();
  }

  /** Starts delivering the peer's bytes to `sink` (one reader per end). */
  read(sink: Sink): { pause(): void; resume(): void; close(): void } {
    if (this.sink || this.closed) return fail('EINVAL');
    this.sink = sink;
    queueMicrotask(() => this.flush());
    return {
      pause: () => {
        this.paused = true;
      },
      resume: () => {
        this.paused = false;
        this.flush();
      },
      close: () => {
        this.sink = null;
      },
    };
  }

  /** Runs `cb` once the peer holds fewer than HIGH_WATER unread bytes (or the connection is gone). */
  waitDrain(cb: () => void): void {
    if (this.closed || this.peer.closed || this.peer.inboxBytes < HIGH_WATER) {
      queueMicrotask(cb);
      return;
    }
    this.drainWaiters.push(cb);
  }

  private receive(data: Uint8Array): void {
    // Copy: the writer may reuse its buffer, and the reader may be another container.
    this.inbox.push(data.slice());
    this.inboxBytes += data.byteLength;
    this.flush();
  }

  private flush(): void {
    while (this.sink && !this.paused && this.inbox.length > 0) {
      const chunk = this.inbox.shift() as Uint8Array;
      this.inboxBytes -= chunk.byteLength;
      this.sink(chunk);
    }
    if (this.inboxBytes < HIGH_WATER) this.peer.wakeWriters();
    if (this.sink && !this.paused && this.inbox.length === 0 && this.eof && !this.eofDelivered) {
      this.eofDelivered = true;
      const sink = this.sink;
      this.sink = null;
      sink(null);
    }
  }

  private wakeWriters(): void {
    for (const cb of this.drainWaiters.splice(0)) cb();
  }
}
