// Guest zone (userland): cp(1): copy files, -r/-R/-a directories, -f, -n, -v, -p/-a times and modes,
// -P/-d links as links, -T, -t DIR, -i (answer read from stdin), -b/--backup/-S; a directory target
// receives the sources by name.
import { q, strerror, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { lstatOrNull, out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs, proc } from './lib/node.js';
import { backup, backupMethod, confirm } from './lib/overwrite.js';

run('cp', (argv) => {
  const p = getopt(argv, {
    short: 'rRafnvpPdLHTt:uibS:',
    long: {
      recursive: ['none', 'r'],
      archive: ['none', 'a'],
      force: ['none', 'f'],
      'no-clobber': ['none', 'n'],
      verbose: ['none', 'v'],
      preserve: ['optional', 'p'],
      'no-dereference': ['none', 'P'],
      'no-target-directory': ['none', 'T'],
      'target-directory': ['required', 't'],
      update: ['optional', 'u'],
      interactive: ['none', 'i'],
      backup: ['optional', 'B'],
      suffix: ['required', 'S'],
    },
  });
  // -n wins over -i, as in GNU cp.
  const interactive = p.has('i') && !p.has('n');
  const method = backupMethod(p.get('B'), p.has('b') || p.has('B'));
  if (typeof method === 'object' && method !== null) usageError(method.error);
  const keep = method;
  const suffix = p.get('S') ?? proc.env.SIMPLE_BACKUP_SUFFIX ?? '~';
  const recursive = p.has('r') || p.has('R') || p.has('a');
  const preserve = p.has('p') || p.has('a');
  const noDeref = p.has('P') || p.has('d') || p.has('a') || (recursive && !p.has('L'));
  const ops = p.operands;
  if (ops.length === 0) usageError('missing file operand');
  let dir = p.get('t');
  let sources = ops;
  if (dir === undefined) {
    if (ops.length === 1) usageError(`missing destination file operand after ${q(ops[0] as string)}`);
    const last = ops[ops.length - 1] as string;
    const st = lstatOrNull(last) && fs.statSync(last);
    if (!p.has('T') && st && st.isDirectory()) {
      dir = last;
      sources = ops.slice(0, -1);
    } else if (ops.length > 2) {
      warn(`target ${q(last)}: ${st ? 'Not a directory' : 'No such file or directory'}`);
      return 1;
    }
  }
  let status = 0;
  const copy = (src: string, dest: string, top: boolean): void => {
    let st = lstatOrNull(src);
    if (st?.isSymbolicLink() && !(noDeref && !(top && (p.has('L') || p.has('H'))))) st = fs.statSync(src);
    if (!st) {
      warn(`cannot stat ${q(src)}: No such file or directory`);
      status = 1;
      return;
    }
    const existing = lstatOrNull(dest);
    if (st.isDirectory()) {
      if (!recursive) {
        warn(`-r not specified; omitting directory ${q(src)}`);
        status = 1;
        return;
      }
      if (top && within(src, dest)) {
        warn(`cannot copy a directory, ${q(src)}, into itself, ${q(dest)}`);
        status = 1;
        return;
      }
      try {
        if (!existing) fs.mkdirSync(dest);
        else if (!existing.isDirectory()) {
          warn(`cannot overwrite non-directory ${q(dest)} with directory ${q(src)}`);
          status = 1;
          return;
        }
        if (p.has('v') && !existing) out(`${q(src)} -> ${q(dest)}\n`);
        for (const name of fs.readdirSync(src))
          copy(`${src.replace(/\/+$/, '')}/${name}`, `${dest.replace(/\/+$/, '')}/${name}`, false);
        if (preserve || !existing) fs.chmodSync(dest, st.mode & 0o7777);
        if (preserve) fs.utimesSync(dest, st.atimeMs / 1000, st.mtimeMs / 1000);
      } catch (e) {
        warn(`cannot create directory ${q(dest)}: ${strerror(e)}`);
        status = 1;
      }
      return;
    }
    if (existing && existing.ino === st.ino && existing.dev === st.dev && !existing.isDirectory()) {
      warn(`${q(src)} and ${q(dest)} are the same file`);
      status = 1;
      return;
    }
    if (existing && p.has('n')) return;
    if (existing && p.has('u') && existing.mtimeMs >= st.mtimeMs) return;
    if (existing && interactive && !confirm(`overwrite ${q(dest)}?`)) return;
    try {
      if (existing && keep && !existing.isDirectory()) backup(dest, keep, suffix);
      if (existing?.isDirectory()) {
        warn(`cannot overwrite directory ${q(dest)} with non-directory`);
        status = 1;
        return;
      }
      if (st.isSymbolicLink()) {
        if (existing && !keep) fs.unlinkSync(dest);
        fs.symlinkSync(fs.readlinkSync(src), dest);
      } else {
        try {
          const fresh = !existing || keep !== null;
          fs.writeFileSync(dest, fs.readFileSync(src), fresh ? { mode: st.mode & 0o777 } : {});
        } catch (e) {
          if (!(existing && p.has('f'))) throw e;
          fs.unlinkSync(dest);
          fs.writeFileSync(dest, fs.readFileSync(src), { mode: st.mode & 0o777 });
        }
        if (preserve) {
          fs.chmodSync(dest, st.mode & 0o7777);
          fs.utimesSync(dest, st.atimeMs / 1000, st.mtimeMs / 1000);
        }
      }
      if (p.has('v')) out(`${q(src)} -> ${q(dest)}\n`);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EACCES' && lstatOrNull(dest) === null && lstatOrNull(src))
        warn(`cannot create regular file ${q(dest)}: ${strerror(e)}`);
      else if (code === 'EACCES') warn(`cannot open ${q(src)} for reading: ${strerror(e)}`);
      else warn(`cannot create regular file ${q(dest)}: ${strerror(e)}`);
      status = 1;
    }
  };
  if (dir !== undefined) {
    for (const s of sources)
      copy(s, `${dir.replace(/\/+$/, '')}/${s.replace(/\/+$/, '').split('/').pop()}`, true);
  } else copy(ops[0] as string, ops[1] as string, true);
  return status;
});

/** Whether dest (which may not exist yet) lies inside the directory src, both resolved. */
function within(src: string, dest: string): boolean {
  try {
    const from = fs.realpathSync(src);
    const slash = dest.replace(/\/+$/, '').lastIndexOf('/');
    const parent = fs.realpathSync(slash > 0 ? dest.slice(0, slash) : slash === 0 ? '/' : '.');
    const to = `${parent.replace(/\/$/, '')}/${dest.replace(/\/+$/, '').slice(slash + 1)}`;
    return to === from || to.startsWith(`${from}/`);
  } catch {
    return false;
  }
}
