// Host zone (image): skips rebuilding the built-in images' layers when their sources have not changed.
// Checking them the long way (read rootfs/ and the userland programs, write the layer tar, hash it:
// ~40 ms) is what every new kernel — every `tsvirt run` — did before its first start from an image.
// Instead, a stamp of the sources' metadata (every file's path, size, inode, mtime and ctime, in
// rootfs/, the userland directory and this module's own directory, whose code decides the digests) is
// kept in the store with the manifest digests it produced; when the stamp and the names still match,
// nothing is read. A source modified less than RACY_MS ago is not stamped (its next change could keep
// its mtime), so the long check runs until the tree has settled.

import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltinResult } from './builtin.js';
import { sha256 } from './digest.js';
import { ImageError } from './errors.js';
import { atomicWrite } from './layout.js';
import { RACY_MS } from './read-cache.js';
import type { ImageStore } from './store.js';

/** The directory of the image modules (src/image or dist/image): their code decides the digests. */
export function imageCodeDir(): string {
  return dirname(fileURLToPath(import.meta.url));
}

/**
 * Appends `path mode size ino mtime ctime` for every entry under `dir`; false if one is too recent.
 * Synchronous on purpose: a few hundred stats take well under a millisecond, where as many thread-pool
 * round trips (competing with a kernel's isolate threads as it starts) took several.
 */
function walkStamp(dir: string, at: string, now: number, out: string[]): boolean {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    out.push(`${at} absent`);
    return true;
  }
  for (const name of names) {
    const st = statSync(join(dir, name));
    if (now - Math.max(st.mtimeMs, st.ctimeMs) <= RACY_MS) return false;
    out.push(`${at}/${name} ${st.mode} ${st.size} ${st.ino} ${st.mtimeMs} ${st.ctimeMs}`);
    if (st.isDirectory() && !walkStamp(join(dir, name), `${at}/${name}`, now, out)) return false;
  }
  return true;
}

/** A digest of the sources' metadata, or undefined when one was modified too recently to trust. */
export function sourcesStamp(dirs: readonly string[], now = Date.now()): string | undefined {
  const lines: string[] = [];
  for (const [i, d] of dirs.entries()) {
    lines.push(`#${i} ${d}`);
    if (!walkStamp(d, '', now, lines)) return undefined;
  }
  return sha256(lines.join('\n'));
}

interface Saved {
  stamp: string;
  images: BuiltinResult[];
}

function stampPath(store: ImageStore): string {
  return join(store.layout.root, 'builtins.json');
}

async function readSaved(store: ImageStore): Promise<Saved | undefined> {
  try {
    const v: unknown = JSON.parse(await readFile(stampPath(store), 'utf8'));
    if (typeof v !== 'object' || v === null) return undefined;
    const { stamp, images } = v as Partial<Saved>;
    if (typeof stamp !== 'string' || !Array.isArray(images)) return undefined;
    return { stamp, images };
  } catch {
    return undefined; // absent or unreadable: check the long way and write it again
  }
}

/** True when every saved name still points at the image it was built as. */
async function stillTagged(store: ImageStore, images: readonly BuiltinResult[]): Promise<boolean> {
  for (const img of images) {
    if (typeof img?.name !== 'string' || typeof img.manifestDigest !== 'string') return false;
    try {
      if ((await store.resolve(img.name)).manifestDigest !== img.manifestDigest) return false;
    } catch (e) {
      if (e instanceof ImageError) return false;
      throw e;
    }
  }
  return images.length > 0;
}

/**
 * Runs `ensure` (the long check and rebuild of the built-in images) unless the sources in `dirs` carry
 * the stamp saved by the last run and the store still names the images that run made.
 */
export async function ensureStamped(
  store: ImageStore,
  dirs: readonly string[],
  ensure: () => Promise<BuiltinResult[]>,
  now = Date.now(),
): Promise<BuiltinResult[]> {
  await store.init();
  const stamp = sourcesStamp(dirs, now);
  const saved = stamp !== undefined ? await readSaved(store) : undefined;
  if (stamp !== undefined && saved?.stamp === stamp && (await stillTagged(store, saved.images))) {
    return saved.images.map((img) => ({
      name: img.name,
      manifestDigest: img.manifestDigest,
      rebuilt: false,
    }));
  }
  const images = await ensure();
  if (stamp !== undefined) {
    const record: Saved = {
      stamp,
      images: images.map(({ name, manifestDigest }) => ({ name, manifestDigest, rebuilt: false })),
    };
    await atomicWrite(store.layout.tmp, stampPath(store), Buffer.from(JSON.stringify(record)));
  }
  return images;
}
