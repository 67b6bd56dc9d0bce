// Host zone (platform): V8's code cache for guest modules compiled with their origin (script-origin.ts),
// kept in memory for this host process, so the next container of the same image compiles a module it
// has seen from cached data (about 5x faster than parsing). An entry is keyed by a scope (the image or
// rootfs the file came from: one tenant's image never serves another's), the file name and the exact
// code, so it can only ever stand for compiling that code; the data is what V8 produced while
// compiling it, before anything of it ran. Least recently used entries go past MAX_BYTES.

import { createHash } from 'node:crypto';
import type ivm from 'isolated-vm';

/** The most cached data kept (V8's caches of 3 KiB modules are ~0.6 KiB). */
const MAX_BYTES = 32 * 1024 * 1024;
/** Code shorter than this compiles about as fast as its cache is checked: not worth an entry. */
const MIN_CODE = 1024;

interface Entry {
  data: ivm.ExternalCopy<ArrayBuffer>;
  bytes: number;
}

/** Entries in least-recently-used order (a Map iterates in insertion order; a hit re-inserts). */
const entries = new Map<string, Entry>();
let total = 0;

/** The key of `code` compiled as `filename` for `scope`, or undefined when the code is too short. */
export function cacheKey(scope: string, filename: string, code: string): string | undefined {
  if (code.length < MIN_CODE) return undefined;
  return createHash('sha256')
    .update(scope)
    .update('\0')
    .update(filename)
    .update('\0')
    .update(code)
    .digest('hex');
}

/** The cached data for `key`, if any (it becomes the most recently used). */
export function cachedData(key: string): ivm.ExternalCopy<ArrayBuffer> | undefined {
  const e = entries.get(key);
  if (!e) return undefined;
  entries.delete(key);
  entries.set(key, e);
  return e.data;
}

/** Keeps `data` for `key` (replacing a rejected entry), evicting the least recently used past the cap. */
export function storeCachedData(key: string, data: ivm.ExternalCopy<ArrayBuffer>): void {
  dropCachedData(key);
  const bytes = data.copy().byteLength;
  if (bytes > MAX_BYTES / 16) {
    data.release();
    return;
  }
  entries.set(key, { data, bytes });
  total += bytes;
  for (const [k, e] of entries) {
    if (total <= MAX_BYTES) break;
    entries.delete(k);
    total -= e.bytes;
    e.data.release();
  }
}

/** Forgets `key` (V8 rejected its data: another V8 flag set, say). */
export function dropCachedData(key: string): void {
  const e = entries.get(key);
  if (!e) return;
  entries.delete(key);
  total -= e.bytes;
  e.data.release();
}
