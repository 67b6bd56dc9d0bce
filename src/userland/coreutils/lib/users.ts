// Guest zone (userland): user and group names from /etc/passwd and /etc/group.
import { fs } from './node.js';

function table(file: string): string[][] {
  try {
    return fs
      .readFileSync(file)
      .toString('utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(':'));
  } catch {
    return [];
  }
}

/** The user name for uid, or the number as text. */
export function userName(uid: number): string {
  return table('/etc/passwd').find((r) => Number(r[2]) === uid)?.[0] ?? String(uid);
}

/** The group name for gid, or the number as text. */
export function groupName(gid: number): string {
  return table('/etc/group').find((r) => Number(r[2]) === gid)?.[0] ?? String(gid);
}

/** The uid (and primary gid) for a user name or number; null if unknown. */
export function lookupUser(name: string): { uid: number; gid: number; name: string } | null {
  const row = table('/etc/passwd').find(
    (r) => r[0] === name || (/^\d+$/.test(name) && Number(r[2]) === Number(name)),
  );
  if (row) return { uid: Number(row[2]), gid: Number(row[3]), name: row[0] as string };
  return /^\d+$/.test(name) ? { uid: Number(name), gid: -1, name } : null;
}

/** The gid for a group name or number; null if unknown. */
export function lookupGroup(name: string): number | null {
  const row = table('/etc/group').find((r) => r[0] === name);
  if (row) return Number(row[2]);
  return /^\d+$/.test(name) ? Number(name) : null;
}

/** Supplementary groups listing user (by name) in /etc/group. */
export function groupsOf(user: string): number[] {
  return table('/etc/group')
    .filter((r) => (r[3] ?? '').split(',').includes(user))
    .map((r) => Number(r[2]));
}
