// Host zone: the kernel's virtual switch: networks by name, namespaces attached to them, and the one
// routing rule: a namespace reaches its own loopback, and the members of networks it shares. Nothing
// else is reachable: egress to the real world is not routed (ENETUNREACH), so the host's own
// loopback services stay out of reach.

import { fail } from '../kernel/errno.js';
import { Endpoint } from './endpoint.js';
import { isIPv4, NetNamespace, Network } from './network.js';

export type { Network };

/** How a container joins the network (from its spec). */
export interface AttachOptions {
  /** 'bridge' (default), 'none' (loopback only), 'host' (real host sockets) or a user-defined network. */
  network: string;
  hostname: string;
  /** The container's name, resolvable by other members of its networks. */
  name: string;
  aliases: string[];
}

export const DEFAULT_BRIDGE = 'bridge';
export const DEFAULT_SUBNET = '10.88.0.0/16';

export class NetSwitch {
  private readonly networks = new Map<string, Network>([
    [DEFAULT_BRIDGE, new Network(DEFAULT_BRIDGE, DEFAULT_SUBNET)],
  ]);

  /** Creates a user-defined network (`docker network create`). */
  createNetwork(name: string, opts: { subnet?: string } = {}): Network {
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/.test(name) || name === 'none' || name === 'host')
      throw new TypeError(`invalid network name "${name}"`);
    if (this.networks.has(name)) throw new TypeError(`network with name ${name} already exists`);
    const subnet = opts.subnet ?? `10.${89 + this.networks.size - 1}.0.0/16`;
    const net = new Network(name, subnet);
    for (const other of this.networks.values()) {
      if (
        other.contains(net.subnet.split('/')[0] as string) ||
        net.contains(other.subnet.split('/')[0] as string)
      )
        throw new TypeError(`subnet ${subnet} overlaps network ${other.name}`);
    }
    this.networks.set(name, net);
    return net;
  }

  removeNetwork(name: string): void {
    const net = this.networks.get(name);
    if (!net || name === DEFAULT_BRIDGE) throw new TypeError(`network ${name} not found`);
    if (net.members.size > 0) throw new TypeError(`network ${name} has active endpoints`);
    this.networks.delete(name);
  }

  network(name: string): Network | undefined {
    return this.networks.get(name);
  }

  /** A new namespace attached per `opts`; throws for an unknown network. */
  attach(opts: AttachOptions): NetNamespace {
    const ns = new NetNamespace(opts.hostname);
    if (opts.network === 'none') return ns;
    if (opts.network === 'host') {
      ns.hostMode = true;
      return ns;
    }
    const net = this.networks.get(opts.network);
    if (!net) throw new TypeError(`network ${opts.network} not found`);
    const address = net.allocate();
    net.members.set(address, ns);
    ns.attachments.push({ network: net, address });
    for (const n of [opts.name, opts.hostname, ...opts.aliases])
      if (!net.names.has(n)) net.names.set(n, address);
    return ns;
  }

  /** Takes a namespace off its networks and closes its listeners (the container stopped). */
  detach(ns: NetNamespace): void {
    for (const l of [...ns.listeners.values()]) l.close();
    for (const s of [...ns.hostSockets]) s.destroy();
    ns.hostSockets.clear();
    for (const { network, address } of ns.attachments.splice(0)) {
      network.members.delete(address);
      for (const [n, ip] of network.names) if (ip === address) network.names.delete(n);
    }
  }

  /** The namespace that owns `ip` as seen from `from`, or the errno of why it cannot be reached. */
  private route(from: NetNamespace, ip: string): NetNamespace {
    if (ip.startsWith('127.') || ip === '0.0.0.0') return from;
    for (const { network } of from.attachments) {
      const target = network.members.get(ip);
      if (target) return target;
      if (network.contains(ip)) return fail('EHOSTUNREACH');
    }
    return fail('ENETUNREACH');
  }

  /** Connects from a namespace to `ip:port`: the client end (the server end goes to the listener). */
  connect(from: NetNamespace, ip: string, port: number): Endpoint {
    if (!isIPv4(ip)) fail('EINVAL');
    const target = this.route(from, ip);
    const to = ip === '0.0.0.0' ? '127.0.0.1' : ip;
    return this.connectTo(from, target, to, port, ip.startsWith('127.') ? to : from.primaryAddress);
  }

  /** Connects from outside (a published host port) to a namespace's port on its primary address. */
  connectFromHost(target: NetNamespace, port: number, peer: { address: string; port: number }): Endpoint {
    const [client] = this.pairTo(target, target.primaryAddress, port, peer.address, peer.port, undefined);
    return client;
  }

  private connectTo(
    from: NetNamespace,
    target: NetNamespace,
    ip: string,
    port: number,
    src: string,
  ): Endpoint {
    if (from.connections >= from.maxConnections) {
      from.refused++;
      fail('EMFILE');
    }
    const [client] = this.pairTo(target, ip, port, src, from.ephemeralPort(), from);
    return client;
  }

  private pairTo(
    target: NetNamespace,
    ip: string,
    port: number,
    srcIp: string,
    srcPort: number,
    from: NetNamespace | undefined,
  ): [Endpoint, Endpoint] {
    const listener = target.listenerFor(ip, port);
    if (!listener || listener.closed) return fail('ECONNREFUSED');
    if (target.connections >= target.maxConnections) {
      target.refused++;
      fail('ECONNREFUSED');
    }
    const [client, server] = Endpoint.pair({ address: srcIp, port: srcPort }, { address: ip, port });
    listener.offer(server);
    target.connections++;
    server.onClose = () => target.connections--;
    if (from) {
      from.connections++;
      client.onClose = () => from.connections--;
    }
    return [client, server];
  }

  /** Addresses a name resolves to from `from`: localhost, its own hostname, names on shared networks. */
  resolve(from: NetNamespace, name: string): string[] {
    const n = name.toLowerCase();
    if (isIPv4(n)) return [n];
    if (n === 'localhost' || n.endsWith('.localhost')) return ['127.0.0.1'];
    if (n === from.hostname.toLowerCase()) return [from.primaryAddress];
    const found: string[] = [];
    for (const { network } of from.attachments) {
      const ip = network.names.get(name) ?? network.names.get(n);
      if (ip && !found.includes(ip)) found.push(ip);
    }
    return found;
  }
}
