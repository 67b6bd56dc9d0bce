// Guest zone: http.ClientRequest and http.Agent. The request goes to the kernel at the first write or
// end (headers may change until then), after the host name is resolved in the container; the host's
// node:http sends it over the virtual network and hands back the response head, then the body.

import { Buffer } from 'buffer';
import type { LibError } from '../../../abi/syscalls.js';
import { start, sysTry } from '../../internal/door.js';
import { invalidArgType, type NodeError, nodeError } from '../../internal/errors.js';
import { libException } from '../../internal/lib-call.js';
import { nextTick } from '../../internal/loop.js';
import { URL } from '../../internal/url-impl.js';
import { isIP, resolveHost } from '../net/lookup.js';
import { errorWithHostPort, Socket } from '../net/socket.js';
import { IncomingMessage, type MessageHead } from './incoming.js';
import { OutgoingMessage } from './outgoing.js';

const queue = (fn: () => void) => nextTick(fn, []);

/** Connection pooling options; the pooling itself is the host Agent's (one per process and mode). */
export class Agent {
  keepAlive: boolean;
  maxSockets: number;
  options: Record<string, unknown>;
  readonly requests = Object.create(null);
  readonly sockets = Object.create(null);
  readonly freeSockets = Object.create(null);
  defaultPort = 80;
  protocol = 'http:';

  constructor(options: { keepAlive?: boolean; maxSockets?: number; [k: string]: unknown } = {}) {
    this.options = { ...options, path: null };
    this.keepAlive = options.keepAlive === true;
    this.maxSockets = options.maxSockets ?? Number.POSITIVE_INFINITY;
  }

  destroy(): void {}
}

/** Node 20's global agent keeps connections alive. */
export const globalAgent = new Agent({ keepAlive: true });

export interface RequestOptions {
  protocol?: string;
  host?: string;
  hostname?: string;
  port?: number | string;
  method?: string;
  path?: string;
  headers?: Record<string, unknown> | string[];
  agent?: Agent | boolean;
  setHost?: boolean;
  timeout?: number;
  auth?: string;
  /** https: the name to verify (default: the host name), trusted CAs, and whether to verify. */
  servername?: string;
  ca?: unknown;
  rejectUnauthorized?: boolean;
  /** Set by https.request: the agent whose protocol and port are the defaults. */
  _defaultAgent?: Agent;
}

/** The TLS options the kernel takes (PEM strings; certificates are verified on the host). */
export interface TlsWireOptions {
  servername?: string;
  ca?: string[];
  rejectUnauthorized: boolean;
  ALPNProtocols?: string[];
}

/** Normalises Node's `ca` (a string, Buffer, or an array of them) to PEM strings. */
export function pemList(ca: unknown): string[] | undefined {
  if (ca === undefined || ca === null) return undefined;
  const list = Array.isArray(ca) ? ca : [ca];
  return list.map((c) => {
    if (typeof c === 'string') return c;
    if (c instanceof Uint8Array) return Buffer.from(c).toString('latin1');
    throw invalidArgType('options.ca', 'of type string or an instance of Buffer', c);
  });
}

export class ClientRequest extends OutgoingMessage {
  readonly method: string;
  readonly path: string;
  readonly host: string;
  readonly protocol: string;
  readonly port: number;
  private readonly _tls: TlsWireOptions | undefined;
  readonly agent: Agent | undefined;
  reusedSocket = false;
  private _starting = false;
  private readonly _waiting: (() => void)[] = [];
  private _address = '';

  constructor(opts: RequestOptions, cb?: (res: IncomingMessage) => void) {
    super();
    const defaultAgent = opts._defaultAgent ?? globalAgent;
    const expected = defaultAgent.protocol;
    if (opts.protocol !== undefined && opts.protocol !== expected) {
      throw nodeError(
        'ERR_INVALID_PROTOCOL',
        `Protocol "${opts.protocol}" not supported. Expected "${expected}"`,
        TypeError,
      );
    }
    this.protocol = expected;
    this.method = String(opts.method ?? 'GET').toUpperCase();
    this.path = opts.path ?? '/';
    if (/[\u0000-\u0020]/.test(this.path))
      throw nodeError('ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters', TypeError);
    this.host = opts.hostname ?? opts.host?.replace(/:\d+$/, '') ?? 'localhost';
    this.port = Number(opts.port ?? defaultAgent.defaultPort);
    this.agent = opts.agent === false ? undefined : opts.agent instanceof Agent ? opts.agent : defaultAgent;
    const ao = this.agent?.options ?? {};
    const servername = opts.servername ?? (ao.servername as string | undefined) ?? this.host;
    this._tls =
      expected === 'https:'
        ? {
            ...(servername && !isIP(servername) ? { servername } : {}),
            ...(pemList(opts.ca ?? ao.ca) ? { ca: pemList(opts.ca ?? ao.ca) as string[] } : {}),
            rejectUnauthorized: (opts.rejectUnauthorized ?? ao.rejectUnauthorized) !== false,
          }
        : undefined;
    if (Array.isArray(opts.headers)) {
      for (let i = 0; i + 1 < opts.headers.length; i += 2)
        this.appendHeader(opts.headers[i] as string, opts.headers[i + 1] as string);
    } else if (opts.headers) {
      for (const [k, v] of Object.entries(opts.headers)) if (v !== undefined) this.setHeader(k, v as string);
    }
    if (opts.setHost !== false && !this.hasHeader('host'))
      this.setHeader(
        'Host',
        this.port === defaultAgent.defaultPort ? this.host : `${this.host}:${this.port}`,
      );
    if (opts.auth && !this.hasHeader('authorization')) {
      const b = (globalThis as unknown as { Buffer: { from(s: string): { toString(e: string): string } } })
        .Buffer;
      this.setHeader('Authorization', `Basic ${b.from(opts.auth).toString('base64')}`);
    }
    if (!this.hasHeader('connection'))
      this.setHeader('Connection', this.agent?.keepAlive ? 'keep-alive' : 'close');
    if (typeof cb === 'function') this.once('response', cb);
    if (typeof opts.timeout === 'number') this.setTimeout(opts.timeout);
  }

  protected override _ready(fn: () => void): void {
    if (this._id > 0) {
      fn();
      return;
    }
    this._waiting.push(fn);
    if (this._starting) return;
    this._starting = true;
    const go = (ip: string) => {
      this._address = ip;
      this.headersSent = true;
      const r = sysTry('http.request', {
        host: ip,
        port: this.port,
        method: this.method,
        path: this.path,
        headers: this._flatHeaders(),
        keepAlive: this.agent?.keepAlive === true,
        ...(this._tls ? { tls: this._tls } : {}),
      });
      if (r[0] !== null) return this._fail(r[0].code);
      this._id = r[1] as number;
      this.emit('socket', { remoteAddress: ip, remotePort: this.port });
      for (const f of this._waiting.splice(0)) f();
      this._awaitResponse();
    };
    if (isIP(this.host)) queue(() => go(this.host === '::1' ? '127.0.0.1' : this.host));
    else
      resolveHost(this.host, (err, addrs) => {
        if (err || !addrs[0]) {
          this.destroyed = true;
          this.emit('error', err ?? new Error('lookup failed'));
          this.emit('close');
          return;
        }
        go(addrs[0]);
      });
  }

  private _fail(code: string): void {
    const err = errorWithHostPort(
      { code, errno: errnoOf(code) } as NodeError,
      'connect',
      this._address,
      this.port,
    );
    this.destroyed = true;
    this.emit('error', err);
    this.emit('close');
  }

  private _awaitResponse(): void {
    start(
      'http.response',
      { id: this._id },
      (err, value) => {
        if (err) return this._fail((err as NodeError).code ?? 'ECONNRESET');
        if (typeof value === 'object' && value !== null && 'error' in value) {
          this.destroyed = true;
          this.emit('error', libException((value as LibError).error));
          this.emit('close');
          return;
        }
        const v = value as Omit<MessageHead, 'id'>;
        if (v.upgrade) {
          const res = new IncomingMessage({ ...v, id: 0 });
          const socket = new Socket({ _info: v.upgrade.socket });
          sysTry('http.close', { id: this._id });
          if (this.listenerCount('upgrade') > 0)
            this.emit('upgrade', res, socket, Buffer.from(v.upgrade.head));
          else socket.destroy();
          return;
        }
        const res = new IncomingMessage({ ...v, id: this._id });
        res.on('end', () => {
          sysTry('http.close', { id: this._id });
          queue(() => this.emit('close'));
        });
        if (!this.emit('response', res)) res.resume();
      },
      queue,
    );
  }

  abort(): void {
    this.destroy();
  }

  setNoDelay(): void {}
  setSocketKeepAlive(): void {}
}

function errnoOf(code: string): number {
  const table: Record<string, number> = {
    ECONNREFUSED: -111,
    ECONNRESET: -104,
    ENETUNREACH: -101,
    EHOSTUNREACH: -113,
  };
  return table[code] ?? -5;
}

/** Normalises request(url?, options?, cb?) as Node does. */
export function requestArgs(
  a: unknown,
  b: unknown,
  c: unknown,
): [RequestOptions, ((r: IncomingMessage) => void) | undefined] {
  let opts: RequestOptions = {};
  let cb: unknown = c;
  if (typeof a === 'string' || (typeof a === 'object' && a !== null && 'href' in a && 'searchParams' in a)) {
    const u = new URL(String(a));
    opts = {
      protocol: u.protocol,
      hostname: u.hostname.replace(/^\[|\]$/g, ''),
      ...(u.port ? { port: Number(u.port) } : {}),
      path: `${u.pathname}${u.search}`,
      ...(u.username ? { auth: `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}` } : {}),
    };
    if (typeof b === 'function') cb = b;
    else if (typeof b === 'object' && b !== null) opts = { ...opts, ...(b as RequestOptions) };
  } else if (typeof a === 'object' && a !== null) {
    opts = { ...(a as RequestOptions) };
    cb = b;
  } else {
    throw invalidArgType('options', 'of type object or string', a);
  }
  return [opts, typeof cb === 'function' ? (cb as (r: IncomingMessage) => void) : undefined];
}
