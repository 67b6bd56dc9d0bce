// Guest zone: net.Server: a kernel listener id plus one pending accept op at a time (re-armed after
// each connection). The pending accept is what keeps a listening process alive; unref() drops that.

import EventEmitter from 'events';
import { start, sysTry } from '../../internal/door.js';
import { type NodeError, uvException } from '../../internal/errors.js';
import { nextTick } from '../../internal/loop.js';
import { Socket, type SocketInfo } from './socket.js';

const queue = (fn: () => void) => nextTick(fn, []);

/** `listen EADDRINUSE: address already in use 0.0.0.0:80` (Node's uvExceptionWithHostPort). */
function listenError(err: NodeError, address: string, port: number): NodeError {
  const msg = `${err.message.replace(/, listen$/, '').replace(/^(\w+): /, 'listen $1: ')} ${address}:${port}`;
  const e = new Error(msg) as unknown as Record<string, unknown>;
  e.code = err.code;
  e.errno = err.errno;
  e.syscall = 'listen';
  e.address = address;
  e.port = port;
  return e as unknown as NodeError;
}

interface ServerOptions {
  allowHalfOpen?: boolean;
  pauseOnConnect?: boolean;
}

export class Server extends EventEmitter {
  private _id = -1;
  private _acceptOp = -1;
  private _refed = true;
  private _addr: { address: string; family: string; port: number } | null = null;
  private _connections = 0;
  private _closing = false;
  private readonly _opts: ServerOptions;
  maxConnections: number | undefined;

  constructor(options?: unknown, listener?: unknown) {
    super();
    if (typeof options === 'function') {
      listener = options;
      options = {};
    }
    this._opts = (options ?? {}) as ServerOptions;
    if (typeof listener === 'function') this.on('connection', listener as (s: Socket) => void);
  }

  get listening(): boolean {
    return this._id > 0;
  }

  listen(...args: unknown[]): this {
    let port: unknown = 0;
    let host: string | undefined;
    let backlog: number | undefined;
    let cb: unknown;
    const rest = [...args];
    if (typeof rest[rest.length - 1] === 'function') cb = rest.pop();
    if (typeof rest[0] === 'object' && rest[0] !== null) {
      const o = rest[0] as { port?: unknown; host?: unknown; backlog?: unknown };
      port = o.port ?? 0;
      host = typeof o.host === 'string' ? o.host : undefined;
      backlog = typeof o.backlog === 'number' ? o.backlog : undefined;
    } else {
      port = rest[0] ?? 0;
      if (typeof rest[1] === 'string') host = rest[1];
      if (typeof rest[1] === 'number') backlog = rest[1];
      if (typeof rest[2] === 'number') backlog = rest[2];
    }
    if (typeof port === 'string' && /^\d+$/.test(port)) port = Number(port);
    if (port === undefined || port === null) port = 0;
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
      const err = new RangeError(
        `options.port should be >= 0 and < 65536. Received ${typeof port === 'number' ? port : `type ${typeof port} (${String(port)})`}.`,
      ) as RangeError & { code: string };
      err.code = 'ERR_SOCKET_BAD_PORT';
      throw err;
    }
    if (this._id > 0) {
      const err = new Error('Listen method has been called more than once without closing.') as Error & {
        code: string;
      };
      err.code = 'ERR_SERVER_ALREADY_LISTEN';
      throw err;
    }
    if (typeof cb === 'function') this.once('listening', cb as () => void);
    const bindHost =
      host === undefined ? '::' : host === 'localhost' ? '127.0.0.1' : host === '::1' ? '127.0.0.1' : host;
    const r = sysTry('net.listen', { host: bindHost, port, ...(backlog !== undefined ? { backlog } : {}) });
    if (r[0] !== null) {
      const err = listenError(uvException(r[0]), bindHost, port);
      queue(() => this.emit('error', err));
      return this;
    }
    const v = r[1] as { id: number; address: string; port: number };
    this._id = v.id;
    this._closing = false;
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
      'net.accept',
      { id: lid },
      (err, value) => {
        this._acceptOp = -1;
        if (this._id !== lid || value === null) {
          if (value) sysTry('net.close', { id: (value as SocketInfo).id });
          return;
        }
        if (err) {
          this.emit('error', err);
          return;
        }
        const info = value as SocketInfo;
        this._arm();
        if (this.maxConnections !== undefined && this._connections >= this.maxConnections) {
          sysTry('net.close', { id: info.id });
          this.emit('drop', {
            localAddress: info.localAddress,
            localPort: info.localPort,
            localFamily: 'IPv4',
            remoteAddress: info.remoteAddress,
            remotePort: info.remotePort,
            remoteFamily: 'IPv4',
          });
          return;
        }
        const sock = new Socket({ allowHalfOpen: this._opts.allowHalfOpen === true, _info: info });
        sock.server = this;
        this._connections++;
        sock.once('close', () => {
          this._connections--;
          this._maybeClosed();
        });
        if (this._opts.pauseOnConnect) sock.pause();
        this.emit('connection', sock);
      },
      queue,
    );
    if (this._acceptOp > 0 && !this._refed) sysTry('op.ref', { id: this._acceptOp, ref: false });
  }

  address(): { address: string; family: string; port: number } | null {
    return this._id > 0 ? this._addr : null;
  }

  /** Stops accepting; 'close' follows once every accepted connection has closed (as in Node). */
  close(cb?: (err?: Error) => void): this {
    if (typeof cb === 'function') {
      if (this._id < 0) {
        const err = new Error('Server is not running.') as Error & { code: string };
        err.code = 'ERR_SERVER_NOT_RUNNING';
        this.once('close', () => cb(err));
      } else this.once('close', () => cb());
    }
    if (this._id > 0) sysTry('net.unlisten', { id: this._id });
    this._id = -1;
    this._closing = true;
    this._maybeClosed();
    return this;
  }

  private _maybeClosed(): void {
    if (!this._closing || this._connections > 0) return;
    this._closing = false;
    queue(() => this.emit('close'));
  }

  getConnections(cb: (err: Error | null, n: number) => void): this {
    const n = this._connections;
    queue(() => cb(null, n));
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
