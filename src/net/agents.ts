// Host zone: the host-side HTTP(S) client of one guest process. Its Agents connect through `dial`
// (the virtual network first, then egress when the policy allows the dialled address), and for https
// TLS is terminated here with Node's tls over that connection: the guest passes servername, ca and
// rejectUnauthorized as data, and certificates are validated on the host, never by guest code.

import { Agent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { Duplex } from 'node:stream';
import { type TLSSocket, connect as tlsConnect } from 'node:tls';
import { type Dialed, dial, dialEndpoint } from './dial.js';
import { endpointDuplex } from './host-duplex.js';
import type { NetNamespace } from './network.js';
import type { NetSwitch } from './switch.js';

/** What the guest may say about a TLS connection (everything else is the host's default). */
export interface GuestTlsOptions {
  /** SNI and the name the certificate must match (undefined: the dialled address). */
  servername?: string | undefined;
  /** PEM certificates trusted instead of the host's roots. */
  ca?: string[] | undefined;
  rejectUnauthorized: boolean;
  ALPNProtocols?: string[] | undefined;
}

/** The dialled connection as a host stream: the real socket itself, or a duplex over a virtual end. */
export function dialedStream(d: Dialed, allowHalfOpen: boolean): Duplex {
  return d.sock ?? endpointDuplex(d.ep, allowHalfOpen);
}

/** Starts TLS as a client over `base` to `ip` (checked against `servername` or the address). */
export function startTls(base: Duplex, ip: string, opts: GuestTlsOptions): TLSSocket {
  return tlsConnect({
    socket: base,
    host: ip,
    ...(opts.servername ? { servername: opts.servername } : {}),
    ...(opts.ca ? { ca: opts.ca } : {}),
    rejectUnauthorized: opts.rejectUnauthorized,
    ...(opts.ALPNProtocols ? { ALPNProtocols: opts.ALPNProtocols } : {}),
  });
}

type ConnectOpts = { host?: string | null; port?: number | string | null } & Partial<GuestTlsOptions>;
type Done = (err: Error | null, s?: Duplex) => void;

function overrideConnect(agent: Agent, sw: NetSwitch, ns: NetNamespace, tls: boolean): Agent {
  const connect = (opts: ConnectOpts, cb: Done) => {
    const ip = String(opts.host ?? '127.0.0.1');
    const port = Number(opts.port ?? (tls ? 443 : 80));
    // A metered namespace (rate or idle limit) goes through a spliced pair, where the limits apply.
    const metered = ns.bucket !== undefined || ns.idleMs > 0;
    (metered ? dialEndpoint(sw, ns, ip, port).then((ep): Dialed => ({ ep })) : dial(sw, ns, ip, port)).then(
      (d) => {
        const base = dialedStream(d, false);
        if (!tls) return cb(null, base);
        cb(
          null,
          startTls(base, ip, {
            servername: opts.servername ?? undefined,
            ca: opts.ca ?? undefined,
            rejectUnauthorized: opts.rejectUnauthorized !== false,
            ALPNProtocols: ['http/1.1'],
          }),
        );
      },
      (err: Error) => cb(err),
    );
    return undefined;
  };
  (agent as unknown as { createConnection: typeof connect }).createConnection = connect;
  return agent;
}

/** Host Agents of one process (plain and keep-alive, http and https), destroyed when it dies. */
export function guestAgents(sw: NetSwitch, ns: NetNamespace) {
  const keepAlive = overrideConnect(new Agent({ keepAlive: true, maxSockets: 256 }), sw, ns, false);
  const plain = overrideConnect(new Agent({ keepAlive: false, maxSockets: 256 }), sw, ns, false);
  const tlsKeepAlive = overrideConnect(new HttpsAgent({ keepAlive: true, maxSockets: 256 }), sw, ns, true);
  const tlsPlain = overrideConnect(new HttpsAgent({ keepAlive: false, maxSockets: 256 }), sw, ns, true);
  return {
    keepAlive,
    plain,
    tlsKeepAlive,
    tlsPlain,
    destroy() {
      for (const a of [keepAlive, plain, tlsKeepAlive, tlsPlain]) a.destroy();
    },
  };
}
