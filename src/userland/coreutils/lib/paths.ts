// Guest zone (userland): path canonicalization as readlink -f/-e/-m and realpath do it.
import { fs, type NodeErr, proc } from './node.js';

function enoent(path: string, code = 'ENOENT'): NodeErr {
  const e = new Error(code) as NodeErr;
  e.code = code;
  e.path = path;
  return e;
}

/**
 * Resolves `path` to an absolute path with no `.`, `..` or symlinks. Mode `e`: every component must
 * exist; `f`: all but the last; `m`: none need exist.
 */
export function canonicalize(path: string, mode: 'e' | 'f' | 'm'): string {
  if (path === '') throw enoent(path);
  const todo = (path.startsWith('/') ? path : `${proc.cwd()}/${path}`).split('/').filter(Boolean);
  const done: string[] = [];
  let links = 0;
  let missing = false;
  while (todo.length) {
    const part = todo.shift() as string;
    if (part === '.') continue;
    if (part === '..') {
      done.pop();
      continue;
    }
    const cur = `/${[...done, part].join('/')}`;
    if (missing) {
      if (mode !== 'm') throw enoent(cur);
      done.push(part);
      continue;
    }
    let st = null;
    try {
      st = fs.lstatSync(cur);
    } catch (e) {
      const last = todo.length === 0;
      if (mode === 'e' || (mode === 'f' && !last)) throw e;
      missing = true;
      done.push(part);
      continue;
    }
    if (st.isSymbolicLink()) {
      if (++links > 40) throw enoent(cur, 'ELOOP');
      const target = fs.readlinkSync(cur);
      if (target.startsWith('/')) done.length = 0;
      todo.unshift(...target.split('/').filter(Boolean));
      continue;
    }
    if (todo.length && !st.isDirectory() && todo.some((t) => t !== '')) {
      if (mode !== 'm') throw enoent(cur, 'ENOTDIR');
    }
    done.push(part);
  }
  return `/${done.join('/')}`;
}
