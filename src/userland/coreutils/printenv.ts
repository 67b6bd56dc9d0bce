// Guest zone (userland): printenv(1): print the whole environment, or the named variables' values
// (status 1 when one is not set); -0 ends each with NUL.
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { proc } from './lib/node.js';

run('printenv', (argv) => {
  const p = getopt(argv, { short: '0', long: { null: ['none', '0'] }, usageStatus: 2 });
  const end = p.has('0') ? '\0' : '\n';
  const env = proc.env;
  if (p.operands.length === 0) {
    for (const [k, v] of Object.entries(env)) if (v !== undefined) out(`${k}=${v}${end}`);
    return 0;
  }
  let status = 0;
  for (const name of p.operands) {
    const v = name.includes('=') ? undefined : env[name];
    if (v === undefined) status = 1;
    else out(`${v}${end}`);
  }
  return status;
});
