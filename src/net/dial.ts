// Host zone: outgoing connections from a namespace. The virtual network is tried first (own loopback,
// containers on shared networks); a destination it does not route goes out as a real host TCP socket
// only when the namespace's egress policy admits the dialled address and port. A loopback address is
// the container's own unless nothing listens there and a rule names it explicitly (`--allow-net
// 127.0.0.2:PORT`); under `--network host` every connection is a real host socket.

import { type Socket, connect as tcpConnect } from 'node:net';
import { Errno, fail } from '../kernel/errno.js';
import { Endpoint } from './endpoint.js';
import type { NetNamespace } from './network.js';
import { isIPv4 } from './network.js';
import { splice } from './publish.js';
import type { NetSwitch } from './switch.js';

/** A connected destination: a virtual end, or a real host socket that left through egress. */
export type Dialed = { ep: Endpoint; sock?: undefined } | { sock: Socket; ep?: undefined };

const HOST_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Opens a real TCP connection to `ip:port` for `ns` (counted against its connection limit). */
function hostSocket(ns: NetNamespace, ip: string, port: number): Promise<Socket> {
  if (ns.connections >= ns.maxConnections) return Promise.reject(new Errno('EMFILE'));
  ns.connections++;
  return new Promise((resolve, reject) => {
    const sock = tcpConnect({ host: ip, port, allowHalfOpen: true });
    ns.hostSockets.add(sock);
    let counted = true;
    const release = () => {
      if (!counted) return;
      counted = false;
      ns.connections--;
      ns.hostSockets.delete(sock);
    };
    sock.once('close', release);
    const failed = (err: NodeJS.ErrnoException) => {
      release();
      const code = err.code && HOST_ERRNOS.has(err.code) ? err.code : 'ECONNREFUSED';
      reject(new Errno(code as 'ECONNREFUSED'));
    };
    sock.once('error', failed);
    sock.once('connect', () => {
      sock.removeListener('error', failed);
      // Whoever takes the socket adds its own handler; until then a reset must not crash the kernel.
      sock.on('error', () => {});
      resolve(sock);
    });
  });
}

/**
 * Connects `ns` to `ip:port`: a virtual end when the switch routes it, else a real host socket when
 * egress allows it, else the switch's refusal (ENETUNREACH, ECONNREFUSED …).
 */
export async function dial(sw: NetSwitch, ns: NetNamespace, ip: string, port: number): Promise<Dialed> {
  if (!isIPv4(ip)) fail('EINVAL');
  if (ns.hostMode) return { sock: await hostSocket(ns, ip, port) };
  const loopback = ip.startsWith('127.');
  if (loopback && !ns.listenerFor(ip, port) && ns.egress?.allows(ip, port))
    return { sock: await hostSocket(ns, ip, port) };
  try {
    return { ep: sw.connect(ns, ip, port) };
  } catch (err) {
    if (!(err instanceof Errno) || err.code !== 'ENETUNREACH' || loopback) throw err;
    if (!ns.egress?.allows(ip, port)) {
      ns.egressDenied++;
      throw err;
    }
  }
  return { sock: await hostSocket(ns, ip, port) };
}

/** As `dial`, but always a virtual end (a real socket is spliced onto a fresh pair): for the socket API. */
export async function dialEndpoint(
  sw: NetSwitch,
  ns: NetNamespace,
  ip: string,
  port: number,
): Promise<Endpoint> {
  const d = await dial(sw, ns, ip, port);
  if (d.ep) return d.ep;
  const sock = d.sock;
  const [inner, outer] = Endpoint.pair(
    {
      address: ns.hostMode ? (sock.localAddress ?? '127.0.0.1') : ns.primaryAddress,
      port: sock.localPort ?? 0,
    },
    { address: ip, port },
  );
  splice(sock, outer, ns.bucket, ns.idleMs);
  return inner;
}
