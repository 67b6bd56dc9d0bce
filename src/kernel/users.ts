// Host zone: `--user` resolution against the container's own /etc/passwd and /etc/group, as Docker does.

import type { Vfs } from '../fs/vfs.js';
import { isErrno } from './errno.js';
import { SpecError } from './spec.js';

const ROOT = { cwd: '/', uid: 0, gid: 0, umask: 0o022 };
const decoder = new TextDecoder();

function readLines(vfs: Vfs, file: string): string[][] {
  try {
    return decoder
      .decode(vfs.readFile(ROOT, file))
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(':'));
  } catch (err) {
    if (isErrno(err)) return [];
    throw err;
  }
}

export interface Credentials {
  uid: number;
  gid: number;
  home: string;
  name: string | null;
}

/** The largest uid or gid Docker accepts (runc's range). */
const MAX_ID = 2 ** 31 - 1;

/** A uid or gid, from the user's flag or a passwd/group field: decimal digits in 0..MAX_ID. */
function id(text: string | undefined, what: string): number {
  const n = text !== undefined && /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  if (!(n <= MAX_ID))
    throw new SpecError(`${what} ${JSON.stringify(text ?? '')}: uids and gids must be in range 0-${MAX_ID}`);
  return n;
}

/** Resolves `uid`, `uid:gid`, `name`, `name:group`; unknown names are a SpecError (exit 125). */
export function resolveUser(vfs: Vfs, user: string | undefined): Credentials {
  if (!user) return { uid: 0, gid: 0, home: '/root', name: 'root' };
  const [u, g] = user.split(':') as [string, string | undefined];
  const passwd = readLines(vfs, '/etc/passwd');
  let uid: number;
  let gid: number;
  let home = '/';
  let name: string | null = null;
  const byName = passwd.find((f) => f[0] === u);
  const byUid = /^\d+$/.test(u) ? passwd.find((f) => f[2] === u) : undefined;
  const entry = byName ?? byUid;
  if (entry) {
    uid = id(entry[2], `user ${u}: passwd uid`);
    gid = id(entry[3], `user ${u}: passwd gid`);
    home = entry[5] || '/';
    name = entry[0] ?? null;
  } else if (/^\d+$/.test(u)) {
    uid = id(u, 'user');
    gid = uid === 0 ? 0 : uid;
  } else {
    throw new SpecError(`unable to find user ${u}: no matching entries in passwd file`);
  }
  if (g !== undefined) {
    if (/^\d+$/.test(g)) gid = id(g, 'group');
    else {
      const grp = readLines(vfs, '/etc/group').find((f) => f[0] === g);
      if (!grp) throw new SpecError(`unable to find group ${g}: no matching entries in group file`);
      gid = id(grp[2], `group ${g}: group gid`);
    }
  }
  return { uid, gid, home, name };
}
