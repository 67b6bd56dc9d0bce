// Guest zone: http.OutgoingMessage and http.ServerResponse. Headers are kept here with the names as
// given (setHeader); the head and body go to the kernel, where the host's node:http frames them
// (Date, Connection, chunked coding or Content-Length, exactly as Node does).

import { Buffer } from 'buffer';
import EventEmitter from 'events';
import { start, sysTry } from '../../internal/door.js';
import { invalidArgType, nodeError, uvException } from '../../internal/errors.js';
import { nextTick } from '../../internal/loop.js';
import { batchable, queueResponse, type WholeResponse } from './respond-queue.js';
import { STATUS_CODES } from './status.js';

const queue = (fn: () => void) => nextTick(fn, []);
type Cb = (err?: Error | null) => void;
type HeaderValue = string | number | readonly string[];

const TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;

export function validateHeaderName(name: unknown): void {
  if (typeof name !== 'string' || !name || !TOKEN.test(name)) {
    const err = nodeError(
      'ERR_INVALID_HTTP_TOKEN',
      `Header name must be a valid HTTP token ["${String(name)}"]`,
      TypeError,
    );
    throw err;
  }
}

export function validateHeaderValue(name: string, value: unknown): void {
  if (value === undefined)
    throw nodeError(
      'ERR_HTTP_INVALID_HEADER_VALUE',
      `Invalid value "${String(value)}" for header "${name}"`,
      TypeError,
    );
  if (/[^\t\x20-\x7e\x80-\xff]/.test(String(value)))
    throw nodeError('ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`, TypeError);
}

/** Short ASCII bodies (the usual `res.end('…')`) are encoded here: Buffer.from costs several µs a call. */
const ASCII_FAST_MAX = 1024;

function asciiBytes(s: string): Uint8Array | undefined {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return undefined;
    out[i] = c;
  }
  return out;
}

function toBytes(chunk: unknown, encoding?: string): Uint8Array {
  if (typeof chunk === 'string') {
    const utf8 = !encoding || encoding === 'utf8' || encoding === 'utf-8';
    const fast = utf8 && chunk.length <= ASCII_FAST_MAX ? asciiBytes(chunk) : undefined;
    return fast ?? Buffer.from(chunk, (encoding || 'utf8') as 'utf8');
  }
  if (chunk instanceof Uint8Array) return chunk;
  throw invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
}

export class OutgoingMessage extends EventEmitter {
  protected _headers = new Map<string, { name: string; value: HeaderValue }>();
  /** Kernel exchange id once the message exists on the host (-1 before). */
  _id = -1;
  headersSent = false;
  finished = false;
  writableEnded = false;
  writableFinished = false;
  destroyed = false;
  sendDate = true;
  chunkedEncoding = false;
  protected _pendingWrites = 0;

  setHeader(name: string, value: HeaderValue): this {
    if (this.headersSent)
      throw nodeError('ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    this._headers.set(name.toLowerCase(), { name, value });
    return this;
  }

  appendHeader(name: string, value: HeaderValue): this {
    const cur = this._headers.get(name.toLowerCase());
    if (!cur) return this.setHeader(name, value);
    const list = [
      ...(Array.isArray(cur.value) ? cur.value : [String(cur.value)]),
      ...(Array.isArray(value) ? value : [String(value)]),
    ];
    return this.setHeader(cur.name, list);
  }

  getHeader(name: string): HeaderValue | undefined {
    return this._headers.get(String(name).toLowerCase())?.value;
  }

  getHeaders(): Record<string, HeaderValue> {
    const out: Record<string, HeaderValue> = Object.create(null);
    for (const [k, v] of this._headers) out[k] = v.value;
    return out;
  }

  getHeaderNames(): string[] {
    return [...this._headers.keys()];
  }

  getRawHeaderNames(): string[] {
    return [...this._headers.values()].map((h) => h.name);
  }

  hasHeader(name: string): boolean {
    return this._headers.has(String(name).toLowerCase());
  }

  removeHeader(name: string): void {
    if (this.headersSent)
      throw nodeError('ERR_HTTP_HEADERS_SENT', 'Cannot remove headers after they are sent to the client');
    this._headers.delete(String(name).toLowerCase());
  }

  /** The header map as a flat raw list for the kernel. */
  protected _flatHeaders(): string[] {
    const flat: string[] = [];
    for (const { name, value } of this._headers.values()) {
      if (Array.isArray(value)) for (const v of value) flat.push(name, String(v));
      else flat.push(name, String(value));
    }
    return flat;
  }

  /** Sends the head if it has not gone yet (subclasses). */
  protected _sendHead(): void {}

  /** Ensures the kernel exchange exists, then runs `fn` (client requests create it lazily). */
  protected _ready(fn: () => void): void {
    fn();
  }

  write(chunk: unknown, encoding?: unknown, cb?: unknown): boolean {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      const err = nodeError('ERR_STREAM_WRITE_AFTER_END', 'write after end');
      queue(() => {
        if (typeof cb === 'function') (cb as Cb)(err);
        this.emit('error', err);
      });
      return false;
    }
    const data = toBytes(chunk, encoding as string | undefined);
    this._pendingWrites++;
    this._ready(() => {
      this._sendHead();
      const r = sysTry('http.write', { id: this._id, data });
      const done = (err?: Error | null) => {
        this._pendingWrites--;
        if (typeof cb === 'function') (cb as Cb)(err ?? null);
        if (this._pendingWrites === 0 && !err) this.emit('drain');
      };
      if (r[0] !== null) return queue(() => done(uvException({ ...r[0], syscall: 'write' })));
      if (r[1] === true) queue(() => done());
      else start('http.waitDrain', { id: this._id }, (err) => done(err), queue);
    });
    return this._pendingWrites < 2;
  }

  end(chunk?: unknown, encoding?: unknown, cb?: unknown): this {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      if (typeof cb === 'function') queue(() => (cb as Cb)());
      return this;
    }
    if (chunk !== undefined && chunk !== null) {
      if (!this.hasHeader('content-length') && !this.headersSent && typeof chunk !== 'function')
        this.setHeader('Content-Length', toBytes(chunk, encoding as string | undefined).byteLength);
      this.write(chunk, encoding);
    } else if (
      !this.headersSent &&
      !this.hasHeader('content-length') &&
      !this.hasHeader('transfer-encoding') &&
      this._emptyBodyLength()
    ) {
      this.setHeader('Content-Length', 0);
    }
    this.writableEnded = true;
    this.finished = true;
    if (typeof cb === 'function') this.once('finish', cb as () => void);
    this._ready(() => {
      this._sendHead();
      sysTry('http.end', { id: this._id });
      queue(() => {
        this.writableFinished = true;
        this.emit('finish');
        this._afterFinish();
      });
    });
    return this;
  }

  /** Whether an end() without a body should say Content-Length: 0 (Node does for responses). */
  protected _emptyBodyLength(): boolean {
    return false;
  }

  protected _afterFinish(): void {}

  flushHeaders(): void {
    this._ready(() => this._sendHead());
  }

  setTimeout(_ms: number, cb?: () => void): this {
    if (cb) this.once('timeout', cb);
    return this;
  }

  destroy(err?: Error): this {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this._id > 0) sysTry('http.close', { id: this._id });
    queue(() => {
      if (err) this.emit('error', err);
      this.emit('close');
    });
    return this;
  }
}

export class ServerResponse extends OutgoingMessage {
  statusCode = 200;
  statusMessage: string | undefined;
  readonly req: unknown;
  readonly socket: unknown;

  constructor(id: number, req: { socket: unknown }) {
    super();
    this._id = id;
    this.req = req;
    this.socket = req.socket;
  }

  get connection(): unknown {
    return this.socket;
  }

  writeHead(statusCode: number, reason?: unknown, headers?: unknown): this {
    if (this.headersSent)
      throw nodeError('ERR_HTTP_HEADERS_SENT', 'Cannot write headers after they are sent to the client');
    if (typeof reason !== 'string') {
      headers = reason;
      reason = undefined;
    }
    const code = Number(statusCode);
    if (!Number.isInteger(code) || code < 100 || code > 999) {
      const err = new RangeError(`Invalid status code: ${String(statusCode)}`) as RangeError & {
        code: string;
      };
      err.code = 'ERR_HTTP_INVALID_STATUS_CODE';
      throw err;
    }
    this.statusCode = code;
    if (reason !== undefined) this.statusMessage = reason as string;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
    } else if (headers && typeof headers === 'object') {
      for (const [k, v] of Object.entries(headers)) if (v !== undefined) this.setHeader(k, v as HeaderValue);
    }
    this._sendHead();
    return this;
  }

  protected override _sendHead(): void {
    if (this.headersSent) return;
    this.headersSent = true;
    const message = this.statusMessage ?? STATUS_CODES[this.statusCode] ?? 'unknown';
    const r = sysTry('http.writeHead', {
      id: this._id,
      status: this.statusCode,
      message,
      headers: this._flatHeaders(),
      sendDate: this.sendDate,
    });
    if (r[0] !== null) throw uvException({ ...r[0], syscall: 'writeHead' });
  }

  protected override _emptyBodyLength(): boolean {
    return (
      this.statusCode !== 204 && this.statusCode !== 304 && !(this.statusCode >= 100 && this.statusCode < 200)
    );
  }

  private _responded = false;

  /**
   * The common `res.end(body)` with nothing sent yet: head, body, end and release in one kernel call
   * (`http.respond`) instead of four; everything else (events, ordering) as the general path.
   */
  override end(chunk?: unknown, encoding?: unknown, cb?: unknown): this {
    if (
      this.headersSent ||
      this.writableEnded ||
      this._pendingWrites > 0 ||
      this._id <= 0 ||
      typeof chunk === 'function' ||
      typeof encoding === 'function' ||
      (chunk !== undefined && chunk !== null && typeof chunk !== 'string' && !(chunk instanceof Uint8Array))
    )
      return super.end(chunk, encoding, cb);
    const data =
      chunk === undefined || chunk === null ? undefined : toBytes(chunk, encoding as string | undefined);
    if (!this.hasHeader('content-length') && !(data === undefined && this.hasHeader('transfer-encoding'))) {
      if (data !== undefined) this.setHeader('Content-Length', data.byteLength);
      else if (this._emptyBodyLength()) this.setHeader('Content-Length', 0);
    }
    const whole: WholeResponse = {
      id: this._id,
      status: this.statusCode,
      message: this.statusMessage ?? STATUS_CODES[this.statusCode] ?? 'unknown',
      headers: this._flatHeaders(),
      sendDate: this.sendDate,
      ...(data !== undefined ? { data } : {}),
    };
    // The usual case joins the turn's batch; one the kernel would refuse goes alone and throws here.
    if (batchable(whole)) queueResponse(whole, this);
    else {
      const r = sysTry('http.respond', whole);
      if (r[0] !== null) throw uvException({ ...r[0], syscall: 'writeHead' });
    }
    this.headersSent = true;
    this.writableEnded = true;
    this.finished = true;
    this._responded = true;
    if (typeof cb === 'function') this.once('finish', cb as () => void);
    queue(() => {
      this.writableFinished = true;
      this.emit('finish');
      this._afterFinish();
    });
    return this;
  }

  /** The kernel refused this response after end() returned (its exchange was gone): like a response
   * whose connection died, it is destroyed, and an 'error' listener hears why. */
  _respondFailed(err: Error): void {
    if (this.destroyed) return;
    this.destroyed = true;
    queue(() => {
      if (this.listenerCount('error') > 0) this.emit('error', err);
    });
  }

  protected override _afterFinish(): void {
    if (!this._responded) sysTry('http.close', { id: this._id });
    queue(() => this.emit('close'));
  }

  writeContinue(): void {
    throw nodeError('ERR_NOT_IMPLEMENTED', 'response.writeContinue is not implemented in tsvirt');
  }
}
