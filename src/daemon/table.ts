// Host zone (daemon): the daemon's table of containers: the records in memory and on disk, their
// logs, lookup by name / id / id prefix as Docker resolves them, and the checks on new names.

import { generateName, newContainerId } from '../kernel/names.js';
import type { ContainerSpec } from '../kernel/spec.js';
import { ApiError } from './http.js';
import { DEFAULT_LOG_MAX_BYTES, LogRing } from './log-ring.js';
import { type ContainerRecord, createdState, RecordStore } from './records.js';
import type { RestartPolicy } from './restart.js';

/** A container name or id (prefix) as the API takes it in a path: nothing that could name a file. */
const REF_RE = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/;
const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/;

export class ContainerTable {
  private readonly records = new Map<string, ContainerRecord>();
  private readonly rings = new Map<string, LogRing>();
  private readonly store: RecordStore;

  constructor(
    home: string,
    private readonly logMaxBytes = DEFAULT_LOG_MAX_BYTES,
  ) {
    this.store = new RecordStore(home);
  }

  /**
   * Loads the records on disk. Containers that were up when the daemon died are recorded exited
   * (255, with the reason); returns them, for the restart policies.
   */
  load(warn: (m: string) => void): ContainerRecord[] {
    const wasUp: ContainerRecord[] = [];
    for (const rec of this.store.loadAll(warn)) {
      this.records.set(rec.Id, rec);
      if (!rec.State.Running && rec.State.Status !== 'restarting') continue;
      wasUp.push(rec);
      rec.State = {
        ...rec.State,
        Status: 'exited',
        Running: false,
        Restarting: false,
        Pid: 0,
        ExitCode: 255,
      };
      rec.State.Reason = 'the daemon stopped while the container was running';
      rec.State.FinishedAt = new Date().toISOString();
      this.store.save(rec);
    }
    return wasUp;
  }

  all(): ContainerRecord[] {
    return [...this.records.values()];
  }

  has(id: string): boolean {
    return this.records.has(id);
  }

  get(id: string): ContainerRecord | undefined {
    return this.records.get(id);
  }

  /** Every container (with `all`) or the running ones, newest first. */
  list(all: boolean): ContainerRecord[] {
    return this.all()
      .filter((r) => all || r.State.Running || r.State.Status === 'restarting')
      .sort((a, b) => b.Created.localeCompare(a.Created));
  }

  /** A container by name, id, or unique id prefix (400 for a malformed ref, 404 for none). */
  resolve(ref: string): ContainerRecord {
    if (!REF_RE.test(ref)) throw new ApiError(400, `invalid container name or id: "${ref.slice(0, 80)}"`);
    const name = ref.replace(/^\//, '');
    const exact = this.records.get(name) ?? this.all().find((r) => r.Name === name);
    if (exact) return exact;
    const hits = this.all().filter((r) => r.Id.startsWith(name));
    if (hits.length > 1) throw new ApiError(400, `multiple containers match "${name}"`);
    if (!hits[0]) throw new ApiError(404, `No such container: ${name}`);
    return hits[0];
  }

  /** A new record (not yet added): the name checked (400/409) or generated. */
  newRecord(
    spec: ContainerSpec,
    name: string | undefined,
    restart: RestartPolicy,
    autoRemove: boolean,
  ): ContainerRecord {
    if (name !== undefined) {
      if (!NAME_RE.test(name))
        throw new ApiError(
          400,
          `Invalid container name (${name.slice(0, 80)}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
        );
      const taken = this.all().find((r) => r.Name === name);
      if (taken)
        throw new ApiError(
          409,
          `Conflict. The container name "/${name}" is already in use by container "${taken.Id}". You have to remove (or rename) that container to be able to reuse that name.`,
        );
    }
    return {
      Id: newContainerId(),
      Name: name ?? generateName((n) => this.all().some((r) => r.Name === n)),
      Created: new Date().toISOString(),
      Image: spec.image ?? `rootfs:${spec.rootfs}`,
      Spec: spec,
      RestartPolicy: restart,
      AutoRemove: autoRemove,
      State: createdState(),
      RestartCount: 0,
      Shard: null,
      ManuallyStopped: false,
    };
  }

  /** Adds (in memory only: `save` once it exists somewhere). */
  add(rec: ContainerRecord): void {
    this.records.set(rec.Id, rec);
  }

  save(rec: ContainerRecord): void {
    if (this.records.has(rec.Id)) this.store.save(rec);
  }

  /** Forgets a container: its record, its logs, its directory. */
  delete(id: string): void {
    this.records.delete(id);
    this.rings.get(id)?.close();
    this.rings.delete(id);
    this.store.delete(id);
  }

  /** The log kept for container `id`. */
  log(id: string): LogRing {
    let r = this.rings.get(id);
    if (!r) {
      r = new LogRing(this.store.dir(id), id, this.logMaxBytes);
      this.rings.set(id, r);
    }
    return r;
  }

  closeLogs(): void {
    for (const r of this.rings.values()) r.close();
  }
}
