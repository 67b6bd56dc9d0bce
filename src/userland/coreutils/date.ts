// Guest zone (userland): date(1): print the time (UTC) by +FORMAT, -d DATE (incl. @SECONDS), -r FILE,
// -u, -R, -I[spec]; setting the clock is refused.

import { parseDate } from './lib/date-parse.js';
import { die, q } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs } from './lib/node.js';
import { strftime } from './lib/strftime.js';

run('date', (argv) => {
  const p = getopt(argv, {
    short: 'd:r:uRI::s:',
    long: {
      date: ['required', 'd'],
      reference: ['required', 'r'],
      utc: ['none', 'u'],
      universal: ['none', 'u'],
      'rfc-email': ['none', 'R'],
      'iso-8601': ['optional', 'I'],
      set: ['required', 's'],
      'rfc-3339': ['required', 'T'],
    },
  });
  if (p.has('s')) die('cannot set date: Operation not permitted');
  let ms = Date.now();
  const d = p.get('d');
  if (d !== undefined) {
    const v = parseDate(d);
    if (v === null) die(`invalid date ${q(d)}`);
    ms = v;
  }
  const r = p.get('r');
  if (r !== undefined) {
    try {
      ms = fs.statSync(r).mtimeMs;
    } catch {
      die(`${r}: No such file or directory`);
    }
  }
  const ops = p.operands;
  if (ops.length > 1 || (ops[0] !== undefined && !ops[0].startsWith('+')))
    die(`invalid date ${q(ops[0] as string)}`);
  let fmt = '%a %b %e %H:%M:%S %Z %Y';
  if (p.has('R')) fmt = '%a, %d %b %Y %H:%M:%S %z';
  if (p.has('I')) {
    const spec = p.get('I') ?? 'date';
    fmt = spec.startsWith('h')
      ? '%Y-%m-%dT%H+00:00'
      : spec.startsWith('m')
        ? '%Y-%m-%dT%H:%M+00:00'
        : spec.startsWith('s')
          ? '%Y-%m-%dT%H:%M:%S+00:00'
          : spec.startsWith('n')
            ? '%Y-%m-%dT%H:%M:%S,%N+00:00'
            : '%Y-%m-%d';
  }
  const rfc = p.get('T');
  if (rfc !== undefined)
    fmt = rfc.startsWith('d')
      ? '%Y-%m-%d'
      : rfc.startsWith('s')
        ? '%Y-%m-%d %H:%M:%S+00:00'
        : '%Y-%m-%d %H:%M:%S.%N+00:00';
  if (ops[0] !== undefined) fmt = ops[0].slice(1);
  const ns = Math.round((((ms % 1000) + 1000) % 1000) * 1e6);
  out(`${strftime(fmt, Math.floor(ms), ns)}\n`);
  return 0;
});
