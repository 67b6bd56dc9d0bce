// Guest zone (userland): id(1): user and group ids (-u -g -G -n -r), from the process and /etc.
import { die } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { proc } from './lib/node.js';
import { groupName, groupsOf, lookupUser, userName } from './lib/users.js';

run('id', (argv) => {
  const p = getopt(argv, {
    short: 'ugGnrz',
    long: {
      user: ['none', 'u'],
      group: ['none', 'g'],
      groups: ['none', 'G'],
      name: ['none', 'n'],
      real: ['none', 'r'],
    },
  });
  let uid = proc.geteuid();
  let gid = proc.getegid();
  let groups: number[];
  const who = p.operands[0];
  if (who !== undefined) {
    const u = lookupUser(who);
    if (!u || u.gid < 0) die(`'${who}': no such user`);
    uid = u.uid;
    gid = u.gid;
    groups = [gid, ...groupsOf(u.name).filter((g) => g !== gid)];
  } else {
    groups = [gid, ...proc.getgroups().filter((g) => g !== gid)];
  }
  const n = p.has('n');
  if (p.has('u')) out(`${n ? userName(uid) : uid}\n`);
  else if (p.has('g')) out(`${n ? groupName(gid) : gid}\n`);
  else if (p.has('G')) out(`${groups.map((g) => (n ? groupName(g) : String(g))).join(' ')}\n`);
  else
    out(
      `uid=${uid}(${userName(uid)}) gid=${gid}(${groupName(gid)}) groups=${groups.map((g) => `${g}(${groupName(g)})`).join(',')}\n`,
    );
  return 0;
});
