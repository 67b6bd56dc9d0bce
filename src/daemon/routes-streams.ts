// Host zone (daemon): the API's streaming routes: logs (with follow), attach, stats (one or a stream
// of samples) and exec start (a plain stream, or a hijacked connection carrying stdin when the client
// asks to upgrade), all in Docker's multiplexed stdout/stderr framing.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ExecSink } from './execs.js';
import { ApiError, flag, frame, intParam, readJson, sendEmpty, sendJson } from './http.js';
import type { StreamNo } from './protocol.js';
import type { ContainerState } from './records.js';
import type { RouteCtx } from './routes.js';
import type { Supervisor } from './supervisor.js';

/** A follower that falls this far behind is cut off rather than buffered without bound. */
const MAX_BACKLOG = 8 * 1024 * 1024;

const MUX = 'application/vnd.docker.multiplexed-stream';

function streamsWanted(query: URLSearchParams): { 1: boolean; 2: boolean } {
  const out = flag(query, 'stdout');
  const err = flag(query, 'stderr');
  // Docker requires one of them; asking for neither means both here, which is what users mean.
  return out || err ? { 1: out, 2: err } : { 1: true, 2: true };
}

/** Writes live output of container `id` to `res` until `until` says stop; returns the unsubscriber. */
function follow(
  sup: Supervisor,
  id: string,
  res: ServerResponse,
  opts: {
    wanted: { 1: boolean; 2: boolean };
    timestamps: boolean;
    until: (state: ContainerState) => boolean;
  },
): void {
  const onOut = (cid: string, stream: StreamNo, data: Uint8Array) => {
    if (cid !== id || !opts.wanted[stream]) return;
    const text = opts.timestamps ? prefixLines(new Date().toISOString(), data) : data;
    res.write(frame(stream, text));
    if (res.writableLength > MAX_BACKLOG) res.destroy();
  };
  const onExit = (cid: string, state: ContainerState) => {
    if (cid === id && opts.until(state)) done();
  };
  const onRemoved = (cid: string) => {
    if (cid === id) done();
  };
  const done = () => {
    sup.off('output', onOut);
    sup.off('exit', onExit);
    sup.off('removed', onRemoved);
    res.end();
  };
  sup.on('output', onOut);
  sup.on('exit', onExit);
  sup.on('removed', onRemoved);
  res.once('close', done);
}

function prefixLines(time: string, data: Uint8Array): Buffer {
  return Buffer.from(
    Buffer.from(data)
      .toString('utf8')
      .replace(/^(?=.)/gm, `${time} `),
  );
}

/** GET /containers/{id}/logs?stdout&stderr&follow&tail&timestamps */
export function containerLogs({ sup, res, params, query }: RouteCtx): void {
  const rec = sup.table.resolve(params[0] as string);
  const wanted = streamsWanted(query);
  const timestamps = flag(query, 'timestamps');
  const tailQ = query.get('tail');
  const tail = tailQ === null || tailQ === 'all' ? undefined : intParam(query, 'tail');
  const following = flag(query, 'follow');
  res.writeHead(200, { 'Content-Type': MUX });
  // Read and subscribe in one turn: no line can fall between the file and the live stream.
  for (const e of sup.table.log(rec.Id).read(tail)) {
    const stream: StreamNo = e.stream === 'stderr' ? 2 : 1;
    if (wanted[stream]) res.write(frame(stream, Buffer.from(timestamps ? `${e.time} ${e.log}` : e.log)));
  }
  const live = rec.State.Running || rec.State.Status === 'restarting';
  if (!following || !live) {
    res.end();
    return;
  }
  follow(sup, rec.Id, res, { wanted, timestamps, until: (s) => s.Status !== 'restarting' });
}

/** POST /containers/{id}/attach: live output until the container's next exit. */
export function attach({ sup, res, params, query }: RouteCtx): void {
  const rec = sup.table.resolve(params[0] as string);
  res.writeHead(200, { 'Content-Type': MUX });
  res.flushHeaders();
  follow(sup, rec.Id, res, { wanted: streamsWanted(query), timestamps: false, until: () => true });
}

/** GET /containers/{id}/stats?stream=0|1: one sample, or one per second as JSON lines. */
export async function containerStats({ sup, res, params, query }: RouteCtx): Promise<void> {
  const rec = sup.table.resolve(params[0] as string);
  const sample = async () => ({
    id: rec.Id,
    name: `/${rec.Name}`,
    running: rec.State.Running,
    ...(await sup.stats(rec)),
  });
  if (!flag(query, 'stream', true)) {
    sendJson(res, 200, await sample());
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json' });
  let open = true;
  res.once('close', () => {
    open = false;
  });
  while (open && sup.table.list(true).includes(rec)) {
    res.write(`${JSON.stringify(await sample())}\n`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  res.end();
}

/** GET /exec/{id}/json */
export function execInspect({ sup, res, params }: RouteCtx): void {
  const e = sup.execs.get(params[0] as string);
  sendJson(res, 200, {
    ID: e.ID,
    ContainerID: e.ContainerID,
    Running: e.Running,
    ExitCode: e.ExitCode,
    Pid: e.Pid,
    ProcessConfig: { entrypoint: e.Cmd[0], arguments: e.Cmd.slice(1), tty: e.Options.tty === true },
  });
}

/** POST /exec/{id}/start without an upgrade: output as a stream (no stdin), or detached. */
export async function execStart({ sup, req, res, params }: RouteCtx): Promise<void> {
  const e = sup.execs.get(params[0] as string);
  const body = await readJson(req);
  const rec = sup.table.resolve(e.ContainerID);
  if (body.Detach === true) {
    await sup.execs.start(e, sup.shardOf(rec), { write: () => {}, end: () => {} });
    sendEmpty(res, 200);
    return;
  }
  const shard = sup.shardOf(rec);
  if (e.started) throw new ApiError(409, `exec ${e.ID.slice(0, 12)} has already been started`);
  res.writeHead(200, { 'Content-Type': MUX });
  res.flushHeaders();
  const sink: ExecSink = { write: (s, d) => res.write(frame(s, d)), end: () => res.end() };
  await sup.execs.start(e, shard, sink).catch(() => res.destroy());
}

/** POST /exec/{id}/start with `Upgrade: tcp`: the connection carries stdin in and frames out. */
export async function execUpgrade(
  sup: Supervisor,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  id: string,
): Promise<void> {
  const e = sup.execs.get(id);
  const rec = sup.table.resolve(e.ContainerID);
  const shard = sup.shardOf(rec);
  const sink: ExecSink = { write: (s, d) => socket.write(frame(s, d)), end: () => socket.end() };
  if (e.started) throw new ApiError(409, `exec ${e.ID.slice(0, 12)} has already been started`);
  req.resume();
  socket.write(
    'HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n',
  );
  // The request's own body (Docker's {"Detach","Tty"}) arrives ahead of stdin on the same bytes.
  let skip = Math.min(Number(req.headers['content-length'] ?? 0) || 0, 64 * 1024);
  const toStdin = (chunk: Buffer) => {
    const data = chunk.subarray(Math.min(skip, chunk.length));
    skip -= chunk.length - data.length;
    if (e.AttachStdin && data.length > 0)
      void shard.request({ op: 'exec-stdin', eid: e.ID, data: new Uint8Array(data) }).catch(() => {});
  };
  const started = sup.execs.start(e, shard, sink);
  toStdin(head);
  socket.on('data', toStdin);
  socket.on('end', () => {
    void shard.request({ op: 'exec-stdin', eid: e.ID, end: true }).catch(() => {});
  });
  await started.catch((err: unknown) => {
    socket.end(frame(2, Buffer.from(`tsvirt: exec failed: ${(err as Error).message}\n`)));
  });
  socket.on('error', () => {});
}

/** The exec id of an upgrade request's path (404 for any other path). */
export function upgradeTarget(path: string): string {
  const m = /^(?:\/v\d+\.\d+)?\/exec\/([^/]+)\/start$/.exec(path);
  if (!m?.[1]) throw new ApiError(404, 'only POST /exec/{id}/start can be upgraded');
  return decodeURIComponent(m[1]);
}
