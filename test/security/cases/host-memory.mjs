// Forked case: a guest that tries to make the host hold memory for it (async reads started in a turn
// that never yields, a child's pipe flood while the parent spins, a flood of empty directory entries),
// with the given limits, beside a neighbour container. Reports the guest's output, the neighbour's, and how far the host's RSS grew.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kernel } from '../../../dist/index.js';
import { collect, exit, GUEST_DIR, input, makeRootfs, NEIGHBOUR, report, runToEnd } from './common.mjs';

const { guest, limits } = await input();
const { root, cleanup } = makeRootfs({
  'guest.js': readFileSync(join(GUEST_DIR, 'host-memory', `${guest}.js`), 'utf8'),
  'neighbour.js': NEIGHBOUR,
});
const logged = [];
const kernel = new Kernel({ logger: (m) => logged.push(m.slice(0, 500)) });
try {
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const neighbour = await kernel.run({ rootfs: root, cmd: ['node', '/app/neighbour.js'] });
  const neighbourOut = collect(neighbour.stdout);
  const run = await runToEnd(kernel, { rootfs: root, cmd: ['node', '/app/guest.js'], limits });
  const neighbourStatus = await neighbour.wait();
  clearInterval(sampler);
  const rssGrowthMiB = Math.round((peak - rss0) / 2 ** 20);
  report({ ...run, neighbourStatus, neighbourOut: neighbourOut(), logged, rssGrowthMiB });
} finally {
  await kernel.close();
  cleanup();
}
await exit();
