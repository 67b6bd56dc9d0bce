// Host zone (image): the userland programs the build bundled (dist/userland/bin/<name>: the shell and
// the coreutils) as extra files for the base image, installed executable at /bin/<name>.

import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuiltinResult, defaultRootfsDir, type ExtraFile, ensureBuiltinImages } from './builtin.js';
import { ensureStamped, imageCodeDir } from './builtin-stamp.js';
import type { ImageStore } from './store.js';

/** The repo's dist/userland/bin directory (from src/image or dist/image, it is two levels up). */
export function defaultUserlandDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'userland', 'bin');
}

/** `/bin/<name>` → the bundled program, for `ensureBuiltinImages(store, { extraFiles })`. Empty if unbuilt. */
export async function userlandFiles(dir = defaultUserlandDir()): Promise<Map<string, ExtraFile>> {
  const out = new Map<string, ExtraFile>();
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    return out;
  }
  for (const n of names) out.set(`/bin/${n}`, { data: await readFile(join(dir, n)), mode: 0o755 });
  return out;
}

/**
 * The built-in images with the bundled userland (sh, coreutils) in `base`'s /bin: what kernels and the
 * CLI use. Skipped (a stat walk of the sources instead) while rootfs/, the userland and the image code
 * are as they were when the store's images were last checked (builtin-stamp.ts).
 */
export async function ensureBuiltinsWithUserland(store: ImageStore): Promise<BuiltinResult[]> {
  const dir = defaultUserlandDir();
  return ensureStamped(store, [defaultRootfsDir(), dir, imageCodeDir()], async () =>
    ensureBuiltinImages(store, { extraFiles: await userlandFiles(dir) }),
  );
}
