// Host zone (platform): the runtime's V8 code cache kept on disk under the tsvirt home, so a new
// kernel (every `tsvirt run`, every daemon shard) compiles the runtime from cached data on its very
// first isolate instead of parsing 0.9 MiB of source (~30 ms). The file is named by a hash of what the
// cache depends on (the bundle, Node's and isolated-vm's versions, the architecture), so a rebuilt
// runtime or an upgraded Node simply uses another file.
//
// V8 checks a cache's header (version, flags, source hash) but, in release builds, not its payload:
// a damaged file could crash the deserialiser. So the file starts with the SHA-256 of the payload,
// checked before V8 sees a byte, and it is only read when it is a regular file owned by this user and
// writable by nobody else, like the rest of the home. Anyone who can write the home owns tsvirt anyway.

import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const DIGEST_BYTES = 32;
/** A cache larger than this is not a cache of our runtime. */
const MAX_BYTES = 32 * 1024 * 1024;

/**
 * What a cache is taken after (see refreshCodeCache), part of the key: a file an earlier tsvirt took at
 * another moment lacks functions this one expects precompiled, so it is not reused. 2: after a
 * process's main turn and the exit probe queued behind it.
 */
const CACHE_RECIPE = 2;

/** The cache key of each runtime source seen in this process (hashing it per kernel adds up). */
const keys = new Map<string, string>();

function ivmVersion(): string {
  try {
    return String(
      (createRequire(import.meta.url)('isolated-vm/package.json') as { version?: unknown }).version,
    );
  } catch {
    return 'unknown';
  }
}

/** The cache file for `source` under `dir`. */
export function codeCachePath(dir: string, source: string): string {
  let key = keys.get(source);
  if (key === undefined) {
    key = createHash('sha256')
      .update(`${process.version}\0${process.arch}\0${ivmVersion()}\0${CACHE_RECIPE}\0`)
      .update(source)
      .digest('hex')
      .slice(0, 32);
    keys.set(source, key);
  }
  return join(dir, `runtime-${key}.v8cache`);
}

/** The cached data in `file`, or undefined when there is none or it is not to be trusted. */
export function readCodeCache(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    const uid = process.getuid?.();
    if (!st.isFile() || st.size <= DIGEST_BYTES || st.size > MAX_BYTES) return undefined;
    if ((uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0) return undefined;
    const bytes = Buffer.alloc(st.size);
    let off = 0;
    while (off < bytes.length) {
      const n = readSync(fd, bytes, off, bytes.length - off, off);
      if (n === 0) return undefined;
      off += n;
    }
    const payload = bytes.subarray(DIGEST_BYTES);
    const digest = createHash('sha256').update(payload).digest();
    return digest.equals(bytes.subarray(0, DIGEST_BYTES)) ? payload : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Writes `data` to `file` atomically (temp file, rename), owner-only. Failures are only reported. */
export function writeCodeCache(file: string, dir: string, data: Uint8Array): Error | undefined {
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const digest = createHash('sha256').update(data).digest();
    writeFileSync(tmp, Buffer.concat([digest, data]), { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
    pruneCodeCaches(dir);
    return undefined;
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // Never created.
    }
    return err instanceof Error ? err : new Error(String(err));
  }
}

/** How many runtime caches a home keeps (two installed versions sharing it must not evict each other). */
const KEEP_CACHES = 4;

/**
 * Deletes all but the newest KEEP_CACHES runtime caches in `dir`: every rebuild or upgrade of the
 * runtime writes a new file, and nothing else would ever remove the old ones.
 */
function pruneCodeCaches(dir: string): void {
  try {
    const caches = readdirSync(dir)
      .filter((name) => /^runtime-[0-9a-f]{32}\.v8cache$/.test(name))
      .map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const old of caches.slice(KEEP_CACHES)) unlinkSync(old.path);
  } catch {
    // Best effort: a cache left behind costs disk space, not correctness.
  }
}
