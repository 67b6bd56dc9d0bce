// Guest zone (userland): mv(1): rename files and directories (-f, -i, -n, -b, -v, -T, -t DIR); into a directory
// target by name; across file systems by copy and remove.
import { q, strerror, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { lstatOrNull, out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs, proc } from './lib/node.js';
import { backup, backupMethod, confirm } from './lib/overwrite.js';

function copyTree(src: string, dest: string): void {
  const st = fs.lstatSync(src);
  if (st.isDirectory()) {
    fs.mkdirSync(dest, { mode: st.mode & 0o7777 });
    for (const n of fs.readdirSync(src)) copyTree(`${src}/${n}`, `${dest}/${n}`);
    fs.rmdirSync(src);
  } else if (st.isSymbolicLink()) {
    fs.symlinkSync(fs.readlinkSync(src), dest);
    fs.unlinkSync(src);
  } else {
    fs.writeFileSync(dest, fs.readFileSync(src), { mode: st.mode & 0o7777 });
    fs.unlinkSync(src);
  }
}

run('mv', (argv) => {
  const p = getopt(argv, {
    short: 'finvTt:ubS:',
    long: {
      force: ['none', 'f'],
      'no-clobber': ['none', 'n'],
      verbose: ['none', 'v'],
      'no-target-directory': ['none', 'T'],
      'target-directory': ['required', 't'],
      update: ['optional', 'u'],
      interactive: ['none', 'i'],
      backup: ['optional', 'B'],
      suffix: ['required', 'S'],
    },
  });
  // The last of -f, -i and -n decides, as in GNU mv.
  let mode = '';
  for (const o of p.opts) if (o.key === 'f' || o.key === 'i' || o.key === 'n') mode = o.key;
  const method = backupMethod(p.get('B'), p.has('b') || p.has('B'));
  if (typeof method === 'object' && method !== null) usageError(method.error);
  const keep = method;
  const suffix = p.get('S') ?? proc.env.SIMPLE_BACKUP_SUFFIX ?? '~';
  const ops = p.operands;
  if (ops.length === 0) usageError('missing file operand');
  let dir = p.get('t');
  let sources = ops;
  if (dir === undefined) {
    if (ops.length === 1) usageError(`missing destination file operand after ${q(ops[0] as string)}`);
    const last = ops[ops.length - 1] as string;
    let isDir = false;
    try {
      isDir = fs.statSync(last).isDirectory();
    } catch {}
    if (!p.has('T') && isDir) {
      dir = last;
      sources = ops.slice(0, -1);
    } else if (ops.length > 2) {
      warn(`target ${q(last)}: ${lstatOrNull(last) ? 'Not a directory' : 'No such file or directory'}`);
      return 1;
    }
  }
  let status = 0;
  const move = (src: string, dest: string) => {
    const st = lstatOrNull(src);
    if (!st) {
      warn(`cannot stat ${q(src)}: No such file or directory`);
      status = 1;
      return;
    }
    const existing = lstatOrNull(dest);
    if (existing && existing.ino === st.ino && existing.dev === st.dev && !existing.isDirectory()) {
      warn(`${q(src)} and ${q(dest)} are the same file`);
      status = 1;
      return;
    }
    if (existing && mode === 'n') return;
    if (existing && p.has('u') && existing.mtimeMs >= st.mtimeMs) return;
    if (existing?.isDirectory() && !st.isDirectory()) {
      warn(`cannot overwrite directory ${q(dest)} with non-directory`);
      status = 1;
      return;
    }
    if (existing && !existing.isDirectory() && st.isDirectory()) {
      warn(`cannot overwrite non-directory ${q(dest)} with directory ${q(src)}`);
      status = 1;
      return;
    }
    if (existing && mode === 'i' && !confirm(`overwrite ${q(dest)}?`)) return;
    try {
      if (existing && keep && !existing.isDirectory()) backup(dest, keep, suffix);
      try {
        fs.renameSync(src, dest);
      } catch (e) {
        if ((e as { code?: string }).code !== 'EXDEV') throw e;
        if (existing) fs.unlinkSync(dest);
        copyTree(src, dest);
      }
      if (p.has('v')) out(`renamed ${q(src)} -> ${q(dest)}\n`);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EINVAL') warn(`cannot move ${q(src)} to a subdirectory of itself, ${q(dest)}`);
      else warn(`cannot move ${q(src)} to ${q(dest)}: ${strerror(e)}`);
      status = 1;
    }
  };
  if (dir !== undefined) {
    for (const s of sources) move(s, `${dir.replace(/\/+$/, '')}/${s.replace(/\/+$/, '').split('/').pop()}`);
  } else move(ops[0] as string, ops[1] as string);
  return status;
});
