// Host zone (image): what the store's readers keep between calls, so a container start from an image
// does no asynchronous I/O once the image has been seen — the parsed index.json (re-validated by one
// synchronous stat per call), the references resolved under it, and the manifests and configs read
// (verified once, kept by digest).
//
// Why this is safe. Blobs are content-addressed: a manifest or config parsed from bytes whose digest
// was verified is that digest's content for ever, so it is kept (bounded, least recently used first)
// and shared, deep-frozen so no caller can change what the next one gets. index.json is the one
// mutable file; every writer (this process or another: the CLI, a daemon) replaces it by rename, so a
// change shows as a new inode, size, mtime or ctime. One case escapes a stat: a rewrite within the
// filesystem's timestamp granularity that reuses the inode and keeps the size. So, as git does for its
// "racily clean" index, a snapshot whose file was modified less than RACY_MS before it was last
// checked is not trusted on its stat alone: its bytes are re-read (synchronously: one small file) and
// compared, until the file is old enough that any later write must change its mtime.

import { readFileSync, type Stats, statSync } from 'node:fs';
import type { Digest } from './digest.js';
import type { ImageConfig, ImageManifest, OciIndex } from './oci.js';
import { parseIndex } from './oci.js';

/** A modification this recent (ms) may share its mtime with the next one: check the bytes too. */
export const RACY_MS = 3000;
/** Parsed manifests and configs kept (each kind). */
const MAX_BLOBS = 256;
/** References remembered per index snapshot. */
const MAX_REFS = 256;

/** index.json as read once, with the references resolved under it. */
export interface IndexSnapshot<R> {
  readonly index: OciIndex;
  readonly bytes: Buffer;
  /** Resolutions made under this snapshot (dropped with it). */
  readonly resolved: Lru<string, R>;
}

interface Entry<R> extends IndexSnapshot<R> {
  stamp: string;
  /** True once the file was older than RACY_MS when checked: its stamp alone is then enough. */
  settled: boolean;
}

/** A small least-recently-used map. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  get size(): number {
    return this.map.size;
  }
}

/** Freezes a parsed JSON value all the way down (cached values are shared by every caller). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

function stampOf(st: Stats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

/** The store's read cache: index snapshots validated by stat, and parsed blobs by digest. */
export class ReadCache<R> {
  private current: Entry<R> | undefined;
  readonly manifests = new Lru<Digest, ImageManifest>(MAX_BLOBS);
  readonly configs = new Lru<Digest, ImageConfig>(MAX_BLOBS);

  constructor(private readonly indexPath: string) {}

  /**
   * The current index.json: the cached snapshot when the file is unchanged, else a fresh read. Sync
   * on purpose: a stat (and, on a change, one small read) costs less than a thread-pool round trip.
   */
  snapshot(now = Date.now()): IndexSnapshot<R> {
    const st = statSync(this.indexPath);
    const stamp = stampOf(st);
    const cur = this.current;
    if (cur !== undefined && cur.stamp === stamp) {
      if (cur.settled) return cur;
      const bytes = readFileSync(this.indexPath);
      if (bytes.equals(cur.bytes)) {
        cur.settled = now - st.mtimeMs > RACY_MS;
        return cur;
      }
      return this.fill(bytes, stamp, st, now);
    }
    return this.fill(readFileSync(this.indexPath), stamp, st, now);
  }

  /** Forgets the snapshot (the store's own writes call this: its next read sees the new file). */
  invalidate(): void {
    this.current = undefined;
  }

  private fill(bytes: Buffer, stamp: string, st: Stats, now: number): Entry<R> {
    const index = deepFreeze(parseIndex(bytes, this.indexPath));
    const entry: Entry<R> = {
      index,
      bytes,
      stamp,
      settled: now - st.mtimeMs > RACY_MS,
      resolved: new Lru(MAX_REFS),
    };
    this.current = entry;
    return entry;
  }
}
