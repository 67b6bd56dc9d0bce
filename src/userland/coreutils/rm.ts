// Guest zone (userland): rm(1): remove files (-f force, -r/-R recursive, -d empty dirs, -v verbose).
import { q, strerror, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { lstatOrNull, out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs } from './lib/node.js';

run('rm', (argv) => {
  const p = getopt(argv, {
    short: 'fiIrRdv',
    long: {
      force: ['none', 'f'],
      recursive: ['none', 'r'],
      dir: ['none', 'd'],
      verbose: ['none', 'v'],
      'no-preserve-root': ['none', 'N'],
      'preserve-root': ['optional', 'P'],
    },
  });
  const force = p.opts.reduce(
    (f, o) => (o.key === 'f' ? true : o.key === 'i' || o.key === 'I' ? false : f),
    false,
  );
  const recursive = p.has('r') || p.has('R');
  const verbose = p.has('v');
  if (p.operands.length === 0) {
    if (force) return 0;
    usageError('missing operand');
  }
  let status = 0;
  const removeTree = (path: string): boolean => {
    const st = lstatOrNull(path);
    if (!st) {
      if (force) return true;
      warn(`cannot remove ${q(path)}: No such file or directory`);
      return false;
    }
    try {
      if (st.isDirectory()) {
        let ok = true;
        for (const name of fs.readdirSync(path)) ok = removeTree(`${path.replace(/\/+$/, '')}/${name}`) && ok;
        if (!ok) return false;
        fs.rmdirSync(path);
        if (verbose) out(`removed directory ${q(path)}\n`);
      } else {
        fs.unlinkSync(path);
        if (verbose) out(`removed ${q(path)}\n`);
      }
      return true;
    } catch (e) {
      warn(`cannot remove ${q(path)}: ${strerror(e)}`);
      return false;
    }
  };
  for (const path of p.operands) {
    const last = path.replace(/\/+$/, '').split('/').pop();
    if (last === '.' || last === '..') {
      warn(`refusing to remove '.' or '..' directory: skipping ${q(path)}`);
      status = 1;
      continue;
    }
    if (path.replace(/\/+/g, '/') === '/' && recursive) {
      warn(`it is dangerous to operate recursively on '/'`);
      warn(`use --no-preserve-root to override this failsafe`);
      status = 1;
      continue;
    }
    const st = lstatOrNull(path);
    if (!st) {
      if (!force) {
        warn(`cannot remove ${q(path)}: No such file or directory`);
        status = 1;
      }
      continue;
    }
    if (st.isDirectory() && !recursive) {
      if (p.has('d')) {
        try {
          fs.rmdirSync(path);
          if (verbose) out(`removed directory ${q(path)}\n`);
        } catch (e) {
          warn(`cannot remove ${q(path)}: ${strerror(e)}`);
          status = 1;
        }
        continue;
      }
      warn(`cannot remove ${q(path)}: Is a directory`);
      status = 1;
      continue;
    }
    if (!removeTree(path)) status = 1;
  }
  return status;
});
