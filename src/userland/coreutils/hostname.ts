// Guest zone (userland): hostname(1): the container's host name (setting it is not supported).
import { die } from './lib/errors.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { os } from './lib/node.js';

run('hostname', (args) => {
  if (args.length && !args[0]?.startsWith('-')) die('you must be root to change the host name');
  const h = os().hostname();
  out(`${args.includes('-s') ? (h.split('.')[0] as string) : h}\n`);
  return 0;
});
