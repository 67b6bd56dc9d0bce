// Host zone: a container's mount table (its mount namespace): which backend answers for which canonical
// path prefix, read-only flags, and st_dev numbers. The longest matching target wins; a later mount on
// the same target hides an earlier one, as on Linux.

import { fail } from '../kernel/errno.js';
import type { FsBackend, RelPath } from './backend.js';

export interface Mount {
  /** Canonical absolute components of the mount point ([] for /). */
  readonly target: readonly string[];
  readonly backend: FsBackend;
  /** Backend kind as /proc/mounts prints it (tmpfs, proc, devtmpfs, bind …). */
  readonly fsType: string;
  /** Source column of /proc/mounts. */
  readonly source: string;
  readOnly: boolean;
}

export class MountTable {
  private readonly list: Mount[] = [];
  private nextDev = 0x30;

  /** Adds a mount; the backend gets its own st_dev. */
  add(
    target: readonly string[],
    backend: FsBackend,
    fsType: string,
    source: string,
    readOnly: boolean,
  ): Mount {
    backend.dev = this.nextDev++;
    const m: Mount = { target: [...target], backend, fsType, source, readOnly };
    this.list.push(m);
    return m;
  }

  /** The mount exactly at `target`, the most recent one when stacked. */
  at(target: readonly string[]): Mount | undefined {
    for (let i = this.list.length - 1; i >= 0; i--) {
      const m = this.list[i] as Mount;
      if (same(m.target, target)) return m;
    }
    return undefined;
  }

  /** Which mount holds `abs`, and the path below its root. */
  locate(abs: readonly string[]): { mount: Mount; rel: RelPath } {
    let best: Mount | undefined;
    for (let i = this.list.length - 1; i >= 0; i--) {
      const m = this.list[i] as Mount;
      if (m.target.length > abs.length || (best && best.target.length >= m.target.length)) continue;
      if (m.target.every((c, j) => abs[j] === c)) best = m;
    }
    if (!best) return fail('ENOENT');
    // The root mount's path is `abs` itself: no copy (a path walk asks for every prefix in turn).
    return { mount: best, rel: best.target.length === 0 ? abs : abs.slice(best.target.length) };
  }

  /** True when `abs` is the root of some mount (it cannot be removed or renamed: EBUSY). */
  isMountPoint(abs: readonly string[]): boolean {
    return this.at(abs) !== undefined;
  }

  /** Every mount, in mount order (for /proc/mounts). */
  entries(): readonly Mount[] {
    return this.list;
  }
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => b[i] === c);
}
