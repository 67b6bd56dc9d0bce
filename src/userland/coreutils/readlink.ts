// Guest zone (userland): readlink(1): a symlink's target, or with -f/-e/-m the canonical path.

import { q, strerror, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs } from './lib/node.js';
import { canonicalize } from './lib/paths.js';

run('readlink', (argv) => {
  const p = getopt(argv, {
    short: 'femnqsvz',
    long: {
      canonicalize: ['none', 'f'],
      'canonicalize-existing': ['none', 'e'],
      'canonicalize-missing': ['none', 'm'],
      'no-newline': ['none', 'n'],
      quiet: ['none', 'q'],
      silent: ['none', 's'],
      verbose: ['none', 'v'],
      zero: ['none', 'z'],
    },
  });
  if (p.operands.length === 0) usageError('missing operand');
  const mode = p.has('e') ? 'e' : p.has('m') ? 'm' : p.has('f') ? 'f' : null;
  const nl = p.has('z') ? '\0' : p.has('n') && p.operands.length === 1 ? '' : '\n';
  let status = 0;
  for (const f of p.operands) {
    try {
      out((mode ? canonicalize(f, mode) : fs.readlinkSync(f)) + nl);
    } catch (e) {
      if (p.has('v')) warn(`${f}: ${strerror(e)}`);
      status = 1;
      void q;
    }
  }
  return status;
});
