// Forked case: a guest program hunts for host objects (error constructor chains, stack-trace hooks,
// the global object graph); reports what it found.
import { Kernel } from '../../../dist/index.js';
import { exit, guestSource, input, makeRootfs, report, runToEnd } from './common.mjs';

const opts = (await input()) ?? {};
const { root, cleanup } = makeRootfs({ 'escape.js': guestSource('escape.js') });
const kernel = new Kernel(opts.warmPool ? { warmPool: opts.warmPool } : {});
// With a warm pool, wait until it has filled, so the program runs in an isolate made by createAsync.
await kernel.warm();
try {
  const run = await runToEnd(kernel, { rootfs: root, cmd: ['node', '/app/escape.js'] });
  report(run);
} finally {
  await kernel.close();
  cleanup();
}
await exit();
