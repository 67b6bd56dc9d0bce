// Host zone: `--chown=USER[:GROUP]` for COPY and ADD — numbers as given, names looked up in the
// target root's /etc/passwd and /etc/group (as Docker does); a name that is not there is an error.

import type { MergedTree } from '../tree.js';
import { BuildError } from './parser.js';

/** Reads `name:…:id:…` lines of a colon file in the tree: name → field `idField` as a number. */
function table(tree: MergedTree, path: string, idField: number): Map<string, { id: number }> {
  const out = new Map<string, { id: number }>();
  const node = tree.nodes.get(path);
  if (node?.type !== 'file') return out;
  for (const line of Buffer.from(node.data).toString('utf8').split('\n')) {
    const f = line.split(':');
    const id = Number(f[idField]);
    if (f[0] && f[idField] !== '' && Number.isSafeInteger(id)) out.set(f[0], { id });
  }
  return out;
}

const ID = /^\d{1,10}$/;

/** Resolves `--chown` against the tree the files land in. */
export function resolveOwner(tree: MergedTree, spec: string, where: string): { uid: number; gid: number } {
  const [user = '', group] = spec.split(':', 2);
  if (user === '') throw new BuildError(`${where}: invalid --chown value: ${spec}`);
  let uid: number;
  let gid: number | undefined;
  if (ID.test(user)) uid = Number(user);
  else {
    const u = table(tree, '/etc/passwd', 2).get(user);
    if (!u) throw new BuildError(`${where}: unable to find user ${user}: no matching entries in passwd file`);
    uid = u.id;
  }
  if (group !== undefined && group !== '') {
    if (ID.test(group)) gid = Number(group);
    else {
      const g = table(tree, '/etc/group', 2).get(group);
      if (!g)
        throw new BuildError(`${where}: unable to find group ${group}: no matching entries in group file`);
      gid = g.id;
    }
  }
  // A user without a group: the group id is the user id, as Docker's reference says.
  return { uid, gid: gid ?? uid };
}
