// Guest zone: http.IncomingMessage: the head arrives as data from the kernel (the host's node:http
// parsed it); the body is a kernel stream op, paused when the readable buffer is full.

import { Buffer } from 'buffer';
import EventEmitter from 'events';
import { Readable } from 'readable-stream';
import type { HttpHeadColumns } from '../../../abi/syscalls.js';
import { offData, onData, start, sysTry } from '../../internal/door.js';
import { nextTick } from '../../internal/loop.js';
import type { SocketInfo } from '../net/socket.js';

const queue = (fn: () => void) => nextTick(fn, []);

/** What the kernel sends for a request (server side) or a response (client side). */
export interface MessageHead {
  id: number;
  method: string | null;
  url: string | null;
  statusCode: number | null;
  statusMessage: string | null;
  httpVersion: string;
  rawHeaders: string[];
  remoteAddress: string | null;
  remotePort: number | null;
  /** A protocol upgrade: the connection as a net socket, and the bytes already read past the head. */
  upgrade?: { socket: SocketInfo; head: Uint8Array } | null;
  /** Server side: further requests that were already waiting, handed over with this one. */
  more?: HttpHeadColumns;
}

/** Row `i` of a batch's columns as a head. */
export function headAt(c: HttpHeadColumns, i: number): MessageHead {
  return {
    id: c.ids[i] as number,
    method: c.methods[i] as string,
    url: c.urls[i] as string,
    statusCode: null,
    statusMessage: null,
    httpVersion: c.httpVersions[i] as string,
    rawHeaders: c.rawHeaders[i] as string[],
    remoteAddress: c.remoteAddresses[i] ?? null,
    remotePort: c.remotePorts[i] ?? null,
  };
}

/** Headers of which Node keeps the first value and drops the rest. */
const FIRST_WINS = new Set([
  'age',
  'authorization',
  'content-length',
  'content-type',
  'etag',
  'expires',
  'from',
  'host',
  'if-modified-since',
  'if-unmodified-since',
  'last-modified',
  'location',
  'max-forwards',
  'proxy-authorization',
  'referer',
  'retry-after',
  'server',
  'user-agent',
]);

/** Node's header-joining rules: some repeat as arrays, some keep the first, the rest join with ", ". */
function foldHeaders(raw: string[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    const value = raw[i + 1] as string;
    const cur = out[name];
    if (name === 'set-cookie') out[name] = [...((cur as string[] | undefined) ?? []), value];
    else if (cur === undefined) out[name] = value;
    else if (!FIRST_WINS.has(name)) out[name] = `${cur}${name === 'cookie' ? '; ' : ', '}${value}`;
  }
  return out;
}

/** What `req.socket` / `res.socket` show of a host-side connection. */
export class MessageSocket extends EventEmitter {
  readable = true;
  writable = true;
  readonly remoteFamily = 'IPv4';

  constructor(
    readonly remoteAddress: string | null,
    readonly remotePort: number | null,
  ) {
    super();
  }

  setTimeout(): this {
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  address(): { address: string; family: string; port: number } {
    return { address: '0.0.0.0', family: 'IPv4', port: 0 };
  }
}

export class IncomingMessage extends Readable {
  readonly _id: number;
  private _op = -1;
  private _paused = false;
  method: string | undefined;
  url: string | undefined;
  statusCode: number | undefined;
  statusMessage: string | undefined;
  httpVersion: string;
  httpVersionMajor: number;
  httpVersionMinor: number;
  rawHeaders: string[];
  headers: Record<string, string | string[]>;
  rawTrailers: string[] = [];
  trailers: Record<string, string> = {};
  complete = false;
  aborted = false;
  /** The connection lives on the host; this stands in for it (addresses, and the events libraries watch). */
  socket: MessageSocket;

  constructor(head: MessageHead) {
    super({ highWaterMark: 64 * 1024 });
    this._id = head.id;
    if (head.method !== null) this.method = head.method;
    if (head.url !== null) this.url = head.url;
    if (head.statusCode !== null) this.statusCode = head.statusCode;
    if (head.statusMessage !== null) this.statusMessage = head.statusMessage;
    this.httpVersion = head.httpVersion;
    const [major, minor] = head.httpVersion.split('.').map(Number);
    this.httpVersionMajor = major ?? 1;
    this.httpVersionMinor = minor ?? 1;
    this.rawHeaders = head.rawHeaders;
    this.headers = foldHeaders(head.rawHeaders);
    this.socket = new MessageSocket(head.remoteAddress, head.remotePort);
  }

  get connection() {
    return this.socket;
  }

  get headersDistinct(): Record<string, string[]> {
    const out: Record<string, string[]> = Object.create(null);
    for (let i = 0; i + 1 < this.rawHeaders.length; i += 2) {
      const n = (this.rawHeaders[i] as string).toLowerCase();
      const list = out[n] ?? [];
      list.push(this.rawHeaders[i + 1] as string);
      out[n] = list;
    }
    return out;
  }

  setTimeout(_ms: number, cb?: () => void): this {
    if (cb) this.once('timeout', cb);
    return this;
  }

  _read(): void {
    if (this._id <= 0) {
      // An upgrade request has no body here: its bytes belong to the upgraded socket.
      this.complete = true;
      this.push(null);
      return;
    }
    if (this._op === -1) {
      const id = start('http.body', { id: this._id }, () => {}, queue);
      if (id === -1) return;
      this._op = id;
      onData(id, (chunk) => {
        if (chunk === null) {
          this._op = -2;
          this.complete = true;
          this.push(null);
          return;
        }
        if (
          !this.push(Buffer.from(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength)) &&
          !this._paused
        ) {
          this._paused = true;
          sysTry('stream.pause', { id });
        }
      });
    } else if (this._paused && this._op > 0) {
      this._paused = false;
      sysTry('stream.resume', { id: this._op });
    }
  }

  override _destroy(err: Error | null, cb: (err: Error | null) => void): void {
    if (this._op > 0) {
      sysTry('stream.close', { id: this._op });
      offData(this._op);
    }
    this._op = -2;
    cb(err);
  }
}
