// Host zone: HTTP for guests. DECISION: HTTP/1.1 is parsed and framed on the host by Node's own
// node:http, running over virtual connections (host-duplex.ts); the guest never parses HTTP. A guest
// server is a virtual listener whose connections feed a host http.Server that is never bound to a
// host port; a guest client request is a host http.request whose Agent connects through the switch.
// The guest sees each request/response as an integer id plus plain data (method, url, rawHeaders,
// body chunks), which keeps header semantics, chunked coding and keep-alive exactly Node's.

import { type ClientRequest, type IncomingMessage, Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { Endpoint } from './endpoint.js';
import { endpointDuplex } from './host-duplex.js';
import type { Listener } from './network.js';
import { splice } from './publish.js';

/** One HTTP exchange a guest holds by id: a request it serves, or a request it sent. */
export interface Exchange {
  /** The message whose body the guest reads: the request (server side) or the response (client side). */
  incoming: IncomingMessage | undefined;
  /** What the guest writes: the response (server side) or the request (client side). */
  outgoing: ServerResponse | ClientRequest;
  /** A protocol upgrade: the connection, handed over raw, and the bytes already read past the head. */
  upgrade?: { ep: Endpoint; head: Uint8Array } | undefined;
  /** Client side: runs once the response head (or an error) is there. */
  onResponse?: ((err: Error | null) => void) | undefined;
  error?: Error;
}

/** A guest HTTP server: accepted virtual connections go to a host http.Server; requests queue here. */
export class HttpListener {
  private readonly server: Server;
  private readonly queue: Exchange[] = [];
  private waiter: ((ex: Exchange | null) => void) | null = null;
  private closed = false;
  /** Open connections and how many requests each has in flight (the server never binds, so node:http
   * does not track them for closeIdleConnections; this does). */
  private readonly conns = new Map<Duplex, number>();

  constructor(readonly listener: Listener) {
    // node:http's headers and request timeouts (slow-loris) are checked by a timer it arms when the
    // server starts listening; this server never binds, so it is told it listens. A namespace with an
    // idle limit gets that limit as its header deadline too.
    const idle = listener.ns.idleMs;
    const headersTimeout = idle > 0 ? Math.max(1000, idle) : 60_000;
    this.server = new Server({
      keepAliveTimeout: 5000,
      headersTimeout,
      requestTimeout: Math.max(headersTimeout, 300_000),
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, headersTimeout / 4)),
    });
    this.server.emit('listening');
    this.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const sock = req.socket as unknown as Duplex;
      this.conns.set(sock, (this.conns.get(sock) ?? 0) + 1);
      res.on('close', () => {
        const n = (this.conns.get(sock) ?? 1) - 1;
        if (!this.conns.has(sock)) return;
        this.conns.set(sock, n);
        // Like server.close() in Node 19+: once closed, a connection is dropped as soon as it is idle.
        if (this.closed && n === 0) sock.destroy();
      });
      req.pause();
      if (this.closed) {
        res.destroy();
        return;
      }
      this.offer({ incoming: req, outgoing: res });
    });
    // A protocol upgrade (WebSocket): the connection leaves node:http and goes to the guest as a socket.
    this.server.on('upgrade', (req: IncomingMessage, sock: Duplex, head: Buffer) => {
      this.conns.delete(sock);
      if (this.closed) {
        sock.destroy();
        return;
      }
      this.offer({
        incoming: req,
        outgoing: undefined as unknown as ServerResponse,
        upgrade: bridge(sock, head),
      });
    });
    // A malformed request is answered 400 by node:http itself; nothing reaches the guest.
    this.server.on('clientError', (_err, sock) => sock.destroy());
    listener.direct = (sock) => this.adopt(sock);
    this.acceptLoop();
  }

  private acceptLoop(): void {
    if (this.closed) return;
    this.listener.accept((ep) => {
      if (!ep) return;
      this.adopt(endpointDuplex(ep, true));
      this.acceptLoop();
    });
  }

  /** A connection for node:http: a virtual one, or a published port's real socket handed over as is. */
  private adopt(sock: Duplex): void {
    if (this.closed) {
      sock.destroy();
      return;
    }
    this.conns.set(sock, 0);
    sock.on('close', () => this.conns.delete(sock));
    this.server.emit('connection', sock);
  }

  private offer(ex: Exchange): void {
    const w = this.waiter;
    if (w) {
      this.waiter = null;
      w(ex);
    } else this.queue.push(ex);
  }

  /** Up to `max` more queued plain requests (no upgrades), taken now: a busy server's batch. */
  takeQueued(max: number): Exchange[] {
    const out: Exchange[] = [];
    while (out.length < max && this.queue.length > 0 && !this.queue[0]?.upgrade)
      out.push(this.queue.shift() as Exchange);
    return out;
  }

  /** The next request (now if one is queued), or null once closed. One waiter at a time. */
  next(cb: (ex: Exchange | null) => void): void {
    const ex = this.queue.shift();
    if (ex) queueMicrotask(() => cb(ex));
    else if (this.closed) queueMicrotask(() => cb(null));
    else this.waiter = cb;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.listener.close();
    // Stops node:http's connection-checking timer (the server itself never listened).
    this.server.close(() => {});
    for (const [sock, busy] of this.conns) if (busy === 0) sock.destroy();
    for (const ex of this.queue.splice(0)) (ex.outgoing as ServerResponse).destroy();
    const w = this.waiter;
    this.waiter = null;
    w?.(null);
  }
}

/** A fresh virtual connection spliced onto `sock`; the guest gets the returned end. */
export function bridge(sock: Duplex, head: Uint8Array): { ep: Endpoint; head: Uint8Array } {
  const [inner, outer] = Endpoint.pair(
    {
      address: (sock as unknown as { localAddress?: string }).localAddress ?? '127.0.0.1',
      port: (sock as unknown as { localPort?: number }).localPort ?? 0,
    },
    {
      address: (sock as unknown as { remoteAddress?: string }).remoteAddress ?? '127.0.0.1',
      port: (sock as unknown as { remotePort?: number }).remotePort ?? 0,
    },
  );
  splice(sock, outer);
  return { ep: inner, head: new Uint8Array(head) };
}
