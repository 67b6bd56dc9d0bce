// Host zone: fills a container's root tmpfs from a host directory (`--rootfs DIR`): regular files,
// directories and symlinks are copied with their modes, owned by root; symlinks are copied as links,
// never followed on the host; anything else (devices, sockets, fifos) is skipped. Bounded so a huge
// tree is an error, not an OOM. It writes to the backend directly, before any process exists: there
// is nobody to check permissions for, and going through the VFS cost about 0.1 ms per entry.

import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { O_WRONLY } from '../abi/fs-constants.js';
import type { Owner } from './backend.js';
import type { Tmpfs } from './tmpfs/tmpfs.js';

export interface ImportLimits {
  maxBytes: number;
  maxEntries: number;
}

const ROOT: Owner = { uid: 0, gid: 0 };

export class ImportError extends Error {}

/** Copies `hostDir` into `root` (an empty tmpfs). Returns the number of entries and bytes copied. */
export function importHostTree(
  root: Tmpfs,
  hostDir: string,
  limits: ImportLimits = { maxBytes: 2 * 1024 ** 3, maxEntries: 500_000 },
): { entries: number; bytes: number } {
  let entries = 0;
  let bytes = 0;
  const walk = (hostPath: string, rel: readonly string[]): void => {
    for (const name of readdirSync(hostPath)) {
      const h = join(hostPath, name);
      const r = [...rel, name];
      const st = lstatSync(h);
      if (++entries > limits.maxEntries)
        throw new ImportError(`${hostDir}: more than ${limits.maxEntries} entries`);
      if (st.isDirectory()) {
        root.mkdir(r, st.mode & 0o7777, ROOT);
        walk(h, r);
      } else if (st.isFile()) {
        bytes += st.size;
        if (bytes > limits.maxBytes) throw new ImportError(`${hostDir}: more than ${limits.maxBytes} bytes`);
        const data = readFileSync(h);
        const file = root.create(r, O_WRONLY, st.mode & 0o7777, ROOT);
        try {
          let off = 0;
          while (off < data.byteLength) off += file.write(data.subarray(off), null);
        } finally {
          file.close();
        }
      } else if (st.isSymbolicLink()) {
        root.symlink(readlinkSync(h), r, ROOT);
      }
    }
  };
  const top = lstatSync(hostDir);
  if (!top.isDirectory()) throw new ImportError(`${hostDir}: not a directory`);
  walk(hostDir, []);
  return { entries, bytes };
}
