// Host zone (daemon): `docker exec` sessions: created with a command, started once on the shard of
// their container with their output sent to one sink, inspected for their exit code afterwards.

import { randomBytes } from 'node:crypto';
import type { ExecOptions } from '../kernel/exec-session.js';
import type { ExitStatus } from '../kernel/task.js';
import { ApiError } from './http.js';
import type { StreamNo } from './protocol.js';
import type { Shard } from './shard.js';

/** Where a started exec's output goes. */
export interface ExecSink {
  write(stream: StreamNo, data: Uint8Array): void;
  end(): void;
}

/** An exec session, in Docker's field names. */
export interface ExecRecord {
  ID: string;
  ContainerID: string;
  Cmd: string[];
  Options: ExecOptions;
  AttachStdin: boolean;
  Running: boolean;
  ExitCode: number | null;
  Pid: number;
  started: boolean;
  shard: Shard | undefined;
  sink: ExecSink | undefined;
}

/** Finished sessions kept for inspection, at most. */
const KEEP = 256;

export class ExecRegistry {
  private readonly byId = new Map<string, ExecRecord>();

  create(containerId: string, cmd: string[], options: ExecOptions, attachStdin: boolean): ExecRecord {
    this.prune();
    const rec: ExecRecord = {
      ID: randomBytes(32).toString('hex'),
      ContainerID: containerId,
      Cmd: cmd,
      Options: options,
      AttachStdin: attachStdin,
      Running: false,
      ExitCode: null,
      Pid: 0,
      started: false,
      shard: undefined,
      sink: undefined,
    };
    this.byId.set(rec.ID, rec);
    return rec;
  }

  get(id: string): ExecRecord {
    const rec = this.byId.get(id);
    if (!rec) throw new ApiError(404, `No such exec instance: ${id}`);
    return rec;
  }

  /** Starts `rec` on `shard`, its output into `sink`; resolves once the process is running. */
  async start(rec: ExecRecord, shard: Shard, sink: ExecSink): Promise<void> {
    if (rec.started) throw new ApiError(409, `exec ${rec.ID.slice(0, 12)} has already been started`);
    rec.started = true;
    rec.shard = shard;
    rec.sink = sink;
    rec.Running = true;
    try {
      const { pid } = await shard.request({
        op: 'exec',
        cid: rec.ContainerID,
        eid: rec.ID,
        argv: rec.Cmd,
        options: rec.Options,
        stdin: rec.AttachStdin,
      });
      rec.Pid = pid ?? 0;
    } catch (err) {
      this.finish(rec.ID, { exitCode: 126, signal: null, oomKilled: false, reason: 'error' });
      throw err;
    }
  }

  output(id: string, stream: StreamNo, data: Uint8Array): void {
    this.byId.get(id)?.sink?.write(stream, data);
  }

  finish(id: string, status: ExitStatus): void {
    const rec = this.byId.get(id);
    if (!rec?.Running) return;
    rec.Running = false;
    rec.ExitCode = status.exitCode;
    rec.sink?.end();
    rec.sink = undefined;
  }

  /** Ends the running sessions of a shard that died. */
  shardDied(shard: Shard, status: ExitStatus): void {
    for (const rec of this.byId.values()) if (rec.shard === shard && rec.Running) this.finish(rec.ID, status);
  }

  /** Forgets a removed container's sessions. */
  dropContainer(containerId: string): void {
    for (const [id, rec] of this.byId) if (rec.ContainerID === containerId) this.byId.delete(id);
  }

  private prune(): void {
    if (this.byId.size < KEEP) return;
    for (const [id, rec] of this.byId) {
      if (this.byId.size < KEEP) break;
      if (!rec.Running) this.byId.delete(id);
    }
  }
}
