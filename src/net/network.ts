// Host zone: networks (the default bridge and user-defined ones) and network namespaces. A network
// hands out addresses in its subnet and knows its members by address, name and alias; a namespace is
// one container's view: loopback, one address per network it is attached to, its listeners.

import type { Duplex } from 'node:stream';
import type { TokenBucket } from '../cgroup/token-bucket.js';
import { fail } from '../kernel/errno.js';
import type { EgressPolicy } from './egress.js';
import type { Endpoint } from './endpoint.js';

/** Dotted quad → 32-bit unsigned integer. */
export function ipToInt(ip: string): number {
  const parts = ip.split('.').map(Number);
  return (((parts[0] ?? 0) << 24) | ((parts[1] ?? 0) << 16) | ((parts[2] ?? 0) << 8) | (parts[3] ?? 0)) >>> 0;
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** A strict IPv4 dotted quad (what `net.isIPv4` accepts). */
export function isIPv4(s: string): boolean {
  return /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(s);
}

/** A user-visible network: a subnet, its members, and the names its DNS answers. */
export class Network {
  readonly base: number;
  readonly mask: number;
  private nextHost = 2;
  readonly members = new Map<string, NetNamespace>();
  /** Container names and aliases → address, for DNS on this network. */
  readonly names = new Map<string, string>();

  constructor(
    readonly name: string,
    readonly subnet: string,
  ) {
    const m = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(subnet);
    const bits = m ? Number(m[2]) : -1;
    if (!m || !isIPv4(m[1] as string) || bits < 8 || bits > 30)
      throw new TypeError(`invalid subnet "${subnet}"`);
    this.mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    this.base = (ipToInt(m[1] as string) & this.mask) >>> 0;
  }

  contains(ip: string): boolean {
    return isIPv4(ip) && (ipToInt(ip) & this.mask) >>> 0 === this.base;
  }

  /** The next free address (.1 is the gateway, as on Docker's bridge). */
  allocate(): string {
    const size = (~this.mask >>> 0) + 1;
    for (let i = 0; i < size - 3; i++) {
      const host = this.nextHost;
      this.nextHost = this.nextHost + 1 >= size - 1 ? 2 : this.nextHost + 1;
      const ip = intToIp((this.base + host) >>> 0);
      if (!this.members.has(ip)) return ip;
    }
    return fail('ENOSPC');
  }
}

/** A socket waiting to be accepted, or the acceptor waiting for one. */
export class Listener {
  readonly backlog: Endpoint[] = [];
  private acceptor: ((ep: Endpoint | null) => void) | null = null;
  closed = false;
  /** Runs once when the listener closes (a host-mode listener closes its real server). */
  onClose: (() => void) | undefined;
  /** Takes a real host connection as it is (an HTTP listener parses it on the host anyway), so a
   * published port skips the virtual pair. */
  direct: ((sock: Duplex) => void) | undefined;

  constructor(
    readonly ns: NetNamespace,
    readonly address: string,
    readonly port: number,
    readonly maxBacklog: number,
  ) {}

  /** Hands a new server-side end to the acceptor, or queues it (ECONNREFUSED past the backlog). */
  offer(ep: Endpoint): void {
    if (this.acceptor) {
      const a = this.acceptor;
      this.acceptor = null;
      a(ep);
      return;
    }
    if (this.backlog.length >= this.maxBacklog) fail('ECONNREFUSED');
    this.backlog.push(ep);
  }

  /** Runs `cb` with the next connection (now if one is queued), or null when the listener closes. */
  accept(cb: (ep: Endpoint | null) => void): void {
    if (this.closed) fail('EINVAL');
    if (this.acceptor) fail('EALREADY');
    const ep = this.backlog.shift();
    if (ep) queueMicrotask(() => cb(ep));
    else this.acceptor = cb;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    const a = this.acceptor;
    this.acceptor = null;
    a?.(null);
    for (const ep of this.backlog.splice(0)) ep.close();
    this.ns.unbind(this);
    this.onClose?.();
  }
}

/** One container's network namespace. */
export class NetNamespace {
  /** Listeners by `address:port` (address 0.0.0.0 is the wildcard). */
  readonly listeners = new Map<string, Listener>();
  /** Attached networks with this namespace's address on each. */
  readonly attachments: { network: Network; address: string }[] = [];
  private nextEphemeral = 32768;
  /** Open connections (both directions), for the connection limit. */
  connections = 0;
  /** Connections refused because the limit was reached (incoming and outgoing). */
  refused = 0;
  /** Connections to outside addresses and names looked up that the egress policy refused. */
  egressDenied = 0;
  /** What may leave for the real world (undefined: nothing). */
  egress: EgressPolicy | undefined;
  /** `--network host`: sockets are real host sockets (listen binds a host port, connect goes anywhere). */
  hostMode = false;
  /** Bytes per second across the container's edge (published ports, egress), when limited. */
  bucket: TokenBucket | undefined;
  /** Idle published or egress connections are closed after this many ms (0: never). */
  idleMs = 0;
  /** Real host sockets this namespace holds (egress, host-mode), destroyed when it is detached. */
  readonly hostSockets = new Set<{ destroy(): void }>();

  constructor(
    readonly hostname: string,
    public maxConnections = 4096,
  ) {}

  /** Every address this namespace owns. */
  get addresses(): string[] {
    return ['127.0.0.1', ...this.attachments.map((a) => a.address)];
  }

  ownsAddress(ip: string): boolean {
    return this.hostMode || ip.startsWith('127.') || this.attachments.some((a) => a.address === ip);
  }

  /** The first attached address (what the container's hostname resolves to), or loopback. */
  get primaryAddress(): string {
    return this.attachments[0]?.address ?? '127.0.0.1';
  }

  /** The listener that takes a connection to `ip:port` in this namespace, if any. */
  listenerFor(ip: string, port: number): Listener | undefined {
    return this.listeners.get(`${ip}:${port}`) ?? this.listeners.get(`0.0.0.0:${port}`);
  }

  /** Binds a listener; port 0 picks a free ephemeral port. */
  bind(address: string, port: number, backlog: number): Listener {
    if (address !== '0.0.0.0' && !this.ownsAddress(address)) fail('EADDRNOTAVAIL');
    const p = port === 0 ? this.ephemeralPort() : port;
    if (this.portTaken(address, p)) fail('EADDRINUSE');
    const l = new Listener(this, address, p, backlog);
    this.listeners.set(`${address}:${p}`, l);
    return l;
  }

  unbind(l: Listener): void {
    if (this.listeners.get(`${l.address}:${l.port}`) === l) this.listeners.delete(`${l.address}:${l.port}`);
  }

  /** A free port for a listener or a client's local end (Linux's ephemeral range). */
  ephemeralPort(): number {
    for (let i = 0; i < 28232; i++) {
      const p = this.nextEphemeral;
      this.nextEphemeral = p >= 60999 ? 32768 : p + 1;
      if (!this.portTaken('0.0.0.0', p)) return p;
    }
    return fail('EADDRINUSE');
  }

  private portTaken(address: string, port: number): boolean {
    if (address === '0.0.0.0') {
      for (const l of this.listeners.values()) if (l.port === port) return true;
      return false;
    }
    return this.listeners.has(`${address}:${port}`) || this.listeners.has(`0.0.0.0:${port}`);
  }
}
