// Host zone: the egress policy of one network namespace: which real-world destinations a container
// may reach (`--allow-net HOST[:PORT]`, or everything under `--network host`). The policy is asked
// twice: at DNS time (a name is looked up by the host's resolver only when a rule names it) and at
// connect time, on the address actually dialled, so a name that later resolves elsewhere (DNS
// rebinding) opens nothing new: an address learnt from a rule's name is admitted only with that
// rule's port, and never when it is loopback, unspecified, link-local or multicast (those must be
// allowed as IP literals).

import { lookup } from 'node:dns/promises';
import { fail } from '../kernel/errno.js';
import { ipToInt, isIPv4 } from './network.js';

/** One `HOST[:PORT]` entry: an IPv4 literal or a host name, any port when `port` is undefined. */
export interface AllowRule {
  host: string;
  port: number | undefined;
  literal: boolean;
}

const HOSTNAME_RE =
  /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*\.?$/;

/** Parses `--allow-net` entries; throws TypeError with a one-line message for a bad one. */
export function parseAllowNet(entries: readonly string[]): AllowRule[] {
  return entries.map((e) => {
    const m = /^([^:]+)(?::(\d{1,5}))?$/.exec(e);
    const host = m?.[1]?.toLowerCase().replace(/\.$/, '') ?? '';
    const port = m?.[2] === undefined ? undefined : Number(m[2]);
    if (!m || (port !== undefined && (port < 1 || port > 65535)) || !HOSTNAME_RE.test(host))
      throw new TypeError(`invalid allow-net entry "${e}": expected HOST[:PORT]`);
    return { host, port, literal: isIPv4(host) };
  });
}

/** Addresses a name may resolve to but that are never admitted through a name (only as literals). */
function isSpecial(ip: string): boolean {
  const n = ipToInt(ip);
  const a = n >>> 24;
  return a === 127 || a === 0 || a >= 224 || (n & 0xffff0000) >>> 0 === ipToInt('169.254.0.0');
}

/** Resolves a name to IPv4 addresses with the host's resolver (injectable for tests). */
export type HostResolver = (name: string) => Promise<string[]>;

const hostResolver: HostResolver = async (name) =>
  (await lookup(name, { family: 4, all: true })).map((r) => r.address);

export class EgressPolicy {
  /** Addresses learnt by resolving a rule's name → the ports they are admitted on (0: any). */
  private readonly learnt = new Map<string, Set<number>>();
  constructor(
    readonly rules: readonly AllowRule[],
    /** `--network host`: everything is allowed. */
    readonly open = false,
    private readonly resolver: HostResolver = hostResolver,
  ) {}

  /** True when some rule names `name` (so the host resolver may be asked about it). */
  allowsName(name: string): boolean {
    if (this.open) return true;
    const n = name.toLowerCase().replace(/\.$/, '');
    return this.rules.some((r) => !r.literal && r.host === n);
  }

  /** Looks `name` up on the host when a rule allows it; ENOTFOUND otherwise (nothing is sent). */
  async resolve(name: string): Promise<string[]> {
    if (!this.allowsName(name)) return fail('ENOTFOUND');
    let found: string[];
    try {
      found = await this.resolver(name);
    } catch {
      return fail('ENOTFOUND');
    }
    if (this.open) return found;
    const n = name.toLowerCase().replace(/\.$/, '');
    for (const ip of found) {
      if (isSpecial(ip)) continue;
      for (const r of this.rules) {
        if (r.literal || r.host !== n) continue;
        const ports = this.learnt.get(ip) ?? new Set<number>();
        ports.add(r.port ?? 0);
        this.learnt.set(ip, ports);
      }
    }
    return found;
  }

  /** Whether a connection to `ip:port` may leave for the real world (checked on the dialled address). */
  allows(ip: string, port: number): boolean {
    if (!isIPv4(ip)) return false;
    if (this.open) return true;
    for (const r of this.rules)
      if (r.literal && r.host === ip && (r.port === undefined || r.port === port)) return true;
    const ports = this.learnt.get(ip);
    return ports !== undefined && (ports.has(0) || ports.has(port));
  }
}
