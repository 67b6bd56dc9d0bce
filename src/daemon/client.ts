// Host zone (daemon): the API client the CLI uses: JSON requests over the daemon's Unix socket,
// multiplexed output streams, and exec's upgraded connection (stdin in, frames out).

import { request as httpRequest, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { Duplex, Readable } from 'node:stream';
import { defaultHome } from '../image/index.js';
import { demuxer } from './http.js';

/** The daemon's socket: $TSVIRT_SOCKET, else $TSVIRT_HOME/tsvirt.sock. */
export function defaultSocket(env: NodeJS.ProcessEnv = process.env): string {
  return env.TSVIRT_SOCKET || join(defaultHome(env), 'tsvirt.sock');
}

/** No daemon answered on the socket. */
export class DaemonUnavailableError extends Error {
  constructor(readonly socket: string) {
    super(`cannot connect to the tsvirt daemon at ${socket}; is it running? Start it with 'tsvirt daemon &'`);
  }
}

/** The daemon answered with an error status. */
export class DaemonError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A request body, a query, or nothing. */
export interface CallOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
}

function pathWith(path: string, query: CallOptions['query']): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function readAll(res: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of res as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

async function errorOf(res: IncomingMessage): Promise<DaemonError> {
  const text = (await readAll(res)).toString('utf8');
  let message = text.trim() || `HTTP ${res.statusCode}`;
  try {
    const j = JSON.parse(text) as { message?: unknown };
    if (typeof j.message === 'string') message = j.message;
  } catch {
    // Not JSON: keep the text.
  }
  return new DaemonError(res.statusCode ?? 500, message);
}

export class DaemonClient {
  constructor(readonly socket: string = defaultSocket()) {}

  /** Opens a request; resolves with the response (any status). */
  private open(
    method: string,
    path: string,
    opts: CallOptions,
    headers: Record<string, string> = {},
  ): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
      const req = httpRequest({
        socketPath: this.socket,
        method,
        path: pathWith(path, opts.query),
        headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      });
      req.once('response', resolve);
      req.once('error', (err: NodeJS.ErrnoException) => {
        reject(
          err.code === 'ENOENT' || err.code === 'ECONNREFUSED'
            ? new DaemonUnavailableError(this.socket)
            : err,
        );
      });
      req.end(body);
    });
  }

  /** A JSON call: resolves with the parsed body (null for an empty one) and the status. */
  async call<T = unknown>(
    method: string,
    path: string,
    opts: CallOptions = {},
  ): Promise<{ status: number; body: T }> {
    const res = await this.open(method, path, opts);
    if ((res.statusCode ?? 500) >= 400) throw await errorOf(res);
    const text = (await readAll(res)).toString('utf8');
    return { status: res.statusCode ?? 200, body: (text ? JSON.parse(text) : null) as T };
  }

  /** A multiplexed stream (logs, attach): `onFrame` per frame; resolves when the daemon ends it. */
  async stream(
    method: string,
    path: string,
    opts: CallOptions,
    onFrame: (stream: number, data: Buffer) => void,
    onOpen?: () => void,
  ): Promise<void> {
    const res = await this.open(method, path, opts);
    if ((res.statusCode ?? 500) >= 400) throw await errorOf(res);
    onOpen?.();
    const feed = demuxer(onFrame);
    await new Promise<void>((resolve) => {
      res.on('data', feed);
      res.once('end', resolve);
      res.once('close', resolve);
    });
  }

  /** A line-delimited JSON stream (stats): `onValue` per line, until the daemon ends it. */
  async lines(path: string, opts: CallOptions, onValue: (v: unknown) => void): Promise<void> {
    const res = await this.open('GET', path, opts);
    if ((res.statusCode ?? 500) >= 400) throw await errorOf(res);
    let buf = '';
    res.setEncoding('utf8');
    for await (const chunk of res as AsyncIterable<string>) {
      buf += chunk;
      for (let nl = buf.indexOf('\n'); nl !== -1; nl = buf.indexOf('\n')) {
        onValue(JSON.parse(buf.slice(0, nl)));
        buf = buf.slice(nl + 1);
      }
    }
  }

  /** Upgrades a POST to a raw connection (exec start): write stdin to it, demux its output. */
  upgrade(path: string, body: unknown): Promise<Duplex> {
    return new Promise((resolve, reject) => {
      const text = JSON.stringify(body);
      const req = httpRequest({
        socketPath: this.socket,
        method: 'POST',
        path,
        headers: { 'Content-Type': 'application/json', Connection: 'Upgrade', Upgrade: 'tcp' },
      });
      req.once('upgrade', (_res, socket, head) => {
        if (head.length > 0) socket.unshift(head);
        resolve(socket);
      });
      req.once('response', (res) => void errorOf(res).then(reject));
      req.once('error', (err: NodeJS.ErrnoException) => {
        reject(
          err.code === 'ENOENT' || err.code === 'ECONNREFUSED'
            ? new DaemonUnavailableError(this.socket)
            : err,
        );
      });
      req.end(text);
    });
  }
}
