// Guest zone: net.Socket, a Duplex over a kernel socket id. Reads arrive as a kernel stream op (data
// events, paused when the readable buffer is full); writes go straight to the kernel and wait for
// drain when the peer's buffer is full; end() is a half-close (shutdown), destroy() closes.

import { Buffer } from 'buffer';
import { Duplex } from 'readable-stream';
import { offData, onData, start, sysTry } from '../../internal/door.js';
import { invalidArgType, type NodeError, uvException } from '../../internal/errors.js';
import { clearTimer, nextTick, setTimer } from '../../internal/loop.js';
import { isIP, resolveHost } from './lookup.js';

const queue = (fn: () => void) => nextTick(fn, []);

/** What the kernel tells us about a connected socket. */
export interface SocketInfo {
  id: number;
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  remotePort: number;
}

/** `connect ECONNREFUSED 10.88.0.2:80`, as Node's exceptionWithHostPort builds it. */
export function errorWithHostPort(err: NodeError, syscall: string, address: string, port: number): NodeError {
  const e = new Error(
    `${syscall} ${err.code}${port > 0 ? ` ${address}:${port}` : ` ${address}`}`,
  ) as unknown as Record<string, unknown>;
  e.errno = err.errno;
  e.code = err.code;
  e.syscall = syscall;
  e.address = address;
  if (port > 0) e.port = port;
  return e as unknown as NodeError;
}

type Callback = (err?: Error | null) => void;

export class Socket extends Duplex {
  _id = -1;
  private _readOp = -1;
  private _readPaused = false;
  private _wantRead = false;
  private _refed = true;
  private _timeoutMs = 0;
  private _timer: unknown = null;
  connecting = false;
  remoteAddress: string | undefined;
  remotePort: number | undefined;
  remoteFamily: string | undefined;
  localAddress: string | undefined;
  localPort: number | undefined;
  bytesRead = 0;
  private _bytesWritten = 0;
  server: unknown = null;

  constructor(options: { allowHalfOpen?: boolean; _info?: SocketInfo } = {}) {
    super({ allowHalfOpen: options.allowHalfOpen === true, emitClose: false, autoDestroy: true });
    if (options._info) this._attach(options._info);
    this.on('end', () => this._activity());
  }

  get pending(): boolean {
    return this._id < 0;
  }

  get bytesWritten(): number {
    return this._bytesWritten;
  }

  get readyState(): string {
    const { readable, writable } = this as unknown as { readable: boolean; writable: boolean };
    if (this.connecting) return 'opening';
    if (readable && writable) return 'open';
    if (readable) return 'readOnly';
    if (writable) return 'writeOnly';
    return 'closed';
  }

  _attach(info: SocketInfo): void {
    this._id = info.id;
    this.connecting = false;
    this.localAddress = info.localAddress;
    this.localPort = info.localPort;
    this.remoteAddress = info.remoteAddress;
    this.remotePort = info.remotePort;
    this.remoteFamily = 'IPv4';
    // Node starts reading as soon as a socket is connected (read(0)), so EOF is seen without a consumer.
    if (this._wantRead) this._read();
    else if (!this.isPaused()) nextTick(() => this.read(0), []);
  }

  connect(...args: unknown[]): this {
    let opts: { port?: unknown; host?: unknown } = {};
    let cb: unknown;
    if (typeof args[0] === 'object' && args[0] !== null) {
      opts = args[0] as typeof opts;
      cb = args[1];
    } else {
      opts = { port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined };
      cb = typeof args[1] === 'function' ? args[1] : args[2];
    }
    const port = typeof opts.port === 'string' && /^\d+$/.test(opts.port) ? Number(opts.port) : opts.port;
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
      const err = new RangeError(
        `Port should be >= 0 and < 65536. Received ${typeof port === 'number' ? port : `type ${typeof port} (${String(port)})`}.`,
      ) as RangeError & { code: string };
      err.code = 'ERR_SOCKET_BAD_PORT';
      throw err;
    }
    if (opts.host !== undefined && typeof opts.host !== 'string')
      throw invalidArgType('options.host', 'of type string', opts.host);
    const host = (opts.host as string | undefined) || 'localhost';
    if (typeof cb === 'function') this.once('connect', cb as () => void);
    this.connecting = true;
    const go = (ip: string) =>
      start(
        'net.connect',
        { host: ip, port },
        (err, value) => {
          if (this.destroyed) {
            if (!err) sysTry('net.close', { id: (value as SocketInfo).id });
            return;
          }
          if (err) {
            this.connecting = false;
            this.destroy(errorWithHostPort(err as NodeError, 'connect', ip, port));
            return;
          }
          this._attach(value as SocketInfo);
          this._activity();
          this.emit('connect');
          this.emit('ready');
        },
        queue,
      );
    if (isIP(host)) go(host === '::1' ? '127.0.0.1' : host);
    else
      resolveHost(host, (err, addrs) => {
        const ip = addrs[0];
        this.emit('lookup', err, ip, 4, host);
        if (err || !ip) {
          this.connecting = false;
          this.destroy(err ?? new Error('lookup failed'));
          return;
        }
        go(ip);
      });
    return this;
  }

  _read(): void {
    if (this._id < 0) {
      this._wantRead = true;
      return;
    }
    if (this._readOp === -1) {
      const id = start('net.read', { id: this._id }, () => {}, queue);
      if (id === -1) return;
      this._readOp = id;
      if (!this._refed) sysTry('op.ref', { id, ref: false });
      onData(id, (chunk) => {
        this._activity();
        if (chunk === null) {
          this._readOp = -2;
          this.push(null);
          // As Node's onStreamRead: read(0) lets 'end' fire even when nobody consumes the data.
          this.read(0);
          return;
        }
        this.bytesRead += chunk.byteLength;
        if (
          !this.push(Buffer.from(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength)) &&
          !this._readPaused
        ) {
          this._readPaused = true;
          sysTry('stream.pause', { id });
        }
      });
    } else if (this._readPaused && this._readOp > 0) {
      this._readPaused = false;
      sysTry('stream.resume', { id: this._readOp });
    }
  }

  _write(chunk: Uint8Array, _enc: string, cb: Callback): void {
    if (this.connecting || this._id < 0) {
      this.once('connect', () => this._write(chunk, _enc, cb));
      return;
    }
    const r = sysTry('net.write', { id: this._id, data: chunk });
    if (r[0] !== null) {
      const base = uvException({ ...r[0], syscall: 'write' });
      const e = new Error(`write ${base.code}`) as unknown as Record<string, unknown>;
      e.errno = base.errno;
      e.code = base.code;
      e.syscall = 'write';
      cb(e as unknown as Error);
      return;
    }
    this._bytesWritten += chunk.byteLength;
    this._activity();
    if (r[1] === true) cb();
    else start('net.waitDrain', { id: this._id }, (err) => cb(err), queue);
  }

  _final(cb: Callback): void {
    if (this.connecting || this._id < 0) {
      this.once('connect', () => this._final(cb));
      return;
    }
    sysTry('net.shutdown', { id: this._id });
    cb();
  }

  override _destroy(err: Error | null, cb: (err: Error | null) => void): void {
    this._clearTimer();
    if (this._readOp > 0) {
      sysTry('stream.close', { id: this._readOp });
      offData(this._readOp);
    }
    this._readOp = -2;
    if (this._id > 0) sysTry('net.close', { id: this._id });
    cb(err);
    // Node emits 'close' with hadError after the error event.
    nextTick(() => this.emit('close', err !== null && err !== undefined), []);
  }

  setNoDelay(_on?: boolean): this {
    return this;
  }

  setKeepAlive(_on?: boolean, _delay?: number): this {
    return this;
  }

  /** Emits 'timeout' after `ms` of inactivity (0 disables), as Node does; the socket stays open. */
  setTimeout(ms: number, cb?: () => void): this {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
      throw invalidArgType('msecs', 'of type number', ms);
    this._timeoutMs = ms;
    if (cb) {
      if (ms === 0) this.removeListener('timeout', cb);
      else this.once('timeout', cb);
    }
    this._activity();
    return this;
  }

  private _clearTimer(): void {
    if (this._timer) clearTimer(this._timer);
    this._timer = null;
  }

  private _activity(): void {
    this._clearTimer();
    if (this._timeoutMs > 0 && !this.destroyed) {
      // The idle timer alone does not keep the process alive (Node's socket timeouts are unref'd).
      const t = setTimer(() => this.emit('timeout'), this._timeoutMs, [], false);
      t.unref();
      this._timer = t;
    }
  }

  address(): { address: string; family: string; port: number } | Record<string, never> {
    if (this._id < 0) return {};
    return { address: this.localAddress as string, family: 'IPv4', port: this.localPort as number };
  }

  ref(): this {
    this._refed = true;
    if (this._readOp > 0) sysTry('op.ref', { id: this._readOp, ref: true });
    return this;
  }

  unref(): this {
    this._refed = false;
    if (this._readOp > 0) sysTry('op.ref', { id: this._readOp, ref: false });
    return this;
  }
}
