// Host zone: path resolution, Linux's namei: a path is walked component by component from the root or
// the caller's cwd; symlinks are expanded in the container's namespace (ELOOP after 40); `..` pops
// the canonical path, so at a mount root it lands in the parent mount; every directory searched needs
// its x bit. Storage is reached only through `WalkFs`, by canonical absolute component lists.

import { Buffer } from 'node:buffer';
import { S_IFDIR, S_IFLNK, S_IFMT } from '../abi/fs-constants.js';
import { fail } from '../kernel/errno.js';
import { check, MAY_EXEC } from './perm.js';
import type { FsCaller, WireStat } from './types.js';

/** Linux's MAXSYMLINKS. */
export const MAX_SYMLINKS = 40;
/** Linux's NAME_MAX, in bytes. */
export const NAME_MAX = 255;
/** Linux's PATH_MAX, in bytes, counting the terminating NUL. */
export const PATH_MAX = 4096;

/** What the walk needs of the mounted tree: lstat and readlink by canonical absolute path. */
export interface WalkFs {
  lstatAt(abs: readonly string[], caller: FsCaller): WireStat;
  readlinkAt(abs: readonly string[], caller: FsCaller): string;
  /** True when the symlink at `abs` is a proc-style magic link (the VFS opens it, not its text). */
  isMagic(abs: readonly string[]): boolean;
}

export interface Walked {
  /** Canonical absolute components of the final node, or of where it would be created. */
  abs: string[];
  /** The final node's lstat (its link's, when not followed); null when it does not exist. */
  stat: WireStat | null;
  /** The parent directory's stat (the root's for `/`). */
  parent: WireStat;
  /** The path ended in `/` (or `/.`): the final node must be a directory. */
  trailingSlash: boolean;
  /** The last component written was `.` or `..` (or the path is `/`): it names no entry to create or remove. */
  dotFinal: boolean;
  /** The final node is a magic link that was not expanded (the VFS opens it itself). */
  magic: boolean;
}

/**
 * The UTF-8 length of `s` is over `max` bytes. A UTF-16 unit takes at most 3 bytes (a surrogate pair,
 * 2 units, takes 4), so most names and paths are decided by their length alone; encoding every one
 * (TextEncoder) was half the cost of a walk.
 */
function utf8Over(s: string, max: number): boolean {
  return s.length * 3 > max && Buffer.byteLength(s, 'utf8') > max;
}

/** Splits a path into components, dropping empty ones; `.` and `..` are kept for the walk. */
export function components(p: string): string[] {
  return p.split('/').filter((c) => c !== '');
}

/**
 * Resolves `path` for `caller`. `follow`: expand a symlink in the final position (stat, open) or not
 * (lstat, unlink, rename). A missing final component is not an error (stat: null); a missing or
 * non-directory intermediate one is ENOENT / ENOTDIR.
 */
export function walk(fs: WalkFs, caller: FsCaller, path: string, follow: boolean): Walked {
  if (path === '') fail('ENOENT');
  if (utf8Over(path, PATH_MAX - 1)) fail('ENAMETOOLONG');
  // `cur` grows and shrinks in place, and the components still to walk are a stack (next on top):
  // copying the path per component made a walk quadratic in its depth. Backends see `cur` only for
  // the duration of one call.
  let cur: string[] = path.startsWith('/') ? [] : components(caller.cwd).filter((c) => c !== '.');
  let curStat = fs.lstatAt(cur, caller);
  if ((curStat.mode & S_IFMT) !== S_IFDIR) fail('ENOTDIR');
  const todo = components(path).reverse();
  let trailingSlash = /\/\.?$/.test(path) && todo.length > 0;
  let links = 0;
  while (todo.length > 0) {
    const name = todo.pop() as string;
    const last = todo.length === 0;
    check(caller, curStat, MAY_EXEC);
    if (name === '.' || name === '..') {
      if (name === '..' && cur.length > 0) {
        cur.pop();
        curStat = fs.lstatAt(cur, caller);
      }
      if (last) {
        const parent = cur.length > 0 ? fs.lstatAt(cur.slice(0, -1), caller) : curStat;
        return { abs: cur, stat: curStat, parent, trailingSlash, dotFinal: true, magic: false };
      }
      continue;
    }
    if (utf8Over(name, NAME_MAX)) fail('ENAMETOOLONG');
    cur.push(name);
    let st: WireStat;
    try {
      st = fs.lstatAt(cur, caller);
    } catch (err) {
      if (last && (err as { code?: string }).code === 'ENOENT')
        return { abs: cur, stat: null, parent: curStat, trailingSlash, dotFinal: false, magic: false };
      throw err;
    }
    const type = st.mode & S_IFMT;
    if (type === S_IFLNK && (!last || follow || trailingSlash)) {
      if (last && fs.isMagic(cur))
        return { abs: cur, stat: st, parent: curStat, trailingSlash, dotFinal: false, magic: true };
      if (++links > MAX_SYMLINKS) fail('ELOOP');
      const target = fs.readlinkAt(cur, caller);
      if (target === '') fail('ENOENT');
      // The link's text is walked from the directory holding it (or from the root).
      cur.pop();
      const more = components(target);
      // A link in the last position whose text ends in `/` names a directory, like a trailing slash.
      if (last && target.endsWith('/')) trailingSlash = true;
      if (target.startsWith('/')) {
        cur = [];
        curStat = fs.lstatAt(cur, caller);
      }
      for (let i = more.length - 1; i >= 0; i--) todo.push(more[i] as string);
      // A link to `/` in the last position names the root itself.
      if (todo.length === 0)
        return { abs: cur, stat: curStat, parent: curStat, trailingSlash, dotFinal: true, magic: false };
      continue;
    }
    if (!last && type !== S_IFDIR) fail('ENOTDIR');
    if (last) {
      if (trailingSlash && type !== S_IFDIR && type !== S_IFLNK) fail('ENOTDIR');
      return { abs: cur, stat: st, parent: curStat, trailingSlash, dotFinal: false, magic: false };
    }
    curStat = st;
  }
  // Only reached for `/` (or a path of slashes): the root itself.
  return { abs: cur, stat: curStat, parent: curStat, trailingSlash, dotFinal: true, magic: false };
}
