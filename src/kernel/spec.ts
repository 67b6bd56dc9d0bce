// Host zone: the container spec the library and the CLI hand the kernel, and its validation. Unknown
// keys are rejected (a typo must not silently do nothing); every value is checked before use.

import { isAbsolute, posix } from 'node:path';
import { parseAllowNet } from '../net/egress.js';
import { isIPv4 } from '../net/network.js';
import type { PortMapping } from '../net/publish.js';

export interface BindMount {
  type: 'bind';
  /** Host directory (or file) to expose. */
  source: string;
  /** Absolute path inside the container. */
  target: string;
  readOnly?: boolean;
}

export interface TmpfsMount {
  type: 'tmpfs';
  target: string;
  /** Size limit in bytes. */
  size?: number;
}

export type MountSpec = BindMount | TmpfsMount;

/** cgroup-style limits; enforcement lives in the cgroup controllers. */
export interface Limits {
  /** Memory limit in bytes (V8 heaps plus writable-layer bytes). */
  memory?: number;
  /** Soft memory target in bytes. */
  memoryReservation?: number;
  /** CPU quota in cores (0.5 = half a core). */
  cpus?: number;
  /** Relative CPU weight (Docker's --cpu-shares, default 1024). */
  cpuShares?: number;
  /** Maximum number of processes. */
  pids?: number;
  /** Maximum open files per process. */
  nofile?: number;
  /** Writable-layer size limit in bytes. */
  storage?: number;
  /** Wall-clock limit for the whole run, in ms (exit 124 when hit). */
  timeoutMs?: number;
  /** Grace period between SIGTERM and SIGKILL on stop, in ms. */
  stopTimeoutMs?: number;
  /** A single synchronous run (one event-loop turn) longer than this, in ms, is killed (reason 'cpu'). */
  sliceMs?: number;
  /** Open network connections of the container (in and out); past it, ECONNREFUSED / EMFILE. */
  connections?: number;
  /** Bytes per second across the container's edge (published ports, egress), as a token bucket. */
  netRate?: number;
  /** Published-port and egress connections idle this long (ms) are closed. */
  netIdleMs?: number;
}

export interface ContainerSpec {
  /** Image reference (name[:tag]); exactly one of image and rootfs. */
  image?: string;
  /** A host directory copied in as the root filesystem. */
  rootfs?: string;
  /** Command (overrides the image's Cmd). */
  cmd?: string[];
  /** Entrypoint (overrides the image's Entrypoint). */
  entrypoint?: string[];
  /** Environment, as a map or as `KEY=VALUE` strings. */
  env?: Record<string, string> | string[];
  workdir?: string;
  mounts?: MountSpec[];
  name?: string;
  hostname?: string;
  /** `uid`, `uid:gid`, `name` or `name:group`, resolved against the container's /etc/passwd. */
  user?: string;
  /** Allocate a terminal: fds 0-2 are TTYs (isTTY in the guest). */
  tty?: boolean;
  /** Terminal size when tty is set. */
  ttySize?: { columns: number; rows: number };
  /** Keep stdin open (docker run -i); without it the container's stdin is at EOF. */
  openStdin?: boolean;
  readOnly?: boolean;
  limits?: Limits;
  /** 'bridge' (default: 10.88.0.0/16), 'none' (loopback only) or a network made with kernel.createNetwork. */
  network?: string;
  /** Extra names this container answers to on its network (--network-alias). */
  networkAliases?: string[];
  /** Published ports: a host TCP listener (127.0.0.1 unless hostIp) forwarding to a container port. */
  ports?: PortMapping[];
  /** Egress allow-list: `HOST[:PORT]` entries (IPv4 literal or name) the container may reach outside. */
  allowNet?: string[];
  /** Publish every port the image EXPOSEs on a random host port of 127.0.0.1 (`-P`). */
  publishAll?: boolean;
  /** Extra `/etc/hosts` entries, `NAME:IP` (`--add-host`). */
  extraHosts?: string[];
}

/** A spec error: a one-line message, for the CLI's exit 125 and the library's thrown TypeError. */
export class SpecError extends Error {
  override readonly name = 'SpecError';
}

const SPEC_KEYS = new Set([
  'image',
  'rootfs',
  'cmd',
  'entrypoint',
  'env',
  'workdir',
  'mounts',
  'name',
  'hostname',
  'user',
  'tty',
  'ttySize',
  'openStdin',
  'readOnly',
  'limits',
  'network',
  'networkAliases',
  'ports',
  'allowNet',
  'publishAll',
  'extraHosts',
]);
const LIMIT_KEYS = new Set([
  'memory',
  'memoryReservation',
  'cpus',
  'cpuShares',
  'pids',
  'nofile',
  'storage',
  'timeoutMs',
  'stopTimeoutMs',
  'sliceMs',
  'connections',
  'netRate',
  'netIdleMs',
]);
const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/;
const HOSTNAME_RE =
  /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && !s.includes('\0'));
}

/**
 * `KEY=VALUE` strings or a name → value map. A name is non-empty and has no `=` (a map key `A=B` would
 * reach a child's environment as `A` = `B=…`); nothing holds NUL.
 */
function checkEnv(env: unknown): void {
  const badName = (k: string) => k === '' || k.includes('=') || k.includes('\0');
  if (Array.isArray(env)) {
    if (!isStringArray(env)) throw new SpecError('env must be strings of the form KEY=VALUE');
    for (const e of env) {
      const eq = e.indexOf('=');
      if (eq === 0) throw new SpecError(`invalid environment variable: ${e}`);
    }
    return;
  }
  if (typeof env !== 'object' || env === null) throw new SpecError('env must map names to strings');
  for (const [k, v] of Object.entries(env)) {
    if (typeof v !== 'string' || v.includes('\0')) throw new SpecError('env must map names to strings');
    if (badName(k)) throw new SpecError(`invalid environment variable name: ${JSON.stringify(k)}`);
  }
}

function checkLimits(limits: unknown): Limits {
  if (typeof limits !== 'object' || limits === null || Array.isArray(limits))
    throw new SpecError('limits must be an object');
  for (const k of Object.keys(limits)) if (!LIMIT_KEYS.has(k)) throw new SpecError(`unknown limit "${k}"`);
  const l = limits as Record<string, unknown>;
  for (const k of Object.keys(l)) {
    const v = l[k];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new SpecError(`limit ${k} must be a non-negative number`);
    if (k !== 'cpus' && !Number.isInteger(v)) throw new SpecError(`limit ${k} must be an integer`);
  }
  if (l.memory !== undefined && (l.memory as number) < 6 * 1024 * 1024) {
    throw new SpecError('minimum memory limit allowed is 6MB');
  }
  if (l.pids !== undefined && (l.pids as number) < 1) throw new SpecError('pids limit must be at least 1');
  if (l.connections !== undefined && (l.connections as number) < 1)
    throw new SpecError('connections limit must be at least 1');
  if (l.netRate !== undefined && (l.netRate as number) < 1024)
    throw new SpecError('netRate must be at least 1024 bytes per second');
  return l as Limits;
}

function checkMount(m: unknown, i: number): MountSpec {
  if (typeof m !== 'object' || m === null) throw new SpecError(`mounts[${i}] must be an object`);
  const r = m as Record<string, unknown>;
  if (typeof r.target !== 'string' || !r.target.startsWith('/') || r.target.includes('\0')) {
    throw new SpecError(`mounts[${i}].target must be an absolute container path`);
  }
  // As Docker: the target is cleaned (`/a/../b` is `/b`), and the root itself cannot be a mount.
  const target = posix.normalize(r.target).replace(/(.)\/+$/, '$1');
  if (target === '/') throw new SpecError(`mounts[${i}].target: destination can't be '/'`);
  if (target !== r.target) return checkMount({ ...r, target }, i);
  if (r.type === 'bind') {
    for (const k of Object.keys(r))
      if (!['type', 'source', 'target', 'readOnly'].includes(k))
        throw new SpecError(`mounts[${i}]: unknown key "${k}"`);
    if (typeof r.source !== 'string' || !isAbsolute(r.source) || r.source.includes('\0')) {
      throw new SpecError(`mounts[${i}].source must be an absolute host path`);
    }
    if (r.readOnly !== undefined && typeof r.readOnly !== 'boolean')
      throw new SpecError(`mounts[${i}].readOnly must be a boolean`);
    return r as unknown as BindMount;
  }
  if (r.type === 'tmpfs') {
    for (const k of Object.keys(r))
      if (!['type', 'target', 'size'].includes(k)) throw new SpecError(`mounts[${i}]: unknown key "${k}"`);
    if (r.size !== undefined && (typeof r.size !== 'number' || !Number.isInteger(r.size) || r.size < 0)) {
      throw new SpecError(`mounts[${i}].size must be a byte count`);
    }
    return r as unknown as TmpfsMount;
  }
  throw new SpecError(`mounts[${i}].type must be "bind" or "tmpfs"`);
}

function checkPort(p: unknown, i: number): PortMapping {
  if (typeof p !== 'object' || p === null) throw new SpecError(`ports[${i}] must be an object`);
  const r = p as Record<string, unknown>;
  for (const k of Object.keys(r))
    if (!['hostPort', 'containerPort', 'hostIp'].includes(k))
      throw new SpecError(`ports[${i}]: unknown key "${k}"`);
  const port = (v: unknown, min: number) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= 65535;
  if (!port(r.hostPort, 0)) throw new SpecError(`ports[${i}].hostPort must be a port number`);
  if (!port(r.containerPort, 1))
    throw new SpecError(`ports[${i}].containerPort must be a port number (1-65535)`);
  if (r.hostIp !== undefined && (typeof r.hostIp !== 'string' || !/^\d+\.\d+\.\d+\.\d+$/.test(r.hostIp)))
    throw new SpecError(`ports[${i}].hostIp must be an IPv4 address`);
  return r as unknown as PortMapping;
}

function checkNetwork(s: Record<string, unknown>): void {
  if (
    s.network !== undefined &&
    (typeof s.network !== 'string' || !/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/.test(s.network))
  )
    throw new SpecError(`invalid network "${String(s.network)}"`);
  if (s.network === 'host' && Array.isArray(s.ports) && s.ports.length > 0)
    throw new SpecError('ports cannot be published with network "host" (its listeners are host ports)');
  if (
    s.networkAliases !== undefined &&
    (!isStringArray(s.networkAliases) || !s.networkAliases.every((a) => HOSTNAME_RE.test(a)))
  )
    throw new SpecError('networkAliases must be host names');
  if (s.ports !== undefined && !Array.isArray(s.ports)) throw new SpecError('ports must be an array');
  if (Array.isArray(s.ports)) s.ports.forEach(checkPort);
  if (s.network === 'none' && Array.isArray(s.ports) && s.ports.length > 0)
    throw new SpecError('ports cannot be published with network "none"');
  if (s.allowNet !== undefined) {
    if (!isStringArray(s.allowNet) || s.allowNet.length > 256)
      throw new SpecError('allowNet must be an array of HOST[:PORT] strings');
    try {
      parseAllowNet(s.allowNet);
    } catch (err) {
      throw new SpecError((err as Error).message);
    }
    if (s.network === 'none' && s.allowNet.length > 0)
      throw new SpecError('allowNet cannot be used with network "none"');
  }
  if (s.publishAll !== undefined && typeof s.publishAll !== 'boolean')
    throw new SpecError('publishAll must be a boolean');
  if (s.extraHosts !== undefined) {
    if (!isStringArray(s.extraHosts)) throw new SpecError('extraHosts must be an array of NAME:IP strings');
    for (const h of s.extraHosts) {
      const i = h.lastIndexOf(':');
      if (i <= 0 || !HOSTNAME_RE.test(h.slice(0, i)) || !isIPv4(h.slice(i + 1)))
        throw new SpecError(`invalid add-host "${h}": expected NAME:IPv4`);
    }
  }
}

/** Validates a spec from the library or the CLI; throws SpecError with a one-line message. */
export function validateSpec(spec: unknown): ContainerSpec {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec))
    throw new SpecError('container spec must be an object');
  for (const k of Object.keys(spec)) if (!SPEC_KEYS.has(k)) throw new SpecError(`unknown spec key "${k}"`);
  const s = spec as Record<string, unknown>;
  if ((s.image === undefined) === (s.rootfs === undefined))
    throw new SpecError('give exactly one of image and rootfs');
  if (s.image !== undefined && (typeof s.image !== 'string' || s.image === ''))
    throw new SpecError('image must be a non-empty string');
  if (s.rootfs !== undefined && (typeof s.rootfs !== 'string' || !isAbsolute(s.rootfs))) {
    throw new SpecError('rootfs must be an absolute host path');
  }
  for (const k of ['cmd', 'entrypoint'] as const) {
    if (s[k] !== undefined && !isStringArray(s[k])) throw new SpecError(`${k} must be an array of strings`);
  }
  if (s.env !== undefined) checkEnv(s.env);
  if (s.workdir !== undefined && (typeof s.workdir !== 'string' || !s.workdir.startsWith('/'))) {
    throw new SpecError('workdir must be an absolute path');
  }
  if (s.name !== undefined && (typeof s.name !== 'string' || !NAME_RE.test(s.name))) {
    throw new SpecError(
      `invalid container name "${String(s.name)}": only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
    );
  }
  if (s.hostname !== undefined && (typeof s.hostname !== 'string' || !HOSTNAME_RE.test(s.hostname))) {
    throw new SpecError(`invalid hostname "${String(s.hostname)}"`);
  }
  if (
    s.user !== undefined &&
    (typeof s.user !== 'string' || !/^[a-zA-Z0-9_.-]+(:[a-zA-Z0-9_.-]+)?$/.test(s.user))
  ) {
    throw new SpecError(`invalid user "${String(s.user)}"`);
  }
  for (const k of ['tty', 'openStdin', 'readOnly'] as const) {
    if (s[k] !== undefined && typeof s[k] !== 'boolean') throw new SpecError(`${k} must be a boolean`);
  }
  if (s.ttySize !== undefined) {
    const t = s.ttySize as Record<string, unknown>;
    if (typeof t !== 'object' || t === null || !Number.isInteger(t.columns) || !Number.isInteger(t.rows)) {
      throw new SpecError('ttySize must be { columns, rows }');
    }
  }
  checkNetwork(s);
  const mounts =
    s.mounts === undefined ? undefined : Array.isArray(s.mounts) ? s.mounts.map(checkMount) : null;
  if (mounts === null) throw new SpecError('mounts must be an array');
  const limits = s.limits === undefined ? undefined : checkLimits(s.limits);
  return { ...(s as ContainerSpec), ...(mounts ? { mounts } : {}), ...(limits ? { limits } : {}) };
}

/** `KEY=VALUE` list or map → map (later entries win, as in Docker). */
export function envMap(env: ContainerSpec['env']): Record<string, string> {
  if (!env) return {};
  if (!Array.isArray(env)) return { ...env };
  const out: Record<string, string> = {};
  for (const entry of env) {
    const eq = entry.indexOf('=');
    if (eq <= 0) continue;
    out[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return out;
}
