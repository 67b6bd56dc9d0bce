// Guest zone (userland): ln(1): hard links, or symbolic with -s (-f force, -n, -v, -T, target dirs).
import { q, strerror, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs, proc } from './lib/node.js';

function isDir(path: string, follow: boolean): boolean {
  try {
    return (follow ? fs.statSync(path) : fs.lstatSync(path)).isDirectory();
  } catch {
    return false;
  }
}

/** ln -r: the target as a path relative to the link's directory (both made absolute lexically). */
function relativeTarget(src: string, dest: string): string {
  const abs = (x: string) => {
    const parts: string[] = [];
    for (const seg of (x.startsWith('/') ? x : `${proc.cwd()}/${x}`).split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') parts.pop();
      else parts.push(seg);
    }
    return parts;
  };
  const to = abs(src);
  const from = abs(dest).slice(0, -1);
  let i = 0;
  while (i < to.length && i < from.length && to[i] === from[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/') || '.';
}

run('ln', (argv) => {
  const p = getopt(argv, {
    short: 'sfnvTt:rLP',
    long: {
      symbolic: ['none', 's'],
      force: ['none', 'f'],
      'no-dereference': ['none', 'n'],
      verbose: ['none', 'v'],
      'no-target-directory': ['none', 'T'],
      'target-directory': ['required', 't'],
      relative: ['none', 'r'],
    },
  });
  const ops = p.operands;
  if (ops.length === 0) usageError('missing file operand');
  let dir = p.get('t');
  let sources = ops;
  if (
    dir === undefined &&
    !p.has('T') &&
    ops.length >= 2 &&
    isDir(ops[ops.length - 1] as string, !p.has('n'))
  ) {
    dir = ops[ops.length - 1];
    sources = ops.slice(0, -1);
  }
  const pairs: [string, string][] = [];
  if (dir !== undefined) {
    for (const s of sources)
      pairs.push([s, `${dir.replace(/\/+$/, '')}/${s.replace(/\/+$/, '').split('/').pop()}`]);
  } else if (ops.length === 1)
    pairs.push([ops[0] as string, (ops[0] as string).replace(/\/+$/, '').split('/').pop() as string]);
  else if (ops.length === 2) pairs.push([ops[0] as string, ops[1] as string]);
  else {
    const target = ops[ops.length - 1] as string;
    let exists = true;
    try {
      fs.lstatSync(target);
    } catch {
      exists = false;
    }
    warn(
      exists ? `target ${q(target)} is not a directory` : `target ${q(target)}: No such file or directory`,
    );
    return 1;
  }
  let status = 0;
  for (const [src, dest] of pairs) {
    try {
      if (p.has('f')) {
        try {
          if (!fs.lstatSync(dest).isDirectory()) fs.unlinkSync(dest);
        } catch {}
      }
      if (p.has('s')) fs.symlinkSync(p.has('r') ? relativeTarget(src, dest) : src, dest);
      else fs.linkSync(src, dest);
      if (p.has('v')) out(`${q(dest)} -> ${q(src)}\n`);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (!p.has('s') && code === 'ENOENT' && !isDir(src, false)) {
        try {
          fs.lstatSync(src);
        } catch {
          warn(`failed to access ${q(src)}: ${strerror(e)}`);
          status = 1;
          continue;
        }
      }
      const verb = p.has('s') ? 'failed to create symbolic link' : 'failed to create hard link';
      warn(`${verb} ${q(dest)}${code === 'EEXIST' ? '' : ` => ${q(src)}`}: ${strerror(e)}`);
      status = 1;
    }
  }
  return status;
});
