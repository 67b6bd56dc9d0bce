// Host zone: fills a VFS from a host directory (`--rootfs DIR`): regular files, directories and
// symlinks are copied with their modes; symlinks are copied as links, never followed on the host;
// anything else (devices, sockets, fifos) is skipped. Bounded so a huge tree is an error, not an OOM.

import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { FsCaller } from './types.js';
import type { Vfs } from './vfs.js';

export interface ImportLimits {
  maxBytes: number;
  maxEntries: number;
}

const ROOT: FsCaller = { cwd: '/', uid: 0, gid: 0, umask: 0 };

export class ImportError extends Error {}

/** Copies `hostDir` into `vfs` at `/`. Returns the number of entries and bytes copied. */
export function importHostTree(
  vfs: Vfs,
  hostDir: string,
  limits: ImportLimits = { maxBytes: 2 * 1024 ** 3, maxEntries: 500_000 },
): { entries: number; bytes: number } {
  let entries = 0;
  let bytes = 0;
  const walk = (hostPath: string, guestPath: string): void => {
    for (const name of readdirSync(hostPath)) {
      const h = join(hostPath, name);
      const g = posix.join(guestPath, name);
      const st = lstatSync(h);
      if (++entries > limits.maxEntries)
        throw new ImportError(`${hostDir}: more than ${limits.maxEntries} entries`);
      if (st.isDirectory()) {
        vfs.mkdir(ROOT, g, st.mode & 0o7777, true);
        walk(h, g);
        vfs.chmod(ROOT, g, st.mode & 0o7777);
      } else if (st.isFile()) {
        bytes += st.size;
        if (bytes > limits.maxBytes) throw new ImportError(`${hostDir}: more than ${limits.maxBytes} bytes`);
        vfs.writeFile(ROOT, g, readFileSync(h), 0o1101, st.mode & 0o7777);
        vfs.chmod(ROOT, g, st.mode & 0o7777);
      } else if (st.isSymbolicLink()) {
        vfs.symlink(ROOT, readlinkSync(h), g);
      }
    }
  };
  const top = lstatSync(hostDir);
  if (!top.isDirectory()) throw new ImportError(`${hostDir}: not a directory`);
  walk(hostDir, '/');
  return { entries, bytes };
}
