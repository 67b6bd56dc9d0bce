// Host zone: the http family: guest HTTP servers and client requests framed by the host's node:http
// (net/http-host.ts). Requests and responses are per-process integer ids; bodies stream as data events.

import { type ClientRequest, type IncomingMessage, request, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { HttpHeadColumns } from '../../abi/syscalls.js';
import { guestAgents } from '../../net/agents.js';
import type { Endpoint } from '../../net/endpoint.js';
import { bindListener } from '../../net/host-mode.js';
import { bridge, type Exchange, HttpListener } from '../../net/http-host.js';
import { Errno, fail } from '../errno.js';
import type { AsyncOp, Task } from '../task.js';
import { arrayOf, bool, bytes, int, optional, record, str } from '../validate.js';
import { HandleTable, perTask } from './handles.js';
import { sockets } from './net.js';
import { tlsFailure, tlsOptions } from './tls.js';
import type { SyscallFamily } from './types.js';

/** At most this many extra requests are handed over with one accept. */
const ACCEPT_BATCH = 255;

const servers = perTask(() => new HandleTable<HttpListener>((s) => s.close()));
const exchanges = perTask(
  () =>
    new HandleTable<Exchange>((ex) => {
      // An ended message is left to flush (destroying it would cut the response or the keep-alive
      // connection short); an unread body is dumped, as node:http does.
      if (!ex.outgoing.writableEnded) ex.outgoing.destroy();
      ex.incoming?.resume();
    }),
);
const agentsOf = new WeakMap<Task, ReturnType<typeof guestAgents>>();

function agents(task: Task) {
  let a = agentsOf.get(task);
  if (!a) {
    const net = task.container.net ?? fail('ENETDOWN');
    const made = guestAgents(net.sw, net.ns);
    a = made;
    agentsOf.set(task, made);
    task.onDeath(() => made.destroy());
  }
  return a;
}

const token = (v: unknown) => {
  const s = str(v);
  return s.length > 0 && s.length <= 256 && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(s) ? s : fail('EINVAL');
};
const headerValue = (v: unknown) => {
  const s = str(v);
  return s.length <= 65536 && !/[\r\n\0]/.test(s) ? s : fail('EINVAL');
};
/** Raw headers as a flat [name, value, name, value …] list, names and values checked as node:http would. */
const rawHeaders = (v: unknown): string[] => {
  const list = arrayOf(str, 2048)(v);
  if (list.length % 2 !== 0) fail('EINVAL');
  for (let i = 0; i < list.length; i++) (i % 2 === 0 ? token : headerValue)(list[i]);
  return list;
};
const idArgs = record({ id: int(1) });
const listenArgs = record({ host: str, port: int(0, 65535), backlog: optional(int(0, 65535)) });
const headArgs = record({
  id: int(1),
  status: int(100, 999),
  message: optional(headerValue),
  headers: rawHeaders,
  sendDate: optional(bool),
});
const writeArgs = record({ id: int(1), data: bytes });
const respondArgs = record({
  id: int(1),
  status: int(100, 999),
  message: optional(headerValue),
  headers: rawHeaders,
  sendDate: optional(bool),
  data: optional(bytes),
});
/** At most this many responses go in one http.respondAll. */
const RESPOND_BATCH = 1024;
/**
 * Columns rather than a list of records: structured clone writes and reads every key of every
 * record, which cost more than the responses' own framing. Entry i is ids[i], statuses[i] …; its body
 * is the next lengths[i] bytes of `bodies` (-1: none).
 */
const respondAllArgs = record({
  ids: arrayOf(int(1), RESPOND_BATCH),
  statuses: arrayOf(int(100, 999), RESPOND_BATCH),
  messages: arrayOf(headerValue, RESPOND_BATCH),
  headers: arrayOf(rawHeaders, RESPOND_BATCH),
  sendDates: arrayOf(bool, RESPOND_BATCH),
  lengths: arrayOf(int(-1), RESPOND_BATCH),
  bodies: bytes,
});

/** The columns of an http.respondAll as one response each; EINVAL unless they line up exactly. */
function respondRows(a: unknown): ReturnType<typeof respondArgs>[] {
  const c = respondAllArgs(a);
  const n = c.ids.length;
  if ([c.statuses, c.messages, c.headers, c.sendDates, c.lengths].some((col) => col.length !== n))
    fail('EINVAL');
  const rows: ReturnType<typeof respondArgs>[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const len = c.lengths[i] as number;
    if (len > c.bodies.byteLength - at) fail('EINVAL');
    rows.push({
      id: c.ids[i] as number,
      status: c.statuses[i] as number,
      message: c.messages[i],
      headers: c.headers[i] as string[],
      sendDate: c.sendDates[i],
      data: len < 0 ? undefined : c.bodies.subarray(at, at + len),
    });
    if (len > 0) at += len;
  }
  if (at !== c.bodies.byteLength) fail('EINVAL');
  return rows;
}
const requestArgs = record({
  host: str,
  port: int(1, 65535),
  method: token,
  path: (v: unknown) => {
    const s = str(v);
    return s.length <= 65536 && /^[\x21-\x7e]+$/.test(s) ? s : fail('EINVAL');
  },
  headers: rawHeaders,
  keepAlive: bool,
  tls: optional(tlsOptions),
});

/** A whole response (head, optional body, end) on a served exchange, which is then released. */
function respondOne(task: Task, r: ReturnType<typeof respondArgs>): void {
  const { id, status, message, headers, sendDate, data } = r;
  const table = exchanges(task);
  const res = table.get(id).outgoing as ServerResponse;
  if (res.headersSent || typeof res.writeHead !== 'function') fail('EINVAL');
  if (sendDate === false) res.sendDate = false;
  guarded(() => {
    if (message === undefined) res.writeHead(status, headers);
    else res.writeHead(status, message, headers);
    res.end(data);
  });
  const cg = task.container.cgroup;
  if (cg && data) cg.netTxBytes += data.byteLength;
  table.close(id);
}

/** Completes an http.accept with `ex` and the requests queued behind it (a batch). */
function acceptNow(task: Task, srv: HttpListener, ex: Exchange, op: AsyncOp, live: boolean): void {
  if (!live || !task.alive) {
    if (ex.upgrade) ex.upgrade.ep.close();
    else (ex.outgoing as ServerResponse).destroy();
    return;
  }
  if (ex.upgrade) {
    try {
      const upgrade = upgradeInfo(task, ex.upgrade);
      op.done(null, { id: 0, ...head(ex.incoming as IncomingMessage), upgrade });
    } catch {
      op.done({ code: 'EMFILE', syscall: 'accept' });
    }
    return;
  }
  let id: number;
  try {
    id = exchanges(task).open(ex);
  } catch {
    op.done({ code: 'EMFILE', syscall: 'accept' });
    return;
  }
  const more: HttpHeadColumns = {
    ids: [],
    methods: [],
    urls: [],
    httpVersions: [],
    rawHeaders: [],
    remoteAddresses: [],
    remotePorts: [],
  };
  for (const next of srv.takeQueued(ACCEPT_BATCH)) {
    let nid: number;
    try {
      nid = exchanges(task).open(next);
    } catch {
      (next.outgoing as ServerResponse).destroy();
      continue;
    }
    const m = next.incoming as IncomingMessage;
    more.ids.push(nid);
    more.methods.push(m.method ?? 'GET');
    more.urls.push(m.url ?? '/');
    more.httpVersions.push(m.httpVersion);
    more.rawHeaders.push(m.rawHeaders);
    more.remoteAddresses.push(m.socket?.remoteAddress ?? null);
    more.remotePorts.push(m.socket?.remotePort ?? null);
  }
  op.done(null, { id, ...head(ex.incoming as IncomingMessage), ...(more.ids.length > 0 ? { more } : {}) });
}

/** The head of an incoming message, as the guest builds IncomingMessage from it. */
function head(m: IncomingMessage) {
  return {
    method: m.method ?? null,
    url: m.url ?? null,
    statusCode: m.statusCode ?? null,
    statusMessage: m.statusMessage ?? null,
    httpVersion: m.httpVersion,
    rawHeaders: m.rawHeaders,
    remoteAddress: m.socket?.remoteAddress ?? null,
    remotePort: m.socket?.remotePort ?? null,
  };
}

/** Hands an upgraded connection to the process as a net socket id (with the bytes read past the head). */
function upgradeInfo(task: Task, up: { ep: Endpoint; head: Uint8Array }) {
  const id = sockets(task).open(up.ep);
  return {
    socket: {
      id,
      localAddress: up.ep.local.address,
      localPort: up.ep.local.port,
      remoteAddress: up.ep.remote.address,
      remotePort: up.ep.remote.port,
    },
    head: up.head,
  };
}

/** Runs a node:http call whose argument errors are the guest's fault: EINVAL, not a kernel bug. */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof Errno) throw err;
    return fail('EINVAL');
  }
}

export const httpSyscalls: SyscallFamily = {
  'http.listen': {
    support: 'partial',
    note: 'HTTP/1.1 only; no upgrade (WebSocket) yet',
    errName: 'listen',
    sync(task, a) {
      const { host, port, backlog } = listenArgs(a);
      const { ns } = task.container.net ?? fail('ENETDOWN');
      const l = bindListener(ns, host === '::' || host === '' ? '0.0.0.0' : host, port, backlog ?? 511);
      const id = servers(task).open(new HttpListener(l));
      return { id, address: l.address, port: l.port };
    },
  },
  'http.accept': {
    support: 'full',
    async(task, a, op) {
      const srv = servers(task).get(idArgs(a).id);
      srv.next((ex) => {
        // Handed over just before the process's next turn, with every request that arrived until
        // then: under load one turn serves them all (the turn, not the parsing, is what costs).
        if (ex) task.loop.beforeTurn((live) => acceptNow(task, srv, ex, op, live));
        else op.done(null, null);
      });
    },
  },
  'http.unlisten': {
    support: 'full',
    sync(task, a) {
      servers(task).close(idArgs(a).id);
      return null;
    },
  },
  'http.writeHead': {
    support: 'full',
    sync(task, a) {
      const { id, status, message, headers, sendDate } = headArgs(a);
      const res = exchanges(task).get(id).outgoing as ServerResponse;
      if (res.headersSent || typeof res.writeHead !== 'function') fail('EINVAL');
      if (sendDate === false) res.sendDate = false;
      guarded(() =>
        message === undefined ? res.writeHead(status, headers) : res.writeHead(status, message, headers),
      );
      return null;
    },
  },
  'http.respond': {
    support: 'full',
    errName: 'writeHead',
    sync(task, a) {
      respondOne(task, respondArgs(a));
      return null;
    },
  },
  'http.respondAll': {
    support: 'full',
    errName: 'writeHead',
    sync(task, a) {
      // Every entry is checked before any is sent: a malformed batch sends nothing (EINVAL), as one
      // malformed http.respond would. After that, each response stands alone: one whose exchange is
      // gone (or that node:http refuses) is reported by id and does not stop the others.
      const failed: number[] = [];
      for (const r of respondRows(a)) {
        try {
          respondOne(task, r);
        } catch (err) {
          if (!(err instanceof Errno)) throw err;
          failed.push(r.id);
        }
      }
      return failed;
    },
  },
  'http.request': {
    support: 'partial',
    note: 'plain http to containers on shared networks; no upgrade yet',
    errName: 'connect',
    sync(task, a) {
      const r = requestArgs(a);
      const ag = agents(task);
      const ex: Exchange = { incoming: undefined, outgoing: undefined as unknown as ClientRequest };
      const common = {
        host: r.host,
        port: r.port,
        method: r.method,
        path: r.path,
        headers: r.headers,
        setHost: false,
      };
      const req = guarded(() =>
        r.tls
          ? httpsRequest({
              ...common,
              ...(r.tls.servername ? { servername: r.tls.servername } : {}),
              ...(r.tls.ca ? { ca: r.tls.ca } : {}),
              rejectUnauthorized: r.tls.rejectUnauthorized,
              agent: r.keepAlive ? ag.tlsKeepAlive : ag.tlsPlain,
            })
          : request({ ...common, agent: r.keepAlive ? ag.keepAlive : ag.plain }),
      );
      ex.outgoing = req;
      req.on('upgrade', (res, socket, upgradeHead) => {
        res.pause();
        ex.incoming = res;
        ex.upgrade = bridge(socket, upgradeHead);
        ex.onResponse?.(null);
      });
      req.on('response', (res) => {
        res.pause();
        ex.incoming = res;
        ex.onResponse?.(null);
      });
      req.on('error', (err) => {
        ex.error = err;
        ex.onResponse?.(err);
      });
      return exchanges(task).open(ex);
    },
  },
  'http.response': {
    support: 'full',
    errName: 'connect',
    async(task, a, op) {
      const ex = exchanges(task).get(idArgs(a).id);
      const finish = (err: Error | null) => {
        ex.onResponse = undefined;
        const t = err ? tlsFailure(err) : undefined;
        if (t) return op.done(null, { error: { name: 'Error', ...t } });
        if (err) {
          const code =
            err instanceof Errno ? err.code : ((err as NodeJS.ErrnoException).code ?? 'ECONNRESET');
          return op.done({
            code: code in ERRNO_OK ? (code as 'ECONNRESET') : 'ECONNRESET',
            syscall: 'connect',
          });
        }
        try {
          const upgrade = ex.upgrade ? upgradeInfo(task, ex.upgrade) : null;
          ex.upgrade = undefined;
          op.done(null, { ...head(ex.incoming as IncomingMessage), upgrade });
        } catch {
          op.done({ code: 'EMFILE', syscall: 'connect' });
        }
      };
      if (ex.error) finish(ex.error);
      else if (ex.incoming) finish(null);
      else ex.onResponse = finish;
    },
  },
  'http.write': {
    support: 'full',
    errName: 'write',
    sync(task, a) {
      const { id, data } = writeArgs(a);
      const out = exchanges(task).get(id).outgoing;
      if (out.writableEnded) fail('EPIPE');
      const cg = task.container.cgroup;
      if (cg) cg.netTxBytes += data.byteLength;
      return guarded(() => out.write(data));
    },
  },
  'http.waitDrain': {
    support: 'full',
    async(task, a, op) {
      const out = exchanges(task).get(idArgs(a).id).outgoing;
      if (!out.writableNeedDrain || out.destroyed) return op.done(null);
      const done = () => op.done(null);
      out.once('drain', done);
      out.once('close', done);
    },
  },
  'http.end': {
    support: 'full',
    sync(task, a) {
      const out = exchanges(task).get(idArgs(a).id).outgoing;
      if (!out.writableEnded) guarded(() => out.end());
      return null;
    },
  },
  'http.body': {
    support: 'full',
    errName: 'read',
    async(task, a, op) {
      const msg = exchanges(task).get(idArgs(a).id).incoming ?? fail('ENOTCONN');
      const cg = task.container.cgroup;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        task.streams.delete(op.id);
        op.data(null);
      };
      msg.on('data', (chunk: Buffer) => {
        if (cg) cg.netRxBytes += chunk.byteLength;
        op.data(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      });
      msg.on('end', end);
      msg.on('close', end);
      msg.on('error', end);
      task.streams.set(op.id, {
        handle: { pause: () => msg.pause(), resume: () => msg.resume(), close: () => msg.destroy() },
        op,
      });
      msg.resume();
    },
  },
  'http.close': {
    support: 'full',
    sync(task, a) {
      exchanges(task).close(idArgs(a).id);
      return null;
    },
  },
};

const ERRNO_OK: Record<string, true> = {
  ECONNREFUSED: true,
  ECONNRESET: true,
  ENETUNREACH: true,
  EHOSTUNREACH: true,
  EPIPE: true,
  EINVAL: true,
  EMFILE: true,
};
