// Guest zone (userland): whoami(1): the effective user's name.
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { proc } from './lib/node.js';
import { userName } from './lib/users.js';

run('whoami', () => {
  out(`${userName(proc.geteuid())}\n`);
  return 0;
});
