// Host zone: listening sockets of a namespace. On a virtual network a listener lives in the switch;
// under `--network host` (an explicit opt-in) it is also a real host TCP listener on the same address
// and port, whose connections are spliced into the virtual listener, so guest servers (net and http)
// work unchanged while being reachable from the host and beyond.

import { createServer } from 'node:net';
import { fail } from '../kernel/errno.js';
import { Endpoint } from './endpoint.js';
import { isIPv4, type Listener, type NetNamespace } from './network.js';
import { splice } from './publish.js';

interface Legacy {
  _listen2(address: string, port: number, addressType: number, backlog: number): void;
}

/** Binds a listener of `ns` on `address:port` (port 0: a free one); a real host port in host mode. */
export function bindListener(ns: NetNamespace, address: string, port: number, backlog: number): Listener {
  if (!ns.hostMode) return ns.bind(address, port, backlog);
  if (address === 'localhost') address = '127.0.0.1';
  if (!isIPv4(address)) fail('EADDRNOTAVAIL');
  const server = createServer({ allowHalfOpen: true });
  // The guest's listen is synchronous (a port number now, EADDRINUSE now), but listen() looks the
  // address up first; _listen2 (node's setupListenHandle, kept as a public legacy alias) binds in
  // this turn and reports a failure as a later 'error' event, which the null address already told us.
  server.on('error', () => {});
  (server as unknown as Legacy)._listen2(address, port, 4, backlog);
  const addr = server.address();
  if (addr === null || typeof addr === 'string') {
    server.close();
    // The real error only comes as a later event; a privileged port is the other common cause.
    return fail(port > 0 && port < 1024 && process.getuid?.() !== 0 ? 'EACCES' : 'EADDRINUSE');
  }
  let l: Listener;
  try {
    l = ns.bind(address, addr.port, backlog);
  } catch (err) {
    server.close();
    throw err;
  }
  ns.hostSockets.add(server as unknown as { destroy(): void });
  (server as unknown as { destroy(): void }).destroy = () => server.close();
  l.onClose = () => {
    ns.hostSockets.delete(server as unknown as { destroy(): void });
    server.close();
  };
  server.on('connection', (sock) => {
    if (l.closed || ns.connections >= ns.maxConnections) {
      if (!l.closed) ns.refused++;
      sock.resetAndDestroy();
      return;
    }
    const [client, srv] = Endpoint.pair(
      { address: sock.remoteAddress ?? '127.0.0.1', port: sock.remotePort ?? 0 },
      { address: sock.localAddress ?? address, port: addr.port },
    );
    try {
      l.offer(srv);
    } catch {
      ns.refused++;
      sock.resetAndDestroy();
      return;
    }
    ns.connections++;
    srv.onClose = () => ns.connections--;
    splice(sock, client, ns.bucket, ns.idleMs);
  });
  return l;
}
