// Forked case: a quiet exit (proc.exitIfIdle) frees the isolate only once the guest has returned from
// its turn. A guest that does not return (here: main still spinning when the kernel is told to exit
// it after its turn) is cut short after a grace period, the status is the one asked for, a neighbour
// finishes untouched, and kernel.close() and the host's exit do not hang.
import { Kernel } from '../../../dist/index.js';
import { collect, exit, input, makeRootfs, NEIGHBOUR, report } from './common.mjs';

await input();
const { root, cleanup } = makeRootfs({
  'neighbour.js': NEIGHBOUR,
  'spin.js': "console.log('spinning'); for (;;) {}\n",
});
const kernel = new Kernel();
try {
  const neighbour = await kernel.run({ rootfs: root, cmd: ['node', '/app/neighbour.js'] });
  const neighbourOut = collect(neighbour.stdout);
  const c = await kernel.run({ rootfs: root, cmd: ['node', '/app/spin.js'] });
  const out = collect(c.stdout);
  while (!out().includes('spinning')) await new Promise((r) => setTimeout(r, 5));
  // The kernel-side half of proc.exitIfIdle, as if the guest had said it returns at once, then lied.
  const t0 = performance.now();
  c.task(1).exitAfterTurn(7);
  const status = await c.wait();
  const waitMs = performance.now() - t0;
  const neighbourStatus = await neighbour.wait();
  await kernel.close();
  report({ status, waitMs, neighbourStatus, neighbourOut: neighbourOut() });
} finally {
  cleanup();
  await kernel.close();
}
await exit();
