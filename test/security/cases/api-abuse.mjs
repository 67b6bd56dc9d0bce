// Forked case: a guest abuses public APIs while a neighbour container counts; reports both runs.
import { Kernel } from '../../../dist/index.js';
import { exit, guestSource, input, makeRootfs, NEIGHBOUR, report, runToEnd } from './common.mjs';

await input();
const { root, cleanup } = makeRootfs({
  'api-abuse.js': guestSource('api-abuse.js'),
  'neighbour.js': NEIGHBOUR,
});
const logged = [];
const kernel = new Kernel({ logger: (m) => logged.push(m.slice(0, 500)) });
try {
  const [abuse, neighbour] = await Promise.all([
    runToEnd(kernel, { rootfs: root, cmd: ['node', '/app/api-abuse.js'] }),
    runToEnd(kernel, { rootfs: root, cmd: ['node', '/app/neighbour.js'] }),
  ]);
  report({ abuse, neighbour, logged });
} finally {
  await kernel.close();
  cleanup();
}
await exit();
