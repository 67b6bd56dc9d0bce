// Host zone: the lower layers of `--rootfs` containers, one per host directory, kept while the
// directory stays as it was read. A start from a directory read before then costs one lstat per
// entry instead of a copy of the tree (read, then written into a fresh tmpfs, ~0.4 ms for ten
// entries in place), and the containers of one directory share its files, as an image's do.

import { resolve } from 'node:path';
import { type HostTree, hostTreeUnchanged, readHostTree } from './host-tree.js';
import { LowerLayer } from './overlay/lower.js';

/** Directories every container has (mount points and the kernel's /etc files), made when missing. */
const NAMESPACE_DIRS = ['dev', 'etc', 'proc'];

export interface RootfsCacheLimits {
  /** How many directories are kept. */
  maxTrees: number;
  /** File bytes kept in all; a bigger tree is read for each container and not kept. */
  maxBytes: number;
}

export class RootfsCache {
  /** By resolved host path, least recently used first. */
  private readonly trees = new Map<string, { read: HostTree; lower: LowerLayer }>();

  constructor(private readonly limits: RootfsCacheLimits = { maxTrees: 8, maxBytes: 256 * 1024 ** 2 }) {}

  /** The lower layer for `hostDir` as it is now (read again when anything in it changed). */
  lower(hostDir: string): LowerLayer {
    const key = resolve(hostDir);
    const kept = this.trees.get(key);
    if (kept) {
      this.trees.delete(key);
      if (hostTreeUnchanged(kept.read)) {
        this.trees.set(key, kept);
        return kept.lower;
      }
    }
    const read = readHostTree(key, undefined, NAMESPACE_DIRS);
    const lower = new LowerLayer(read.tree);
    // A tree changed just before it was read may change again without its stamps showing it.
    if (!read.racy && read.tree.fileBytes <= this.limits.maxBytes) {
      this.trees.set(key, { read, lower });
      this.evict();
    }
    return lower;
  }

  /** Forgets every directory. */
  clear(): void {
    this.trees.clear();
  }

  private evict(): void {
    let bytes = 0;
    for (const t of this.trees.values()) bytes += t.read.tree.fileBytes;
    for (const [key, t] of this.trees) {
      if (this.trees.size <= this.limits.maxTrees && bytes <= this.limits.maxBytes) return;
      this.trees.delete(key);
      bytes -= t.read.tree.fileBytes;
    }
  }
}
