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
    uid = Number(entry[2]);
    gid = Number(entry[3]);
    home = entry[5] || '/';
    name = entry[0] ?? null;
  } else if (/^\d+$/.test(u)) {
    uid = Number(u);
    gid = uid === 0 ? 0 : uid;
  } else {
    throw new SpecError(`unable to find user ${u}: no matching entries in passwd file`);
  }
  if (g !== undefined) {
    if (/^\d+$/.test(g)) gid = Number(g);
    else {
      const grp = readLines(vfs, '/etc/group').find((f) => f[0] === g);
      if (!grp) throw new SpecError(`unable to find group ${g}: no matching entries in group file`);
      gid = Number(grp[2]);
    }
  }
  return { uid, gid, home, name };
}
