// Guest zone: node:tls, client side. TLS is terminated on the host (kernel/syscalls/tls.ts): the
// kernel dials through the container's egress policy, runs the handshake with Node's tls and checks
// the certificate against `ca` (or the host's roots) and `servername`; the guest's TLSSocket carries
// the cleartext over an ordinary socket id. Servers (createServer) are not available.

import type { LibError, TlsConnected } from '../../abi/syscalls.js';
import { start } from '../internal/door.js';
import { invalidArgType, type NodeError, notImplemented } from '../internal/errors.js';
import { libException } from '../internal/lib-call.js';
import { nextTick } from '../internal/loop.js';
import { pemList, type TlsWireOptions } from './http/client.js';
import { isIP, resolveHost } from './net/lookup.js';
import { errorWithHostPort, Socket } from './net/socket.js';

const queue = (fn: () => void) => nextTick(fn, []);

interface ConnectOptions {
  host?: string;
  port?: number | string;
  servername?: string;
  ca?: unknown;
  rejectUnauthorized?: boolean;
  ALPNProtocols?: string[];
  socket?: unknown;
  allowHalfOpen?: boolean;
  timeout?: number;
}

/** A TLS client connection; the handshake already happened on the host when 'secureConnect' fires. */
export class TLSSocket extends Socket {
  readonly encrypted = true;
  authorized = false;
  authorizationError: string | null = null;
  alpnProtocol: string | false = false;
  servername: string | false = false;
  private _hs: TlsConnected | undefined;

  constructor(_socket?: unknown, options: { allowHalfOpen?: boolean } = {}) {
    super({ allowHalfOpen: options.allowHalfOpen === true });
    if (_socket !== undefined) throw notImplemented('new tls.TLSSocket(socket) (TLS over a guest socket)');
  }

  _secured(hs: TlsConnected): void {
    this._hs = hs;
    this.authorized = hs.authorized;
    this.authorizationError = hs.authorizationError;
    this.alpnProtocol = hs.alpnProtocol;
  }

  getPeerCertificate(): Record<string, unknown> {
    return this._hs ? { ...this._hs.peerCertificate } : {};
  }

  getProtocol(): string | null {
    return this._hs?.protocol ?? null;
  }

  getCipher(): { name: string; standardName: string; version: string } | undefined {
    const h = this._hs;
    return h?.cipher ? { name: h.cipher, standardName: h.cipher, version: h.protocol ?? '' } : undefined;
  }

  setServername(): void {
    throw notImplemented('tlsSocket.setServername');
  }
}

function connectArgs(args: unknown[]): [ConnectOptions, (() => void) | undefined] {
  let opts: ConnectOptions = {};
  let i = 0;
  if (typeof args[0] === 'number' || typeof args[0] === 'string') {
    opts.port = args[0];
    i = 1;
    if (typeof args[1] === 'string') {
      opts.host = args[1];
      i = 2;
    }
  }
  if (typeof args[i] === 'object' && args[i] !== null) opts = { ...(args[i] as ConnectOptions), ...opts };
  const cb = args.find((a) => typeof a === 'function') as (() => void) | undefined;
  return [opts, cb];
}

/** tls.connect(options[, cb]) / (port[, host][, options][, cb]). */
export function connect(...args: unknown[]): TLSSocket {
  const [opts, cb] = connectArgs(args);
  if (opts.socket !== undefined) throw notImplemented('tls.connect({ socket }) (TLS over a guest socket)');
  if (opts.host !== undefined && typeof opts.host !== 'string')
    throw invalidArgType('options.host', 'of type string', opts.host);
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    const err = new RangeError(
      `Port should be > 0 and < 65536. Received ${String(opts.port)}.`,
    ) as RangeError & {
      code: string;
    };
    err.code = 'ERR_SOCKET_BAD_PORT';
    throw err;
  }
  const host = opts.host || 'localhost';
  const servername = opts.servername ?? (isIP(host) ? undefined : host);
  const ca = pemList(opts.ca);
  const wire: TlsWireOptions = {
    ...(servername ? { servername } : {}),
    ...(ca ? { ca } : {}),
    rejectUnauthorized: opts.rejectUnauthorized !== false,
    ...(Array.isArray(opts.ALPNProtocols) ? { ALPNProtocols: opts.ALPNProtocols.map(String) } : {}),
  };
  const sock = new TLSSocket(undefined, { allowHalfOpen: opts.allowHalfOpen === true });
  if (servername) sock.servername = servername;
  if (typeof opts.timeout === 'number') sock.setTimeout(opts.timeout);
  if (cb) sock.once('secureConnect', cb);
  sock.connecting = true;
  const go = (ip: string) =>
    start(
      'tls.connect',
      { host: ip, port, tls: wire },
      (err, value) => {
        if (sock.destroyed) return;
        sock.connecting = false;
        if (err) return void sock.destroy(errorWithHostPort(err as NodeError, 'connect', ip, port));
        if (typeof value === 'object' && value !== null && 'error' in value)
          return void sock.destroy(libException((value as LibError).error));
        const hs = value as TlsConnected;
        sock._secured(hs);
        sock._attach(hs.socket);
        sock.emit('connect');
        sock.emit('secureConnect');
        sock.emit('ready');
      },
      queue,
    );
  if (isIP(host)) queue(() => go(host === '::1' ? '127.0.0.1' : host));
  else
    resolveHost(host, (err, addrs) => {
      const ip = addrs[0];
      sock.emit('lookup', err, ip, 4, host);
      if (err || !ip) {
        sock.connecting = false;
        sock.destroy(err ?? new Error('lookup failed'));
        return;
      }
      go(ip);
    });
  return sock;
}

const serverMissing = (what: string) => () => {
  throw notImplemented(`tls.${what} (TLS servers are not available in containers; terminate TLS in front)`);
};

export default {
  connect,
  TLSSocket,
  createServer: serverMissing('createServer'),
  Server: serverMissing('Server'),
  createSecureContext: serverMissing('createSecureContext'),
  checkServerIdentity: serverMissing('checkServerIdentity'),
  getCiphers: () => ['tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256'],
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  DEFAULT_ECDH_CURVE: 'auto',
  rootCertificates: [] as string[],
};
