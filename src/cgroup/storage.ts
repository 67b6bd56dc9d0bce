// Host zone: the storage controller. One quota per container, shared by every in-memory filesystem
// the container can write to (its writable layer and its tmpfs mounts): their file bytes are host
// memory, so they count against `--storage-opt size` and against the memory limit, and a write past
// either fails with ENOSPC at the door instead of growing the host.

import { fail } from '../kernel/errno.js';

/** Bytes a container's writable filesystems hold, against one limit. */
export class StorageQuota {
  private used = 0;
  /** Bytes of directory entries (see Tmpfs's ENTRY_BYTES): under the limit, not in `usedBytes`. */
  private entries = 0;

  /** `limit` in bytes (Infinity: none). */
  constructor(readonly limit: number = Number.POSITIVE_INFINITY) {}

  /** Bytes held now. */
  get usedBytes(): number {
    return this.used;
  }

  private exempt = false;

  /**
   * Reserves `delta` more bytes (negative: releases them), or fails with ENOSPC past the limit.
   * Returns what was charged: nothing for the kernel's own files (see `uncharged`).
   */
  charge(delta: number): number {
    if (this.exempt && delta > 0) return 0;
    if (delta > 0 && this.used + this.entries + delta > this.limit) fail('ENOSPC');
    this.used = Math.max(0, this.used + delta);
    return delta;
  }

  /**
   * Like `charge`, for what directory entries cost the host (names, symlink targets, inode records):
   * the limit covers them, so a flood of empty files or long symlinks meets ENOSPC like a flood of
   * bytes, but `usedBytes` stays the file data a user would count.
   */
  chargeEntries(delta: number): number {
    if (this.exempt && delta > 0) return 0;
    if (delta > 0 && this.used + this.entries + delta > this.limit) fail('ENOSPC');
    this.entries = Math.max(0, this.entries + delta);
    return delta;
  }

  /**
   * Runs `fn` without charging what it writes: the files the kernel puts in a container (/etc/hosts,
   * /etc/resolv.conf) are not the container's bytes, as Docker's bind-mounted ones are not.
   */
  uncharged<T>(fn: () => T): T {
    this.exempt = true;
    try {
      return fn();
    } finally {
      this.exempt = false;
    }
  }
}

/**
 * What a container with neither a storage nor a memory limit may write: its files are host memory,
 * and one `pwrite` at a 10 GB offset must not make the kernel allocate 10 GB.
 */
export const DEFAULT_STORAGE_BYTES = 1024 ** 3;

/**
 * The quota of a container: the smaller of its storage and memory limits (file bytes live in the
 * kernel's memory, so a container's files can never outgrow its memory limit either), or
 * DEFAULT_STORAGE_BYTES when it has neither.
 */
export function storageQuotaFor(limits: {
  storage?: number | undefined;
  memory?: number | undefined;
}): StorageQuota {
  const caps = [limits.storage, limits.memory].filter((n): n is number => n !== undefined && n > 0);
  return new StorageQuota(caps.length > 0 ? Math.min(...caps) : DEFAULT_STORAGE_BYTES);
}
