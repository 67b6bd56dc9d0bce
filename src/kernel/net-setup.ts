// Host zone: plugging a starting container into the network: its namespace on the switch, its egress
// policy and network limits, `/etc/hosts` and `/etc/resolv.conf` written to agree with what the
// kernel resolves, and its published ports (including `publishAll`: every EXPOSEd port of the image).

import type { StorageQuota } from '../cgroup/storage.js';
import { TokenBucket } from '../cgroup/token-bucket.js';
import type { Vfs } from '../fs/vfs.js';
import { EgressPolicy, parseAllowNet } from '../net/egress.js';
import type { NetNamespace } from '../net/network.js';
import { type PortMapping, publishPorts } from '../net/publish.js';
import type { NetSwitch } from '../net/switch.js';
import { isErrno } from './errno.js';
import type { ContainerSpec } from './spec.js';

const ROOT = { cwd: '/', uid: 0, gid: 0, umask: 0o022 };

/** What a plugged container holds until it stops. */
export interface Plugged {
  ns: NetNamespace;
  publishedPorts: (PortMapping & { hostIp: string })[];
  unpublish: (() => void) | undefined;
}

/** `/etc/hosts` as Docker writes it: loopback, the container's own name, then `--add-host` entries. */
export function hostsFile(ns: NetNamespace, hostname: string, extraHosts: readonly string[]): string {
  const lines = [
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'ff00::0\tip6-mcastprefix',
    'ff02::1\tip6-allnodes',
    'ff02::2\tip6-allrouters',
  ];
  if (ns.attachments.length > 0) lines.push(`${ns.primaryAddress}\t${hostname}`);
  for (const h of extraHosts) {
    const i = h.lastIndexOf(':');
    lines.push(`${h.slice(i + 1)}\t${h.slice(0, i)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `/etc/resolv.conf`: names are answered by the kernel's resolver (Docker's embedded DNS address). */
export function resolvConf(ns: NetNamespace): string {
  if (ns.hostMode)
    return '# tsvirt: --network host: names resolve through the host resolver\nnameserver 127.0.0.53\n';
  return '# tsvirt: container names, aliases and allowed egress names are resolved by the kernel\nnameserver 127.0.0.11\noptions ndots:0\n';
}

/** Writes `files` into /etc (made if missing), each as a whole; one that cannot be written is left. */
function writeEtc(vfs: Vfs, files: [path: string, text: string][]): void {
  // A read-only root (--read-only) keeps the image's files, as a missing /etc would.
  const tolerate = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      if (!isErrno(err)) throw err;
    }
  };
  tolerate(() => vfs.mkdir(ROOT, '/etc', 0o755, true));
  for (const [path, text] of files) tolerate(() => vfs.writeFile(ROOT, path, text, 0o1101, 0o644));
}

/** What a container plugs in with. */
export interface PlugSpec {
  spec: ContainerSpec;
  hostname: string;
  name: string;
  vfs: Vfs;
  exposed: readonly string[];
  /** The container's storage quota: the kernel's own files are not charged to it. */
  quota?: StorageQuota;
}

/** The host ports a container publishes: `spec.ports`, plus every EXPOSEd port for `publishAll`. */
export function portsToPublish(c: Pick<PlugSpec, 'spec' | 'exposed'>): PortMapping[] {
  const ports: PortMapping[] = [...(c.spec.ports ?? [])];
  if (c.spec.publishAll) {
    for (const key of c.exposed) {
      const m = /^(\d+)(?:\/tcp)?$/.exec(key);
      const containerPort = Number(m?.[1]);
      if (
        m &&
        containerPort > 0 &&
        containerPort < 65536 &&
        !ports.some((p) => p.containerPort === containerPort)
      )
        ports.push({ hostPort: 0, containerPort });
    }
  }
  return ports;
}

/**
 * Joins the network, applies limits and egress, writes the /etc files: everything but publishing,
 * synchronously (the kernel can then do it while the container's first process boots on its thread).
 */
export function joinNetwork(sw: NetSwitch, c: PlugSpec): NetNamespace {
  const { spec } = c;
  const ns = sw.attach({
    network: spec.network ?? 'bridge',
    hostname: c.hostname,
    name: c.name,
    aliases: spec.networkAliases ?? [],
  });
  const limits = spec.limits ?? {};
  if (limits.connections !== undefined) ns.maxConnections = limits.connections;
  if (limits.netRate !== undefined) ns.bucket = new TokenBucket(limits.netRate, limits.netRate);
  if (limits.netIdleMs !== undefined) ns.idleMs = limits.netIdleMs;
  if (ns.hostMode) ns.egress = new EgressPolicy([], true);
  else if (spec.allowNet?.length) ns.egress = new EgressPolicy(parseAllowNet(spec.allowNet));
  const writeAll = () =>
    writeEtc(c.vfs, [
      ['/etc/hosts', hostsFile(ns, c.hostname, spec.extraHosts ?? [])],
      ['/etc/resolv.conf', resolvConf(ns)],
    ]);
  if (c.quota) c.quota.uncharged(writeAll);
  else writeAll();
  return ns;
}

/** Publishes `ports` of a joined namespace on the host; on failure the namespace is detached. */
export async function publish(sw: NetSwitch, ns: NetNamespace, ports: PortMapping[]): Promise<Plugged> {
  try {
    const pub = await publishPorts(sw, ns, ports);
    return { ns, publishedPorts: pub.bound, unpublish: pub.close };
  } catch (err) {
    sw.detach(ns);
    throw err;
  }
}
