// Guest zone: http.Server: a kernel HTTP listener (connections framed by the host's node:http) and
// one pending accept op at a time, each completing with one request's head.

import { Buffer } from 'buffer';
import EventEmitter from 'events';
import { start, sysTry } from '../../internal/door.js';
import { type NodeError, uvException } from '../../internal/errors.js';
import { nextTick, queueMicrotask, runCallback } from '../../internal/loop.js';
import { Socket } from '../net/socket.js';
import { headAt, IncomingMessage, type MessageHead } from './incoming.js';
import { ServerResponse } from './outgoing.js';
import { holdResponses, releaseResponses } from './respond-queue.js';

const queue = (fn: () => void) => nextTick(fn, []);

export class Server extends EventEmitter {
  private _id = -1;
  private _acceptOp = -1;
  private _refed = true;
  private _addr: { address: string; family: string; port: number } | null = null;
  timeout = 0;
  keepAliveTimeout = 5000;
  headersTimeout = 60000;
  requestTimeout = 300000;
  maxHeadersCount: number | null = null;
  maxRequestsPerSocket = 0;

  constructor(options?: unknown, listener?: unknown) {
    super();
    if (typeof options === 'function') listener = options;
    if (typeof listener === 'function') this.on('request', listener as (...a: unknown[]) => void);
  }

  get listening(): boolean {
    return this._id > 0;
  }

  listen(...args: unknown[]): this {
    const rest = [...args];
    const cb = typeof rest[rest.length - 1] === 'function' ? (rest.pop() as () => void) : undefined;
    let port: unknown = 0;
    let host: string | undefined;
    if (typeof rest[0] === 'object' && rest[0] !== null) {
      const o = rest[0] as { port?: unknown; host?: unknown };
      port = o.port ?? 0;
      if (typeof o.host === 'string') host = o.host;
    } else {
      port = rest[0] ?? 0;
      if (typeof rest[1] === 'string') host = rest[1];
    }
    if (typeof port === 'string' && /^\d+$/.test(port)) port = Number(port);
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
      const err = new RangeError(
        `options.port should be >= 0 and < 65536. Received ${String(port)}.`,
      ) as RangeError & { code: string };
      err.code = 'ERR_SOCKET_BAD_PORT';
      throw err;
    }
    if (cb) this.once('listening', cb);
    const bindHost = host === undefined ? '::' : host === 'localhost' || host === '::1' ? '127.0.0.1' : host;
    const r = sysTry('http.listen', { host: bindHost, port });
    if (r[0] !== null) {
      const base = uvException(r[0]) as NodeError & Record<string, unknown>;
      const err = new Error(
        `listen ${base.code}: ${base.message.split(': ')[1]?.replace(/, listen$/, '')} ${bindHost}:${port}`,
      ) as Error & Record<string, unknown>;
      Object.assign(err, { code: base.code, errno: base.errno, syscall: 'listen', address: bindHost, port });
      queue(() => this.emit('error', err));
      return this;
    }
    const v = r[1] as { id: number; address: string; port: number };
    this._id = v.id;
    this._addr =
      bindHost === '::'
        ? { address: '::', family: 'IPv6', port: v.port }
        : { address: v.address, family: 'IPv4', port: v.port };
    this._arm();
    queue(() => this.emit('listening'));
    return this;
  }

  private _arm(): void {
    if (this._id < 0) return;
    const lid = this._id;
    this._acceptOp = start(
      'http.accept',
      { id: lid },
      (err, value) => {
        this._acceptOp = -1;
        if (err) {
          this.emit('error', err);
          return;
        }
        if (value === null) return;
        if (this._id !== lid) {
          sysTry('http.close', { id: (value as MessageHead).id });
          return;
        }
        this._arm();
        const head = value as MessageHead;
        if (head.upgrade) {
          const req = new IncomingMessage(head);
          const socket = new Socket({ _info: head.upgrade.socket });
          // Node closes an upgrade nobody listens for.
          if (this.listenerCount('upgrade') > 0)
            this.emit('upgrade', req, socket, Buffer.from(head.upgrade.head));
          else socket.destroy();
          return;
        }
        // A batch: each further request is its own callback after the microtasks the previous
        // one queued, as Node runs separate sockets' callbacks; their whole responses cross together
        // once the last has run (respond-queue.ts).
        const more = head.more;
        const count = more ? more.ids.length : 0;
        let i = 0;
        const nextOne = (): void => {
          if (!more || i >= count) {
            releaseResponses();
            return;
          }
          const h = headAt(more, i++);
          try {
            runCallback(() => this._request(h));
          } finally {
            // Even if the uncaught-exception path threw on (an exit unwinding), the batch goes on
            // and its end releases the held responses.
            queueMicrotask(nextOne);
          }
        };
        holdResponses();
        try {
          this._request(head);
        } finally {
          // Even if this handler threw, the rest of the batch is served (other connections' requests).
          queueMicrotask(nextOne);
        }
      },
      queue,
    );
    if (this._acceptOp > 0 && !this._refed) sysTry('op.ref', { id: this._acceptOp, ref: false });
  }

  private _request(head: MessageHead): void {
    const req = new IncomingMessage(head);
    const res = new ServerResponse(head.id, req);
    this.emit('request', req, res);
  }

  address(): { address: string; family: string; port: number } | null {
    return this._id > 0 ? this._addr : null;
  }

  close(cb?: (err?: Error) => void): this {
    if (typeof cb === 'function') {
      if (this._id < 0) {
        const err = new Error('Server is not running.') as Error & { code: string };
        err.code = 'ERR_SERVER_NOT_RUNNING';
        queue(() => cb(err));
      } else this.once('close', () => cb());
    }
    if (this._id > 0) {
      sysTry('http.unlisten', { id: this._id });
      this._id = -1;
      queue(() => this.emit('close'));
    }
    return this;
  }

  /** Connections live on the host; closing the listener (close()) already drops idle keep-alive ones. */
  closeAllConnections(): void {}
  closeIdleConnections(): void {}

  setTimeout(ms?: number, cb?: () => void): this {
    if (typeof ms === 'number') this.timeout = ms;
    if (cb) this.on('timeout', cb);
    return this;
  }

  ref(): this {
    this._refed = true;
    if (this._acceptOp > 0) sysTry('op.ref', { id: this._acceptOp, ref: true });
    return this;
  }

  unref(): this {
    this._refed = false;
    if (this._acceptOp > 0) sysTry('op.ref', { id: this._acceptOp, ref: false });
    return this;
  }
}
