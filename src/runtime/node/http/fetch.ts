// Guest zone: fetch, Headers, Request and Response over the guest http client (so over the container's
// virtual network; https: with TLS terminated on the host). Other schemes reject as Node's fetch does ("fetch failed"
// with the reason as `cause`). Redirects are followed (up to 20); AbortSignal aborts the request.

import { Buffer } from 'buffer';
import { DOMException } from '../../internal/dom-exception.js';
import { encodeFormData, FormData } from '../../internal/form-data.js';
import { URL } from '../../internal/url-impl.js';
import { request } from '../http.js';
import { request as httpsRequest } from '../https.js';
import type { IncomingMessage } from './incoming.js';

type HeadersInit = Headers | Record<string, string> | [string, string][];

export class Headers {
  private readonly map = new Map<string, { name: string; values: string[] }>();

  constructor(init?: HeadersInit) {
    if (init instanceof Headers) for (const [k, v] of init) this.append(k, v);
    else if (Array.isArray(init)) for (const [k, v] of init) this.append(k, v);
    else if (init && typeof init === 'object')
      for (const [k, v] of Object.entries(init)) this.append(k, String(v));
  }

  append(name: string, value: string): void {
    const key = String(name).toLowerCase();
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key))
      throw new TypeError(`Headers.append: "${name}" is an invalid header name.`);
    const cur = this.map.get(key);
    const v = String(value).trim();
    if (cur) cur.values.push(v);
    else this.map.set(key, { name: key, values: [v] });
  }

  set(name: string, value: string): void {
    this.map.delete(String(name).toLowerCase());
    this.append(name, value);
  }

  get(name: string): string | null {
    const e = this.map.get(String(name).toLowerCase());
    return e ? e.values.join(', ') : null;
  }

  getSetCookie(): string[] {
    return [...(this.map.get('set-cookie')?.values ?? [])];
  }

  has(name: string): boolean {
    return this.map.has(String(name).toLowerCase());
  }

  delete(name: string): void {
    this.map.delete(String(name).toLowerCase());
  }

  forEach(fn: (value: string, name: string, h: Headers) => void, thisArg?: unknown): void {
    for (const [k, v] of this) fn.call(thisArg, v, k, this);
  }

  *entries(): IterableIterator<[string, string]> {
    for (const k of [...this.map.keys()].sort()) {
      if (k === 'set-cookie') for (const v of this.getSetCookie()) yield [k, v];
      else yield [k, this.get(k) as string];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): IterableIterator<string> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

type BodyInit = string | Uint8Array | ArrayBuffer | { toString(): string } | null | undefined;

function bodyBytes(body: BodyInit): { bytes: Uint8Array | null; type: string | null } {
  if (body === null || body === undefined) return { bytes: null, type: null };
  if (typeof body === 'string') return { bytes: Buffer.from(body), type: 'text/plain;charset=UTF-8' };
  if (body instanceof Uint8Array) return { bytes: body, type: null };
  if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body), type: null };
  if (body instanceof FormData) return encodeFormData(body);
  if ((body as object).constructor?.name === 'URLSearchParams')
    return { bytes: Buffer.from(String(body)), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  return { bytes: Buffer.from(String(body)), type: 'text/plain;charset=UTF-8' };
}

/** Shared body readers: bytes come from a buffer, or are collected from an IncomingMessage once. */
class Body {
  protected _bytes: Uint8Array | null = null;
  protected _msg: IncomingMessage | null = null;
  bodyUsed = false;

  protected _consume(): Promise<Uint8Array> {
    if (this.bodyUsed) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    this.bodyUsed = true;
    const msg = this._msg;
    if (!msg) return Promise.resolve(this._bytes ?? new Uint8Array(0));
    return new Promise((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      msg.on('data', (c: Uint8Array) => chunks.push(c));
      msg.on('end', () => resolve(Buffer.concat(chunks)));
      msg.on('error', reject);
    });
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const b = await this._consume();
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }

  async text(): Promise<string> {
    return Buffer.from(await this._consume()).toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

export class Response extends Body {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly type = 'basic';
  url = '';
  redirected = false;

  constructor(body?: BodyInit, init: { status?: number; statusText?: string; headers?: HeadersInit } = {}) {
    super();
    const status = init.status ?? 200;
    if (!Number.isInteger(status) || status < 200 || status > 599)
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    this.status = status;
    this.statusText = init.statusText ?? '';
    this.headers = new Headers(init.headers);
    const { bytes, type } = bodyBytes(body);
    this._bytes = bytes;
    if (type && !this.headers.has('content-type')) this.headers.set('content-type', type);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  static json(data: unknown, init: { status?: number; headers?: HeadersInit } = {}): Response {
    const r = new Response(JSON.stringify(data), init);
    r.headers.set('content-type', 'application/json');
    return r;
  }

  static _fromMessage(msg: IncomingMessage, url: string, redirected: boolean): Response {
    const h: [string, string][] = [];
    for (let i = 0; i + 1 < msg.rawHeaders.length; i += 2)
      h.push([msg.rawHeaders[i] as string, msg.rawHeaders[i + 1] as string]);
    const r = Object.create(Response.prototype) as Response;
    Object.assign(r, {
      status: msg.statusCode,
      statusText: msg.statusMessage ?? '',
      headers: new Headers(h),
      type: 'basic',
      url,
      redirected,
      bodyUsed: false,
      _bytes: null,
      _msg: msg,
    });
    return r;
  }
}

export class Request extends Body {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly signal: AbortSignalLike | undefined;
  readonly redirect: string;

  constructor(input: string | { href: string } | Request, init: FetchInit = {}) {
    super();
    const base = input instanceof Request ? input : null;
    this.url = new URL(base ? base.url : String(input)).href;
    this.method = String(init.method ?? base?.method ?? 'GET').toUpperCase();
    this.headers = new Headers(init.headers ?? base?.headers);
    this.signal = init.signal ?? base?.signal;
    this.redirect = init.redirect ?? base?.redirect ?? 'follow';
    const { bytes, type } = bodyBytes(init.body);
    if (bytes && (this.method === 'GET' || this.method === 'HEAD'))
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    this._bytes = bytes ?? base?._bytesOf() ?? null;
    if (type && !this.headers.has('content-type')) this.headers.set('content-type', type);
  }

  _bytesOf(): Uint8Array | null {
    return this._bytes;
  }
}

interface AbortSignalLike {
  aborted: boolean;
  reason?: unknown;
  addEventListener(t: 'abort', f: () => void): void;
  removeEventListener(t: 'abort', f: () => void): void;
}

interface FetchInit {
  method?: string;
  headers?: HeadersInit;
  body?: BodyInit;
  signal?: AbortSignalLike;
  redirect?: string;
}

function fetchFailed(cause: unknown): TypeError {
  const err = new TypeError('fetch failed') as TypeError & { cause: unknown };
  err.cause = cause;
  return err;
}

function abortError(signal: AbortSignalLike): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

export function fetch(input: string | { href: string } | Request, init: FetchInit = {}): Promise<Response> {
  let req: Request;
  try {
    req = new Request(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  return send(req, req.url, 0);
}

function send(req: Request, url: string, hops: number): Promise<Response> {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return Promise.reject(fetchFailed(new TypeError('unknown scheme')));
  const open = u.protocol === 'https:' ? httpsRequest : request;
  const signal = req.signal;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: '*/*', 'accept-language': '*', 'user-agent': 'node' };
    for (const [k, v] of req.headers) headers[k] = v;
    const body = req._bytesOf();
    if (body) headers['content-length'] = String(body.byteLength);
    const out = open(
      {
        hostname: u.hostname,
        port: u.port || (u.protocol === 'https:' ? 443 : 80),
        path: `${u.pathname}${u.search}`,
        method: req.method,
        headers,
      },
      (msg: IncomingMessage) => {
        signal?.removeEventListener('abort', onAbort);
        const status = msg.statusCode ?? 0;
        const location = msg.headers.location;
        if (
          [301, 302, 303, 307, 308].includes(status) &&
          typeof location === 'string' &&
          req.redirect === 'follow'
        ) {
          msg.resume();
          if (hops >= 20) return reject(fetchFailed(new Error('redirect count exceeded')));
          const next = new URL(location, url).href;
          const follow =
            status === 303 || ((status === 301 || status === 302) && req.method === 'POST')
              ? new Request(next, { method: 'GET', headers: req.headers, ...(signal ? { signal } : {}) })
              : req;
          send(follow, next, hops + 1).then((r) => {
            r.redirected = true;
            resolve(r);
          }, reject);
          return;
        }
        resolve(Response._fromMessage(msg, url, false));
      },
    );
    const onAbort = () => {
      out.destroy();
      reject(abortError(signal as AbortSignalLike));
    };
    signal?.addEventListener('abort', onAbort);
    out.on('error', (err: Error) => {
      signal?.removeEventListener('abort', onAbort);
      reject(fetchFailed(err));
    });
    out.end(body ?? undefined);
  });
}
