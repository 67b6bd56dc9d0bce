// Host zone: the tls family: a TLS client connection terminated on the host (Node's tls over the
// dialled connection, so certificates are validated here), handed to the guest as a plain socket id
// carrying the cleartext. Also the argument shape and error mapping https requests share with it.

import { ERRNO } from '../../abi/errno.js';
import type { GuestTlsOptions } from '../../net/agents.js';
import { dialedStream, startTls } from '../../net/agents.js';
import { type Dialed, dial, dialEndpoint } from '../../net/dial.js';
import { Endpoint } from '../../net/endpoint.js';
import { splice } from '../../net/publish.js';
import { Errno, fail } from '../errno.js';
import { arrayOf, bool, int, optional, record, str } from '../validate.js';
import { sockets } from './net.js';
import type { SyscallFamily } from './types.js';

const serverName = (v: unknown): string => {
  const s = str(v);
  return s.length > 0 && s.length <= 253 && /^[A-Za-z0-9.-]+$/.test(s) ? s : fail('EINVAL');
};
const pem = (v: unknown): string => {
  const s = str(v);
  return s.length <= 256 * 1024 && s.includes('-----BEGIN ') ? s : fail('EINVAL');
};
const alpn = (v: unknown): string => {
  const s = str(v);
  return s.length > 0 && s.length <= 255 && /^[\x21-\x7e]+$/.test(s) ? s : fail('EINVAL');
};

/** What the guest may say about a TLS client connection. */
export const tlsOptions = record({
  servername: optional(serverName),
  ca: optional(arrayOf(pem, 64)),
  rejectUnauthorized: bool,
  ALPNProtocols: optional(arrayOf(alpn, 8)),
});

const connectArgs = record({
  host: str,
  port: int(1, 65535),
  tls: tlsOptions,
});

/**
 * A failed TLS handshake or certificate check as data the guest turns into Node's error (`code` like
 * DEPTH_ZERO_SELF_SIGNED_CERT or ERR_TLS_CERT_ALTNAME_INVALID, and its message, which names only the
 * certificate and the host asked for); undefined when `err` is a plain errno.
 */
export function tlsFailure(err: unknown): { code: string; message: string } | undefined {
  if (err instanceof Errno) return undefined;
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (code in ERRNO || !/^[A-Z][A-Z0-9_]{2,63}$/.test(code)) return undefined;
  return { code, message: typeof e.message === 'string' ? e.message.slice(0, 512) : code };
}

function certInfo(c: Record<string, unknown>) {
  const name = (v: unknown) =>
    typeof v === 'object' && v !== null
      ? Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string'))
      : {};
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    subject: name(c.subject),
    issuer: name(c.issuer),
    subjectaltname: s(c.subjectaltname),
    valid_from: s(c.valid_from),
    valid_to: s(c.valid_to),
    serialNumber: s(c.serialNumber),
    fingerprint256: s(c.fingerprint256),
  };
}

export const tlsSyscalls: SyscallFamily = {
  'tls.connect': {
    support: 'partial',
    note: 'client only; TLS is terminated on the host (certificates checked there); no client certificates',
    errName: 'connect',
    async(task, a, op) {
      const { host, port, tls } = connectArgs(a);
      const net = task.container.net ?? fail('ENETDOWN');
      const fin = (err: unknown) => {
        if (op.finished) return;
        const t = tlsFailure(err);
        if (t) return op.done(null, { error: { name: 'Error', ...t } });
        op.done(err instanceof Errno ? err.toWire('connect') : { code: 'ECONNRESET', syscall: 'connect' });
      };
      const { ns } = net;
      const metered = ns.bucket !== undefined || ns.idleMs > 0;
      const dialed = metered
        ? dialEndpoint(net.sw, ns, host, port).then((ep): Dialed => ({ ep }))
        : dial(net.sw, ns, host, port);
      dialed.then((d) => {
        const sock = startTls(dialedStream(d, false), host, tls as GuestTlsOptions);
        sock.once('error', fin);
        sock.once('secureConnect', () => {
          sock.removeListener('error', fin);
          if (op.finished || !task.alive) return sock.destroy();
          const [inner, outer] = Endpoint.pair(
            { address: net.ns.primaryAddress, port: sock.localPort ?? 0 },
            { address: host, port },
          );
          splice(sock, outer);
          let id: number;
          try {
            id = sockets(task).open(inner);
          } catch {
            inner.close();
            return op.done({ code: 'EMFILE', syscall: 'connect' });
          }
          op.done(null, {
            socket: {
              id,
              localAddress: inner.local.address,
              localPort: inner.local.port,
              remoteAddress: host,
              remotePort: port,
            },
            authorized: sock.authorized,
            authorizationError: sock.authorizationError ? String(sock.authorizationError) : null,
            alpnProtocol: typeof sock.alpnProtocol === 'string' ? sock.alpnProtocol : false,
            protocol: sock.getProtocol(),
            cipher: sock.getCipher()?.name ?? null,
            peerCertificate: certInfo(sock.getPeerCertificate() as unknown as Record<string, unknown>),
          });
        });
      }, fin);
    },
  },
};
