// Host zone (daemon): the REST API's routes (Docker Engine API paths; an optional /vX.Y prefix is
// accepted): containers, networks, the daemon itself. Streaming routes live in routes-streams.ts.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { arch, platform } from 'node:os';
import { tsvirtVersion } from '../cli/version.js';
import { apiErrorOf, parseSignal } from './api-errors.js';
import { parseCreateBody } from './create-body.js';
import { ApiError, flag, intParam, readJson, sendEmpty, sendJson } from './http.js';
import { PREDEFINED } from './networks.js';
import { attach, containerLogs, containerStats, execInspect, execStart } from './routes-streams.js';
import type { Supervisor } from './supervisor.js';
import { inspectView, summary } from './views.js';

/** What a route handler gets. */
export interface RouteCtx {
  sup: Supervisor;
  req: IncomingMessage;
  res: ServerResponse;
  /** The path's variable parts, decoded. */
  params: string[];
  query: URLSearchParams;
}

type Handler = (ctx: RouteCtx) => Promise<void> | void;

/** Path segments: ids and names (checked again where they are used). */
const SEG = '([^/]+)';

const routes: Array<[string, RegExp, Handler]> = [
  ['GET', /^\/_ping$/, ({ res }) => void res.writeHead(200, { 'Content-Type': 'text/plain' }).end('OK')],
  ['GET', /^\/version$/, ({ res }) => sendJson(res, 200, version())],
  ['GET', /^\/info$/, ({ sup, res }) => sendJson(res, 200, info(sup))],
  [
    'GET',
    /^\/containers\/json$/,
    ({ sup, res, query }) => sendJson(res, 200, sup.table.list(flag(query, 'all')).map(summary)),
  ],
  ['POST', /^\/containers\/create$/, createContainer],
  ['GET', new RegExp(`^/containers/${SEG}/json$`), inspectContainer],
  [
    'POST',
    new RegExp(`^/containers/${SEG}/start$`),
    async ({ sup, res, params }) => sendEmpty(res, (await sup.start(params[0] as string)) ? 204 : 304),
  ],
  [
    'POST',
    new RegExp(`^/containers/${SEG}/stop$`),
    async ({ sup, res, params, query }) =>
      sendEmpty(res, (await sup.stop(params[0] as string, intParam(query, 't', 86400))) ? 204 : 304),
  ],
  [
    'POST',
    new RegExp(`^/containers/${SEG}/restart$`),
    async ({ sup, res, params, query }) => {
      await sup.restart(params[0] as string, intParam(query, 't', 86400));
      sendEmpty(res, 204);
    },
  ],
  [
    'POST',
    new RegExp(`^/containers/${SEG}/kill$`),
    async ({ sup, res, params, query }) => {
      await sup.kill(params[0] as string, parseSignal(query.get('signal') || 'SIGKILL'));
      sendEmpty(res, 204);
    },
  ],
  ['POST', new RegExp(`^/containers/${SEG}/wait$`), waitContainer],
  [
    'DELETE',
    new RegExp(`^/containers/${SEG}$`),
    async ({ sup, res, params, query }) => {
      await sup.remove(params[0] as string, flag(query, 'force'));
      sendEmpty(res, 204);
    },
  ],
  ['GET', new RegExp(`^/containers/${SEG}/logs$`), containerLogs],
  ['POST', new RegExp(`^/containers/${SEG}/attach$`), attach],
  ['GET', new RegExp(`^/containers/${SEG}/stats$`), containerStats],
  ['POST', new RegExp(`^/containers/${SEG}/exec$`), execCreate],
  ['POST', new RegExp(`^/exec/${SEG}/start$`), execStart],
  ['GET', new RegExp(`^/exec/${SEG}/json$`), execInspect],
  ['GET', /^\/networks$/, ({ sup, res }) => sendJson(res, 200, networkViews(sup))],
  ['POST', /^\/networks\/create$/, createNetwork],
  [
    'GET',
    new RegExp(`^/networks/${SEG}$`),
    ({ sup, res, params }) => sendJson(res, 200, findNetwork(sup, params[0] as string)),
  ],
  ['DELETE', new RegExp(`^/networks/${SEG}$`), removeNetwork],
];

/** Finds the route for a request: the handler and its params, or a 404/405 ApiError. */
export function route(method: string, path: string): { handler: Handler; params: string[] } {
  const p = path.replace(/^\/v\d+\.\d+(?=\/)/, '');
  let pathMatched = false;
  for (const [m, re, handler] of routes) {
    const hit = re.exec(p);
    if (!hit) continue;
    pathMatched = true;
    if (m !== method) continue;
    try {
      return { handler, params: hit.slice(1).map((s) => decodeURIComponent(s)) };
    } catch {
      throw new ApiError(400, 'malformed percent-encoding in the path');
    }
  }
  throw pathMatched
    ? new ApiError(405, `method ${method} not allowed on ${p}`)
    : new ApiError(404, 'page not found');
}

function version(): Record<string, unknown> {
  return {
    Version: tsvirtVersion(),
    ApiVersion: '1.43',
    MinAPIVersion: '1.24',
    Os: platform(),
    Arch: arch(),
    KernelVersion: `node ${process.version}`,
  };
}

function info(sup: Supervisor): Record<string, unknown> {
  const all = sup.table.list(true);
  return {
    Containers: all.length,
    ContainersRunning: all.filter((r) => r.State.Running).length,
    ContainersStopped: all.filter((r) => !r.State.Running).length,
    ServerVersion: tsvirtVersion(),
    Shards: sup.shardInfo(),
  };
}

async function createContainer({ sup, req, res, query }: RouteCtx): Promise<void> {
  const body = parseCreateBody(await readJson(req));
  const name = query.get('name');
  const rec = await sup.create({ ...body, ...(name ? { name } : {}) });
  sendJson(res, 201, { Id: rec.Id, Warnings: [] });
}

function inspectContainer({ sup, res, params }: RouteCtx): void {
  const rec = sup.table.resolve(params[0] as string);
  const shard = rec.Shard !== null ? sup.pool.shards[rec.Shard] : undefined;
  sendJson(res, 200, inspectView(rec, shard, sup.table.log(rec.Id).path));
}

async function waitContainer({ sup, res, params }: RouteCtx): Promise<void> {
  const rec = sup.table.resolve(params[0] as string);
  const state = rec.State.Running ? await sup.nextExit(rec) : rec.State;
  sendJson(res, 200, { StatusCode: state.ExitCode, Error: state.Error ? { Message: state.Error } : null });
}

async function execCreate({ sup, req, res, params }: RouteCtx): Promise<void> {
  const rec = sup.table.resolve(params[0] as string);
  const body = await readJson(req);
  const known = new Set([
    'Cmd',
    'Env',
    'WorkingDir',
    'User',
    'Tty',
    'AttachStdin',
    'AttachStdout',
    'AttachStderr',
    'Detach',
  ]);
  for (const k of Object.keys(body))
    if (!known.has(k)) throw new ApiError(400, `unknown field "${k.slice(0, 64)}"`);
  const strings = (v: unknown, max: number) =>
    Array.isArray(v) && v.length <= max && v.every((s) => typeof s === 'string');
  if (!strings(body.Cmd, 4096) || (body.Cmd as string[]).length === 0)
    throw new ApiError(400, 'Cmd must be a non-empty array of strings');
  if (body.Env !== undefined && !strings(body.Env, 4096))
    throw new ApiError(400, 'Env must be an array of strings');
  for (const k of ['WorkingDir', 'User'] as const)
    if (body[k] !== undefined && typeof body[k] !== 'string')
      throw new ApiError(400, `${k} must be a string`);
  sup.shardOf(rec);
  const options = {
    ...(body.Env !== undefined ? { env: body.Env as string[] } : {}),
    ...(body.WorkingDir ? { workdir: body.WorkingDir as string } : {}),
    ...(body.User ? { user: body.User as string } : {}),
    ...(body.Tty === true ? { tty: true } : {}),
  };
  const exec = sup.execs.create(rec.Id, body.Cmd as string[], options, body.AttachStdin === true);
  sendJson(res, 201, { Id: exec.ID });
}

function networkViews(sup: Supervisor): Record<string, unknown>[] {
  const predefined = PREDEFINED.map((p) => ({
    Name: p.Name,
    Id: p.Name,
    Driver: p.Driver,
    Scope: 'local',
    IPAM: { Config: p.Subnet ? [{ Subnet: p.Subnet }] : [] },
    Shard: null,
  }));
  const user = sup.pool.networks.list().map((n) => ({
    Name: n.Name,
    Id: n.Id,
    Created: n.Created,
    Driver: n.Driver,
    Scope: 'local',
    IPAM: { Config: [{ Subnet: n.Subnet }] },
    Shard: n.Shard,
    Containers: Object.fromEntries(
      sup.table
        .list(false)
        .filter((r) => r.Spec.network === n.Name)
        .map((r) => [r.Id, { Name: r.Name }]),
    ),
  }));
  return [...predefined, ...user];
}

function findNetwork(sup: Supervisor, ref: string): Record<string, unknown> {
  const all = networkViews(sup);
  const hit =
    all.find((n) => n.Name === ref || n.Id === ref) ??
    (ref.length >= 3 ? all.filter((n) => String(n.Id).startsWith(ref)) : [])[0];
  if (!hit) throw new ApiError(404, `network ${ref.slice(0, 80)} not found`);
  return hit;
}

async function createNetwork({ sup, req, res }: RouteCtx): Promise<void> {
  const body = await readJson(req);
  for (const k of Object.keys(body))
    if (!['Name', 'Driver', 'IPAM', 'CheckDuplicate'].includes(k))
      throw new ApiError(400, `unknown field "${k.slice(0, 64)}"`);
  if (typeof body.Name !== 'string') throw new ApiError(400, 'Name must be a string');
  if (body.Driver !== undefined && body.Driver !== 'bridge')
    throw new ApiError(400, `driver "${String(body.Driver)}" is not supported`);
  let subnet: string | undefined;
  if (body.IPAM !== undefined) {
    const cfg = (body.IPAM as { Config?: unknown } | null)?.Config;
    const first = Array.isArray(cfg) ? (cfg[0] as { Subnet?: unknown } | undefined) : undefined;
    if (first?.Subnet !== undefined && typeof first.Subnet !== 'string')
      throw new ApiError(400, 'Subnet must be a string');
    subnet = first?.Subnet as string | undefined;
  }
  const n = await sup.pool.createNetwork(body.Name, subnet).catch((e: unknown) => {
    throw apiErrorOf(e);
  });
  sendJson(res, 201, { Id: n.Id, Warning: '' });
}

async function removeNetwork({ sup, res, params }: RouteCtx): Promise<void> {
  await sup.pool.removeNetwork(params[0] as string, (name) => sup.networkInUse(name));
  sendEmpty(res, 204);
}
