// Guest zone (userland): yes(1): print its arguments (or `y`) forever, until the reader goes away.
import { out, pump } from './lib/io.js';
import { run } from './lib/main.js';
import { delay } from './lib/node.js';

run('yes', async (args) => {
  const line = `${args.length ? args.join(' ') : 'y'}\n`;
  const block = line.repeat(Math.max(1, Math.floor(8192 / line.length)));
  for (;;) {
    out(block);
    await pump();
    await delay(0);
  }
});
