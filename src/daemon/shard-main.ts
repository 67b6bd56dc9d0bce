// Host zone (daemon): a kernel shard, the entry point of a child process the supervisor forks. It
// hosts one Kernel and many containers, runs what the supervisor asks over IPC, and streams their
// output and exits back. When the supervisor goes away (the IPC channel closes) the shard kills its
// containers and exits: a shard never outlives its daemon.

import type { Readable } from 'node:stream';
import type { SignalName } from '../abi/signals.js';
import { IMAGE_ERROR, ImageError } from '../image/index.js';
import type { Container } from '../kernel/container.js';
import type { ExecProcess } from '../kernel/exec-session.js';
import { Kernel } from '../kernel/kernel.js';
import { SpecError } from '../kernel/spec.js';
import type { FromShard, ShardError, ShardOp, StreamNo, ToShard } from './protocol.js';

/** Output bytes sent but not yet taken by the supervisor, past which a stream is paused. */
const MAX_UNACKED = 4 * 1024 * 1024;

let unacked = 0;
const paused = new Set<Readable>();

function send(msg: FromShard, bytes = 0): void {
  if (!process.connected) return;
  unacked += bytes;
  process.send?.(msg, undefined, {}, () => {
    unacked -= bytes;
    if (unacked <= MAX_UNACKED / 2) for (const s of paused) s.resume();
    if (unacked <= MAX_UNACKED / 2) paused.clear();
  });
}

/** Forwards a guest stream to the supervisor, pausing it while the channel is backed up. */
function forward(from: Readable, wrap: (data: Uint8Array) => FromShard): Promise<void> {
  from.on('data', (chunk: Buffer) => {
    send(wrap(new Uint8Array(chunk)), chunk.length);
    if (unacked > MAX_UNACKED) {
      from.pause();
      paused.add(from);
    }
  });
  return new Promise((resolve) => {
    from.once('end', resolve);
    from.once('close', resolve);
  });
}

// The supervisor sets the warm pool's size (a small integer it has checked).
const warmPool = Math.min(64, Math.max(0, Number(process.env.TSVIRT_SHARD_WARM_POOL) || 0));
const kernel = new Kernel({ warmPool, logger: (message) => send({ t: 'log', message }) });
/** The daemon's container id → this shard's incarnation of it. */
const containers = new Map<string, Container>();
const execs = new Map<string, ExecProcess>();

class OpError extends Error {
  constructor(
    message: string,
    readonly kind: ShardError['kind'],
  ) {
    super(message);
  }
}

function toShardError(err: unknown): ShardError {
  if (err instanceof OpError) return { message: err.message, kind: err.kind };
  if (err instanceof SpecError) return { message: err.message, kind: 'invalid' };
  if (err instanceof ImageError)
    return { message: err.message, kind: err.code === IMAGE_ERROR.notFound ? 'notfound' : 'invalid' };
  if (err instanceof TypeError) return { message: err.message, kind: 'invalid' };
  return { message: err instanceof Error ? err.message : String(err), kind: 'internal' };
}

function container(cid: string): Container {
  const c = containers.get(cid);
  if (!c) throw new OpError(`no such container in this shard: ${cid}`, 'notfound');
  return c;
}

/** Drops an earlier incarnation (a restart makes a fresh one, as its spec says). */
async function forget(cid: string): Promise<void> {
  const old = containers.get(cid);
  if (!old) return;
  containers.delete(cid);
  if (old.state === 'running') {
    old.kill('SIGKILL');
    await old.wait();
  }
  kernel.remove(old);
}

async function create(cid: string, spec: ShardOp & { op: 'create' | 'start' }): Promise<Container> {
  await forget(cid);
  const c = await kernel.create(spec.spec);
  containers.set(cid, c);
  return c;
}

/** Starts `c` and reports its exit once its output has been sent (exit comes after the last byte). */
async function start(cid: string, run: number, c: Container): Promise<void> {
  const output = Promise.all([
    forward(c.stdout, (data) => ({ t: 'out', cid, stream: 1, data })),
    forward(c.stderr, (data) => ({ t: 'out', cid, stream: 2, data })),
  ]);
  c.stdin.end();
  await c.start();
  void c.wait().then(async (status) => {
    await output;
    send({ t: 'exit', cid, run, status });
    // An exited container's filesystem is memory: let it go (a restart makes a fresh one).
    if (containers.get(cid) === c) {
      containers.delete(cid);
      kernel.remove(c);
    }
  });
}

function startExec(op: ShardOp & { op: 'exec' }): { pid: number | null } {
  const c = container(op.cid);
  if (c.state !== 'running') throw new OpError(`container ${op.cid} is not running`, 'conflict');
  const p = c.exec(op.argv, op.options);
  execs.set(op.eid, p);
  p.stdin.on('error', () => {});
  if (!op.stdin) p.stdin.end();
  const out = (stream: StreamNo) => (data: Uint8Array) =>
    ({ t: 'exec-out', eid: op.eid, stream, data }) as const;
  const output = Promise.all([forward(p.stdout, out(1)), forward(p.stderr, out(2))]);
  void p.wait().then(async (status) => {
    await output;
    execs.delete(op.eid);
    send({ t: 'exec-exit', eid: op.eid, status });
  });
  return { pid: p.pid ?? null };
}

async function perform(op: ShardOp): Promise<unknown> {
  switch (op.op) {
    case 'create':
      await create(op.cid, op);
      return null;
    case 'start': {
      const have = containers.get(op.cid);
      await start(op.cid, op.run, have?.state === 'created' ? have : await create(op.cid, op));
      return null;
    }
    case 'kill':
      container(op.cid).kill(op.signal as SignalName);
      return null;
    case 'stop':
      await container(op.cid).stop({ timeoutMs: op.timeoutMs });
      return null;
    case 'remove':
      await forget(op.cid);
      return null;
    case 'stats':
      return container(op.cid).stats();
    case 'top':
      return container(op.cid).processes();
    case 'exec':
      return startExec(op);
    case 'exec-stdin': {
      const p = execs.get(op.eid);
      if (p && op.data) p.stdin.write(op.data);
      if (p && op.end) p.stdin.end();
      return null;
    }
    case 'exec-kill':
      execs.get(op.eid)?.kill(op.signal as SignalName);
      return null;
    case 'net-create':
      return kernel.createNetwork(op.name, op.subnet !== undefined ? { subnet: op.subnet } : {});
    case 'net-rm':
      kernel.removeNetwork(op.name);
      return null;
  }
}

process.on('message', (msg: ToShard) => {
  perform(msg).then(
    (value) => send({ t: 'res', rid: msg.rid, ok: true, value }),
    (err: unknown) => send({ t: 'res', rid: msg.rid, ok: false, error: toShardError(err) }),
  );
});

// A terminal's Ctrl-C or a `kill` of the daemon's process group reaches the shards too; they end
// when their supervisor tells them (or goes away), so it can record their containers' fate first.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});

// The supervisor died or let go: nothing may keep running unsupervised.
process.on('disconnect', () => {
  void kernel.close().finally(() => process.exit(0));
});

send({ t: 'ready', pid: process.pid });
