// Guest zone (userland): chmod(1): change modes, octal or symbolic (-R recursive, -v, -c, -f).
import { q, strerror, usageError, warn } from './lib/errors.js';
import { modeString } from './lib/format.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { parseMode } from './lib/mode.js';
import { fs, proc, type Stats } from './lib/node.js';

run('chmod', (argv) => {
  // A mode like -w or -x is an operand, not an option.
  const args = argv.map((a) => (/^-[rwxXstugo]+$/.test(a) && !/^-[Rvcf]+$/.test(a) ? `\u0000${a}` : a));
  const p = getopt(args, {
    short: 'Rvcf',
    long: {
      recursive: ['none', 'R'],
      verbose: ['none', 'v'],
      changes: ['none', 'c'],
      silent: ['none', 'f'],
      quiet: ['none', 'f'],
      reference: ['required', 'r'],
    },
  });
  const ops = p.operands.map((o) => o.replace(/^\u0000/, ''));
  if (ops.length === 0) usageError('missing operand');
  const spec = ops[0] as string;
  if (ops.length === 1) usageError(`missing operand after ${q(spec)}`);
  const umask = proc.umask();
  let status = 0;
  const apply = (path: string) => {
    let st: Stats;
    try {
      st = fs.statSync(path);
    } catch (e) {
      if (!p.has('f')) warn(`cannot access ${q(path)}: ${strerror(e)}`);
      status = 1;
      return;
    }
    const mode = parseMode(spec, st.mode, st.isDirectory(), umask);
    if (mode === null) {
      warn(`invalid mode: ${q(spec)}`);
      usageError(null);
    }
    try {
      fs.chmodSync(path, mode);
      const changed = (st.mode & 0o7777) !== mode;
      if (p.has('v') || (p.has('c') && changed)) {
        const o = (st.mode & 0o7777).toString(8).padStart(4, '0');
        const n = mode.toString(8).padStart(4, '0');
        out(
          changed
            ? `mode of ${q(path)} changed from ${o} (${modeString(st.mode).slice(1)}) to ${n} (${modeString(mode).slice(1)})\n`
            : `mode of ${q(path)} retained as ${o} (${modeString(st.mode).slice(1)})\n`,
        );
      }
    } catch (e) {
      if (!p.has('f')) warn(`changing permissions of ${q(path)}: ${strerror(e)}`);
      status = 1;
    }
    if (p.has('R') && st.isDirectory() && !fs.lstatSync(path).isSymbolicLink()) {
      for (const n of fs.readdirSync(path)) apply(`${path.replace(/\/+$/, '')}/${n}`);
    }
  };
  for (const f of ops.slice(1)) apply(f);
  return status;
});
