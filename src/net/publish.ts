// Host zone: published ports (`-p [IP:]HOSTPORT:CONTAINERPORT`): a real TCP listener on the host whose
// connections are forwarded into the container's listener over a virtual connection, with
// backpressure both ways. The default bind address is 127.0.0.1, never all interfaces.

import { createServer, type Server, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { TokenBucket } from '../cgroup/token-bucket.js';
import type { Endpoint } from './endpoint.js';
import type { NetNamespace } from './network.js';
import type { NetSwitch } from './switch.js';

/** One published port. */
export interface PortMapping {
  hostPort: number;
  containerPort: number;
  /** Host address to bind (default 127.0.0.1). */
  hostIp?: string;
}

/** The largest piece written at once when a rate limit applies. */
const SLICE = 16 * 1024;

/** Joins a host stream (socket or duplex) and a virtual end: bytes both ways, end and close both ways.
 * With a bucket, bytes in either direction take tokens and a side that ran into debt is paused until
 * it is paid (the container's bytes-per-second limit); `idleMs` closes a connection idle that long. */
export function splice(sock: Duplex, ep: Endpoint, bucket?: TokenBucket, idleMs = 0): void {
  // A side may be held for two reasons at once (peer buffer full, rate debt): resume when both clear.
  let inHolds = 0;
  const holdIn = () => {
    if (inHolds++ === 0) sock.pause();
  };
  const releaseIn = () => {
    if (--inHolds === 0) sock.resume();
  };
  const later = (ms: number, fn: () => void) => setTimeout(fn, ms).unref();
  sock.on('data', (chunk: Buffer) => {
    let ok: boolean;
    try {
      ok = ep.write(chunk);
    } catch {
      sock.destroy();
      return;
    }
    if (!ok) {
      holdIn();
      ep.waitDrain(releaseIn);
    }
    const wait = bucket?.consume(chunk.byteLength) ?? 0;
    if (wait > 0) {
      holdIn();
      later(wait, releaseIn);
    }
  });
  sock.on('end', () => ep.end());
  sock.on('close', () => ep.close());
  sock.on('error', () => ep.close());
  if (idleMs > 0 && 'setTimeout' in sock)
    (sock as Socket).setTimeout(idleMs, () => (sock as Socket).destroy());
  let outHolds = 0;
  const holdOut = () => {
    if (outHolds++ === 0) reader.pause();
  };
  const releaseOut = () => {
    if (--outHolds === 0) reader.resume();
  };
  // Rate-limited output goes out in slices, so one large write cannot jump the bucket.
  const queued: Uint8Array[] = [];
  let ended = false;
  const pump = () => {
    while (queued.length > 0) {
      const piece = queued.shift() as Uint8Array;
      if (!sock.write(piece)) {
        holdOut();
        sock.once('drain', releaseOut);
      }
      const wait = bucket?.consume(piece.byteLength) ?? 0;
      if (wait > 0 && queued.length > 0) return void later(wait, pump);
    }
    if (ended) sock.end();
    releaseOut();
  };
  const reader = ep.read((chunk) => {
    if (!bucket) {
      if (chunk === null) return void sock.end();
      if (!sock.write(chunk)) {
        holdOut();
        sock.once('drain', releaseOut);
      }
      return;
    }
    const idle = queued.length === 0;
    if (chunk === null) ended = true;
    else for (let o = 0; o < chunk.byteLength; o += SLICE) queued.push(chunk.subarray(o, o + SLICE));
    if (!idle) return;
    holdOut();
    pump();
  });
}

/**
 * Starts host listeners for `ports`, forwarding into `ns`. Resolves with a closer once every port is
 * bound; rejects (closing those already bound) with a one-line error when a host port is taken.
 */
export async function publishPorts(
  sw: NetSwitch,
  ns: NetNamespace,
  ports: readonly PortMapping[],
): Promise<{ close(): void; bound: { hostIp: string; hostPort: number; containerPort: number }[] }> {
  const servers: Server[] = [];
  const bound: { hostIp: string; hostPort: number; containerPort: number }[] = [];
  const sockets = new Set<Socket>();
  const close = () => {
    for (const s of servers) s.close();
    for (const s of sockets) s.destroy();
  };
  try {
    for (const p of ports) {
      const hostIp = p.hostIp ?? '127.0.0.1';
      // Half-open: a client that shuts down its side still gets the rest of the answer.
      const server = createServer({ allowHalfOpen: true }, (sock) => {
        sockets.add(sock);
        sock.on('close', () => sockets.delete(sock));
        // An HTTP server in the container parses on the host anyway: give it the real socket, without
        // a virtual pair in between — unless a rate limit must meter the bytes or an idle limit must
        // time them (node:http re-arms the socket's own timeout for keep-alive, which would undo ours).
        const l = ns.listenerFor(ns.primaryAddress, p.containerPort);
        if (l?.direct && !l.closed && !ns.bucket && ns.idleMs === 0) {
          if (ns.connections >= ns.maxConnections) {
            ns.refused++;
            sock.resetAndDestroy();
            return;
          }
          ns.connections++;
          sock.once('close', () => ns.connections--);
          l.direct(sock);
          return;
        }
        let ep: Endpoint;
        try {
          ep = sw.connectFromHost(ns, p.containerPort, {
            address: sock.remoteAddress ?? '127.0.0.1',
            port: sock.remotePort ?? 0,
          });
        } catch {
          // Nothing listens in the container: the client sees its connection reset, as with docker-proxy.
          sock.resetAndDestroy();
          return;
        }
        splice(sock, ep, ns.bucket, ns.idleMs);
      });
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', (err: NodeJS.ErrnoException) =>
          reject(
            new Error(
              `publishing ${hostIp}:${p.hostPort}->${p.containerPort}/tcp: ${
                err.code === 'EADDRINUSE' ? 'address already in use' : (err.code ?? err.message)
              }`,
            ),
          ),
        );
        server.listen(p.hostPort, hostIp, () => resolve());
      });
      const addr = server.address();
      bound.push({
        hostIp,
        hostPort: typeof addr === 'object' && addr ? addr.port : p.hostPort,
        containerPort: p.containerPort,
      });
    }
  } catch (err) {
    close();
    throw err;
  }
  return { close, bound };
}
