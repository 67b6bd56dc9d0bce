// Host zone (daemon): user-defined networks. A network lives in one kernel (its virtual switch), so
// each is pinned to a shard and its containers are placed there; the registry persists in
// $TSVIRT_HOME/networks.json and re-creates a network in its shard whenever that shard (re)starts.

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from './http.js';

/** A user-defined network, in Docker's field names. */
export interface NetworkRecord {
  Id: string;
  Name: string;
  Created: string;
  Driver: 'bridge';
  Subnet: string;
  /** The shard whose kernel hosts it. */
  Shard: number;
}

/** Docker's predefined networks: they exist in every shard's kernel. */
export const PREDEFINED = [
  { Name: 'bridge', Subnet: '10.88.0.0/16', Driver: 'bridge' },
  { Name: 'none', Subnet: '', Driver: 'null' },
] as const;

const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/;

export class NetworkRegistry {
  private readonly byName = new Map<string, NetworkRecord>();
  private readonly file: string;

  constructor(home: string) {
    this.file = join(home, 'networks.json');
    if (!existsSync(this.file)) return;
    try {
      for (const n of JSON.parse(readFileSync(this.file, 'utf8')) as NetworkRecord[])
        this.byName.set(n.Name, n);
    } catch {
      // An unreadable registry starts empty rather than keeping the daemon down.
    }
  }

  private save(): void {
    writeFileSync(`${this.file}.tmp`, JSON.stringify([...this.byName.values()]), { mode: 0o600 });
    renameSync(`${this.file}.tmp`, this.file);
  }

  list(): NetworkRecord[] {
    return [...this.byName.values()];
  }

  /** The networks pinned to shard `index`. */
  onShard(index: number): NetworkRecord[] {
    return this.list().filter((n) => n.Shard === index);
  }

  /** A user network by name, id or id prefix (undefined for predefined or unknown ones). */
  find(ref: string): NetworkRecord | undefined {
    const byName = this.byName.get(ref);
    if (byName) return byName;
    const hits = this.list().filter((n) => n.Id === ref || (ref.length >= 3 && n.Id.startsWith(ref)));
    if (hits.length > 1) throw new ApiError(400, `network ${ref} is ambiguous (${hits.length} matches)`);
    return hits[0];
  }

  isPredefined(name: string): boolean {
    return PREDEFINED.some((p) => p.Name === name);
  }

  /** Checks a new network's name; returns the record to create (not yet added). */
  plan(name: string, shard: number, subnet: string | undefined): NetworkRecord {
    if (!NAME_RE.test(name)) throw new ApiError(400, `invalid network name "${name}"`);
    if (this.byName.has(name) || this.isPredefined(name))
      throw new ApiError(409, `network with name ${name} already exists`);
    return {
      Id: randomBytes(32).toString('hex'),
      Name: name,
      Created: new Date().toISOString(),
      Driver: 'bridge',
      Subnet: subnet ?? '',
      Shard: shard,
    };
  }

  add(n: NetworkRecord): void {
    this.byName.set(n.Name, n);
    this.save();
  }

  delete(name: string): void {
    this.byName.delete(name);
    this.save();
  }
}
