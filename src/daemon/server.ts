// Host zone (daemon): `tsvirt daemon`'s process: the supervisor behind an HTTP server on a Unix socket
// (mode 0600: whoever can open it can run code as this user, as with Docker's socket). Every handler
// failure becomes a JSON error; nothing a client sends can take the daemon down.

import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import type { Duplex } from 'node:stream';
import { apiErrorOf } from './api-errors.js';
import { ApiError, sendJson } from './http.js';
import { route } from './routes.js';
import { execUpgrade, upgradeTarget } from './routes-streams.js';
import { Supervisor } from './supervisor.js';

export interface DaemonOptions {
  home: string;
  socket: string;
  shards: number;
  warmPool?: number;
  logMaxBytes?: number;
  log: (message: string) => void;
}

/** A running daemon. */
export interface Daemon {
  supervisor: Supervisor;
  /** Stops serving, stops the containers and the shards. */
  close(): Promise<void>;
}

/** Whether something answers on the socket at `path`. */
function answering(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(path);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** Clears a stale socket file; refuses when another daemon answers or the path is not a socket. */
async function claimSocket(path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (!existsSync(path)) return;
  if (!lstatSync(path).isSocket()) throw new Error(`${path} exists and is not a socket`);
  if (await answering(path)) throw new Error(`another tsvirt daemon is already serving ${path}`);
  unlinkSync(path);
}

function fail(res: ServerResponse, err: unknown, log: (m: string) => void): void {
  const e = apiErrorOf(err);
  const status = e instanceof ApiError ? e.status : 500;
  if (status === 500) log(`internal error: ${e.stack ?? e.message}`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, { message: e.message });
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // The socket is made 0600 from the start: no window in which another user could connect.
    const old = process.umask(0o177);
    server.once('error', reject);
    server.listen(path, () => {
      process.umask(old);
      chmodSync(path, 0o600);
      resolve();
    });
  });
}

/** Whether process `pid` exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes $TSVIRT_HOME/daemon.pid: one daemon per home (two would fight over the same records), on
 * whatever socket. A file left by a daemon that died is taken over. Returns the releaser.
 */
function lockHome(home: string): () => void {
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const file = join(home, 'daemon.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      return () => {
        if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid))
        throw new Error(`another tsvirt daemon (pid ${pid}) is using ${home}`);
      unlinkSync(file);
    }
  }
  throw new Error(`cannot take ${file}`);
}

/** Starts the daemon: the supervisor (and its shards), then the API on the socket. */
export async function startDaemon(opts: DaemonOptions): Promise<Daemon> {
  const unlock = lockHome(opts.home);
  try {
    return await serve(opts, unlock);
  } catch (err) {
    unlock();
    throw err;
  }
}

async function serve(opts: DaemonOptions, unlock: () => void): Promise<Daemon> {
  await claimSocket(opts.socket);
  const sup = await Supervisor.open({
    home: opts.home,
    shards: opts.shards,
    ...(opts.warmPool !== undefined ? { warmPool: opts.warmPool } : {}),
    log: opts.log,
    ...(opts.logMaxBytes !== undefined ? { logMaxBytes: opts.logMaxBytes } : {}),
  });
  const server = createServer({ maxHeaderSize: 16 * 1024 }, (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://tsvirt');
    Promise.resolve()
      .then(() => {
        const { handler, params } = route(req.method ?? 'GET', url.pathname);
        return handler({ sup, req, res, params, query: url.searchParams });
      })
      .catch((err: unknown) => fail(res, err, opts.log));
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => {});
    Promise.resolve()
      .then(() => {
        if (req.method !== 'POST') throw new ApiError(405, 'only POST can be upgraded');
        const id = upgradeTarget(new URL(req.url ?? '/', 'http://tsvirt').pathname);
        return execUpgrade(sup, req, socket, head, id);
      })
      .catch((err: unknown) => {
        const e = apiErrorOf(err);
        const status = e instanceof ApiError ? e.status : 500;
        const body = JSON.stringify({ message: e.message });
        socket.end(
          `HTTP/1.1 ${status} Error\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      });
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    const status =
      err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
  server.maxConnections = 512;
  await listen(server, opts.socket);
  return {
    supervisor: sup,
    close: async () => {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
      await sup.close();
      if (existsSync(opts.socket)) unlinkSync(opts.socket);
      unlock();
    },
  };
}
