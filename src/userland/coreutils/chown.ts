// Guest zone (userland): chown(1): change owner and group (OWNER, OWNER:GROUP, :GROUP; -R, -h, -v).
import { die, q, strerror, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs } from './lib/node.js';
import { lookupGroup, lookupUser } from './lib/users.js';

run('chown', (argv) => {
  const p = getopt(argv, {
    short: 'RhvcfHLP',
    long: {
      recursive: ['none', 'R'],
      'no-dereference': ['none', 'h'],
      verbose: ['none', 'v'],
      changes: ['none', 'c'],
      silent: ['none', 'f'],
      quiet: ['none', 'f'],
    },
  });
  const ops = p.operands;
  if (ops.length === 0) usageError('missing operand');
  if (ops.length === 1) usageError(`missing operand after ${q(ops[0] as string)}`);
  const spec = ops[0] as string;
  const [u, g] = spec.includes(':')
    ? spec.split(':', 2)
    : spec.includes('.') && !lookupUser(spec)
      ? spec.split('.', 2)
      : [spec, undefined];
  let uid = -1;
  let gid = -1;
  if (u) {
    const user = lookupUser(u);
    if (!user) die(`invalid user: ${q(spec)}`);
    uid = user.uid;
    if (g === '' && user.gid >= 0) gid = user.gid;
  }
  if (g) {
    const grp = lookupGroup(g);
    if (grp === null) die(`invalid group: ${q(spec)}`);
    gid = grp;
  }
  let status = 0;
  const apply = (path: string) => {
    try {
      const st = p.has('h') ? fs.lstatSync(path) : fs.statSync(path);
      (p.has('h') ? fs.lchownSync : fs.chownSync).call(
        fs,
        path,
        uid < 0 ? st.uid : uid,
        gid < 0 ? st.gid : gid,
      );
      if (p.has('v')) out(`ownership of ${q(path)} retained as ${spec}\n`);
      if (p.has('R') && st.isDirectory())
        for (const n of fs.readdirSync(path)) apply(`${path.replace(/\/+$/, '')}/${n}`);
    } catch (e) {
      if (!p.has('f'))
        warn(
          `${(e as { code?: string }).code === 'ENOENT' ? 'cannot access' : 'changing ownership of'} ${q(path)}: ${strerror(e)}`,
        );
      status = 1;
    }
  };
  for (const f of ops.slice(1)) apply(f);
  return status;
});
