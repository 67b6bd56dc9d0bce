// Host zone: the contract between the VFS and its storage backends (tmpfs, bind, devfs, procfs).
// A backend answers for paths relative to its own root, given as component lists the VFS has already
// walked: it never sees `.`, `..` or an empty name, never follows a symlink, and checks no permission.
// It throws `Errno` without a path; the VFS adds the path the guest gave.

import type { FsCaller, OpenFile, WireDirent, WireStat } from './types.js';

/** A path below a backend's root, one name per element ([] is the root itself). */
export type RelPath = readonly string[];

/** Who creates a node: its owner and group. */
export interface Owner {
  readonly uid: number;
  readonly gid: number;
}

/**
 * Storage for one mount. Every method takes a path the VFS resolved: no component is `.`/`..`, and
 * every component but the last is a directory that is not a symlink (a backend that can race with the
 * host, like bind/, re-checks this itself).
 */
export interface FsBackend {
  /** Set by the VFS when mounted: the st_dev every stat of this mount reports. */
  dev: number;
  /**
   * True for storage the VFS is the whole truth for (tmpfs, the overlay of image layers): nothing but
   * calls through it can change what it holds, so processes may cache what they read from it (see
   * generation.ts). Never true for a bind mount (the host changes it behind the kernel's back), procfs,
   * devfs or anything synthesised.
   */
  readonly stable?: boolean;
  /**
   * Set by the VFS when a stable backend is mounted: the backend calls it on every change to what it
   * stores (data, metadata, names, atime), through fds as well as paths. It bumps the fs generation.
   */
  onChange?: () => void;
  lstat(rel: RelPath, caller: FsCaller): WireStat;
  readlink(rel: RelPath, caller: FsCaller): string;
  /** Names in a directory, without `.` and `..`, with their file types. */
  readdir(rel: RelPath, caller: FsCaller): WireDirent[];
  /** Opens an existing node; `flags` carries the access mode, O_APPEND and O_TRUNC. */
  open(rel: RelPath, flags: number, caller: FsCaller): OpenFile;
  /** Creates a regular file that must not exist yet and opens it. */
  create(rel: RelPath, flags: number, mode: number, owner: Owner): OpenFile;
  mkdir(rel: RelPath, mode: number, owner: Owner): void;
  rmdir(rel: RelPath): void;
  unlink(rel: RelPath): void;
  /** Moves within this backend; the VFS checked types and emptiness of a replaced target. */
  rename(from: RelPath, to: RelPath): void;
  link(existing: RelPath, rel: RelPath): void;
  symlink(target: string, rel: RelPath, owner: Owner): void;
  chmod(rel: RelPath, mode: number): void;
  chown(rel: RelPath, uid: number, gid: number): void;
  utimes(rel: RelPath, atimeMs: number, mtimeMs: number): void;
  truncate(rel: RelPath, len: number): void;
  /**
   * For proc-style "magic" links (/proc/<pid>/fd/N): the open file the link stands for, opened anew
   * or shared, instead of following the link's text. Absent or null: follow the text.
   */
  magic?(rel: RelPath, caller: FsCaller, flags: number): OpenFile | null;
  /** True for the links `magic` answers for. */
  isMagic?(rel: RelPath): boolean;
}

/** A stat record with the fields every synthetic backend fills the same way. */
export function makeStat(fields: Partial<WireStat> & { mode: number; ino: number; dev: number }): WireStat {
  const now = Date.now();
  const size = fields.size ?? 0;
  return {
    nlink: 1,
    uid: 0,
    gid: 0,
    rdev: 0,
    size,
    blksize: 4096,
    blocks: Math.ceil(size / 4096) * 8,
    atimeMs: now,
    mtimeMs: now,
    ctimeMs: now,
    birthtimeMs: now,
    ...fields,
  };
}
