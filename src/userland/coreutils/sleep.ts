// Guest zone (userland): sleep(1): pause for the sum of its durations (s, m, h, d suffixes).
import { q, usageError } from './lib/errors.js';
import { run } from './lib/main.js';
import { delay } from './lib/node.js';

run('sleep', async (args) => {
  if (args.length === 0) usageError('missing operand');
  let ms = 0;
  for (const a of args) {
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(a);
    if (!m) usageError(`invalid time interval ${q(a)}`);
    ms += Number(m[1]) * 1000 * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as string] as number);
  }
  await delay(ms);
  return 0;
});
