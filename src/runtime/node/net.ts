// Guest zone: node:net over the container's network namespace (kernel/syscalls/net.ts). IPv4 only;
// "::" listens on the IPv4 wildcard and reports itself as Node does.

import { isIP, isIPv4, isIPv6 } from './net/lookup.js';
import { Server } from './net/server.js';
import { Socket } from './net/socket.js';

export function createServer(options?: unknown, listener?: unknown): Server {
  return new Server(options, listener);
}

/** net.connect / net.createConnection: a Socket already connecting. */
export function connect(...args: unknown[]): Socket {
  const first = args[0];
  const opts =
    typeof first === 'object' && first !== null
      ? (first as { allowHalfOpen?: boolean; timeout?: number })
      : {};
  const sock = new Socket({ allowHalfOpen: opts.allowHalfOpen === true });
  if (typeof opts.timeout === 'number') sock.setTimeout(opts.timeout);
  return sock.connect(...args);
}

let autoSelectFamily = true;

export default {
  Server,
  Socket,
  Stream: Socket,
  createServer,
  connect,
  createConnection: connect,
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily: () => autoSelectFamily,
  setDefaultAutoSelectFamily: (v: boolean) => {
    autoSelectFamily = v === true;
  },
};
