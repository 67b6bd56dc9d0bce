// Host zone (daemon): the body of POST /containers/create: Docker's fields where they fit (Image, Cmd,
// Env …, HostConfig.RestartPolicy …) over an optional `Spec` (tsvirt's full ContainerSpec, which the
// CLI sends). Unknown keys are rejected; the spec itself is validated by the kernel's validateSpec.

import type { ContainerSpec, Limits } from '../kernel/spec.js';
import { ApiError } from './http.js';
import { type RestartPolicy, validRestart } from './restart.js';

const TOP = new Map<string, keyof ContainerSpec | null>([
  ['Image', 'image'],
  ['Cmd', 'cmd'],
  ['Entrypoint', 'entrypoint'],
  ['Env', 'env'],
  ['WorkingDir', 'workdir'],
  ['User', 'user'],
  ['Hostname', 'hostname'],
  ['Tty', 'tty'],
  ['OpenStdin', 'openStdin'],
  ['Spec', null],
  ['HostConfig', null],
]);
const HOST = new Set([
  'RestartPolicy',
  'AutoRemove',
  'NetworkMode',
  'ReadonlyRootfs',
  'Memory',
  'NanoCpus',
  'PidsLimit',
]);

function object(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new ApiError(400, `${what} must be an object`);
  return v as Record<string, unknown>;
}

/** The parsed create request. */
export interface CreateRequest {
  spec: ContainerSpec;
  restart: RestartPolicy;
  autoRemove: boolean;
}

/** Reads a create body; throws ApiError(400) for anything malformed. */
export function parseCreateBody(body: Record<string, unknown>): CreateRequest {
  for (const k of Object.keys(body))
    if (!TOP.has(k)) throw new ApiError(400, `unknown field "${k.slice(0, 64)}"`);
  const spec: Record<string, unknown> = body.Spec === undefined ? {} : { ...object(body.Spec, 'Spec') };
  for (const [field, key] of TOP) if (key && body[field] !== undefined) spec[key] = body[field];
  const host = body.HostConfig === undefined ? {} : object(body.HostConfig, 'HostConfig');
  for (const k of Object.keys(host))
    if (!HOST.has(k)) throw new ApiError(400, `unknown HostConfig field "${k.slice(0, 64)}"`);
  const restart = validRestart(host.RestartPolicy);
  if (typeof restart === 'string') throw new ApiError(400, restart);
  if (host.AutoRemove !== undefined && typeof host.AutoRemove !== 'boolean')
    throw new ApiError(400, 'AutoRemove must be a boolean');
  if (host.AutoRemove === true && restart.Name !== 'no')
    throw new ApiError(400, "can't create 'AutoRemove' container with restart policy");
  if (host.NetworkMode !== undefined && host.NetworkMode !== 'default') spec.network = host.NetworkMode;
  if (host.ReadonlyRootfs !== undefined) spec.readOnly = host.ReadonlyRootfs;
  const limits: Limits = { ...((spec.limits as Limits | undefined) ?? {}) };
  const num = (k: string) => {
    const v = host[k];
    if (v === undefined || v === 0) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new ApiError(400, `${k} must be a non-negative number`);
    return v;
  };
  const mem = num('Memory');
  if (mem !== undefined) limits.memory = mem;
  const nano = num('NanoCpus');
  if (nano !== undefined) limits.cpus = nano / 1e9;
  const pids = num('PidsLimit');
  if (pids !== undefined) limits.pids = pids;
  if (Object.keys(limits).length > 0) spec.limits = limits;
  return { spec: spec as ContainerSpec, restart, autoRemove: host.AutoRemove === true };
}
