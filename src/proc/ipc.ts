// Host zone: the IPC channel between a parent and a child started with `fork` (or spawn with 'ipc'):
// two endpoints, each delivering the other's messages (JSON text, as Node's default serialization)
// in order, as a stream of data events to its process. Closing either end disconnects both.

export type MessageSink = (message: string | null) => void;

export class IpcEndpoint {
  peer: IpcEndpoint | undefined;
  private readonly inbox: string[] = [];
  private sink: MessageSink | undefined;
  /** Delivery held (the receiving process's event queue is full, see kernel/backlog.ts). */
  private paused = false;
  private closed = false;
  /** Bytes queued for this end, bounded so a flood from the other side cannot exhaust the host. */
  private queued = 0;
  static readonly MAX_QUEUED = 64 * 1024 * 1024;

  get connected(): boolean {
    return !this.closed && this.peer !== undefined && !this.peer.closed;
  }

  /** Sends a message to the other end; false when the channel is closed. */
  send(message: string): boolean {
    const peer = this.peer;
    if (!this.connected || !peer) return false;
    if (peer.queued + message.length > IpcEndpoint.MAX_QUEUED) return false;
    peer.inbox.push(message);
    peer.queued += message.length;
    peer.flush();
    return true;
  }

  /**
   * Starts delivering this end's messages to `sink`; `null` is the disconnect. While paused, messages
   * wait in the inbox (bounded by MAX_QUEUED: the sender's `send` then fails).
   */
  receive(sink: MessageSink): { pause(): void; resume(): void; close(): void } {
    this.sink = sink;
    this.paused = false;
    this.flush();
    return {
      pause: () => {
        this.paused = true;
      },
      resume: () => {
        this.paused = false;
        this.flush();
      },
      close: () => {
        if (this.sink === sink) this.sink = undefined;
      },
    };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.flush();
    this.peer?.flush();
  }

  private flush(): void {
    const sink = this.sink;
    if (!sink) return;
    queueMicrotask(() => {
      if (this.sink !== sink) return;
      while (!this.paused && this.sink === sink && this.inbox.length > 0) {
        const m = this.inbox.shift() as string;
        this.queued -= m.length;
        sink(m);
      }
      if (this.sink === sink && this.inbox.length === 0 && !this.connected) {
        this.sink = undefined;
        sink(null);
      }
    });
  }
}

/** A connected pair: [parent end, child end]. */
export function ipcPair(): [IpcEndpoint, IpcEndpoint] {
  const a = new IpcEndpoint();
  const b = new IpcEndpoint();
  a.peer = b;
  b.peer = a;
  return [a, b];
}
