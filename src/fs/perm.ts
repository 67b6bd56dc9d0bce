// Host zone: POSIX permission checks (owner/group/other rwx bits; root bypasses all but exec) and the
// errno a failed one raises. The VFS calls these; backends never check permissions themselves.

import { S_IFDIR, S_IFMT } from '../abi/fs-constants.js';
import { fail } from '../kernel/errno.js';
import type { FsCaller, WireStat } from './types.js';

export const MAY_READ = 4;
export const MAY_WRITE = 2;
export const MAY_EXEC = 1;

/** True when `caller` may access a node with `st` for every bit of `want` (MAY_*). */
export function permits(caller: FsCaller, st: WireStat, want: number): boolean {
  if (caller.uid === 0) {
    // Root may search any directory, but executing a file needs at least one x bit.
    if ((want & MAY_EXEC) === 0 || (st.mode & S_IFMT) === S_IFDIR) return true;
    return (st.mode & 0o111) !== 0;
  }
  let bits: number;
  if (st.uid === caller.uid) bits = (st.mode >> 6) & 7;
  else if (st.gid === caller.gid) bits = (st.mode >> 3) & 7;
  else bits = st.mode & 7;
  return (bits & want) === want;
}

/** EACCES unless `caller` may access `st` for `want`. */
export function check(caller: FsCaller, st: WireStat, want: number): void {
  if (!permits(caller, st, want)) fail('EACCES');
}

/** The sticky-bit rule: in a +t directory only the entry's owner, the directory's owner or root may remove it. */
export function checkSticky(caller: FsCaller, dir: WireStat, victim: WireStat): void {
  if ((dir.mode & 0o1000) === 0 || caller.uid === 0) return;
  if (caller.uid === victim.uid || caller.uid === dir.uid) return;
  fail('EPERM');
}

/** Only the owner (or root) may change a node's mode or times by value. */
export function checkOwner(caller: FsCaller, st: WireStat): void {
  if (caller.uid !== 0 && caller.uid !== st.uid) fail('EPERM');
}

/** chown: root may do anything; an owner may only change the group to its own group, keeping the uid. */
export function checkChown(caller: FsCaller, st: WireStat, uid: number, gid: number): void {
  if (caller.uid === 0) return;
  if (caller.uid !== st.uid) fail('EPERM');
  if (uid !== -1 && uid !== st.uid) fail('EPERM');
  if (gid !== -1 && gid !== st.gid && gid !== caller.gid) fail('EPERM');
}
