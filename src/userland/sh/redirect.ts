// Guest zone (userland /bin/sh): redirections. Each one rewrites an entry of a copied fd table:
// files are opened as kernel fds, `n>&m` copies an entry, here-documents become input sources.

import type { Redir } from './ast.js';
import { readText } from './bytes.js';
import { ShellError } from './control.js';
import { type FdTable, InSource } from './io.js';
import { fs } from './node-api.js';
import type { Shell } from './shell.js';

const REASONS: Record<string, string> = {
  ENOENT: 'No such file',
  EACCES: 'Permission denied',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EROFS: 'Read-only file system',
};

function openFailed(path: string, writing: boolean, err: unknown): ShellError {
  const code = (err as { code?: string }).code ?? '';
  if (writing) {
    const why = code === 'ENOENT' ? 'Directory nonexistent' : (REASONS[code] ?? code);
    return new ShellError(`cannot create ${path}: ${why}`);
  }
  return new ShellError(`cannot open ${path}: ${REASONS[code] ?? code}`);
}

/** Applies `redirs` to `t`; returns the kernel fds it opened (the caller closes them afterwards). */
export async function applyRedirs(sh: Shell, redirs: Redir[], t: FdTable): Promise<number[]> {
  const opened: number[] = [];
  try {
    for (const r of redirs) await applyOne(sh, r, t, opened);
  } catch (e) {
    for (const fd of opened) fs.closeSync(fd);
    throw e;
  }
  return opened;
}

async function applyOne(sh: Shell, r: Redir, t: FdTable, opened: number[]): Promise<void> {
  const input = r.op === '<' || r.op === '<&' || r.op === '<<' || r.op === '<<-' || r.op === '<>';
  const fd = r.fd ?? (input ? 0 : 1);
  if (r.heredoc) {
    const body = r.heredoc.quoted ? r.heredoc.body : await sh.str(r.heredoc.body, 'heredoc');
    t.map.set(fd, { k: 'in', src: new InSource(null, null, body) });
    return;
  }
  const target = await sh.str(r.target);
  if (r.op === '<&' || r.op === '>&') {
    if (target === '-') {
      t.map.delete(fd);
      return;
    }
    if (!/^\d+$/.test(target)) throw new ShellError(`Syntax error: Bad fd number`);
    const src = t.map.get(Number(target));
    if (!src) throw new ShellError(`${target}: Bad file descriptor`);
    t.map.set(fd, src);
    return;
  }
  if (sh.opts.C && r.op === '>' && fs.existsSync(target))
    throw new ShellError(`cannot create ${target}: File exists`);
  const flags = r.op === '<' ? 'r' : r.op === '>>' ? 'a' : r.op === '<>' ? 'a+' : 'w';
  let k: number;
  try {
    k = fs.openSync(target, flags, 0o666);
  } catch (e) {
    throw openFailed(target, r.op !== '<', e);
  }
  opened.push(k);
  if (r.op === '<') {
    // Builtins (read) consume the file as a line source; children get the fd itself.
    // Only a regular file is read ahead: a device (/dev/zero, /dev/urandom) never ends, and its
    // reader is a child, which gets the fd itself.
    let data = '';
    try {
      if (fs.statSync(target).isFile()) data = readText(target);
    } catch (e) {
      throw openFailed(target, false, e);
    }
    t.map.set(fd, { k: 'in', src: new InSource(k, null, data) });
  } else t.map.set(fd, { k: 'fd', fd: k });
}
