// Host zone (daemon): what the daemon remembers of each container, and where: a record per container
// in $TSVIRT_HOME/containers/<id>/config.v2.json (Docker's name), written atomically on every change,
// so `ps -a` after a daemon restart still lists what was there.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContainerSpec } from '../kernel/spec.js';
import type { RestartPolicy } from './restart.js';

export type RunState = 'created' | 'running' | 'restarting' | 'exited' | 'removing';

/** A container's state, in Docker's field names. */
export interface ContainerState {
  Status: RunState;
  Running: boolean;
  Restarting: boolean;
  OOMKilled: boolean;
  ExitCode: number;
  /** The signal that ended PID 1, if one did. */
  Signal: string | null;
  /** Why it ended: the kernel's reason ('exited', 'signal', 'oom', 'cpu' …) or 'shard crashed …'. */
  Reason: string;
  Error: string;
  StartedAt: string;
  FinishedAt: string;
  /** The host pid of the shard process running it (0 when not running). */
  Pid: number;
}

/** Everything the daemon keeps about one container. */
export interface ContainerRecord {
  Id: string;
  Name: string;
  Created: string;
  /** The image reference, or `rootfs:DIR` for a container made from a host directory. */
  Image: string;
  Spec: ContainerSpec;
  RestartPolicy: RestartPolicy;
  AutoRemove: boolean;
  State: ContainerState;
  RestartCount: number;
  /** The shard it runs (or last ran) on. */
  Shard: number | null;
  /** Stopped by `stop`/`kill`: the restart policy does not bring it back (Docker's rule). */
  ManuallyStopped: boolean;
}

const ZERO_TIME = '0001-01-01T00:00:00Z';

/** The state of a container that has never run. */
export function createdState(): ContainerState {
  return {
    Status: 'created',
    Running: false,
    Restarting: false,
    OOMKilled: false,
    ExitCode: 0,
    Signal: null,
    Reason: '',
    Error: '',
    StartedAt: ZERO_TIME,
    FinishedAt: ZERO_TIME,
    Pid: 0,
  };
}

/** The on-disk store of records under `<home>/containers`. */
export class RecordStore {
  readonly root: string;

  constructor(home: string) {
    this.root = join(home, 'containers');
    mkdirSync(this.root, { recursive: true, mode: 0o700 });
  }

  /** The directory of container `id` (its record and logs); made on first use. */
  dir(id: string): string {
    const d = join(this.root, id);
    mkdirSync(d, { recursive: true, mode: 0o700 });
    return d;
  }

  save(rec: ContainerRecord): void {
    const file = join(this.dir(rec.Id), 'config.v2.json');
    writeFileSync(`${file}.tmp`, JSON.stringify(rec), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  }

  /** Every record on disk; a directory without a readable record is skipped with a warning. */
  loadAll(warn: (m: string) => void): ContainerRecord[] {
    const out: ContainerRecord[] = [];
    for (const id of readdirSync(this.root)) {
      if (!/^[0-9a-f]{64}$/.test(id)) continue;
      const file = join(this.root, id, 'config.v2.json');
      if (!existsSync(file)) continue;
      try {
        out.push(JSON.parse(readFileSync(file, 'utf8')) as ContainerRecord);
      } catch (err) {
        warn(`container ${id.slice(0, 12)}: unreadable record: ${(err as Error).message}`);
      }
    }
    return out;
  }

  delete(id: string): void {
    rmSync(join(this.root, id), { recursive: true, force: true });
  }
}
