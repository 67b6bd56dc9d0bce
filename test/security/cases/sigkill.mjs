// Forked case: SIGKILL ends a container stuck in `for(;;){}` (exit 137) while a neighbour keeps counting.
import { Kernel } from '../../../dist/index.js';
import { collect, exit, guestSource, input, makeRootfs, NEIGHBOUR, report } from './common.mjs';

await input();
const { root, cleanup } = makeRootfs({ 'spin.js': guestSource('spin.js'), 'neighbour.js': NEIGHBOUR });
const kernel = new Kernel();
try {
  const spinner = await kernel.run({ rootfs: root, cmd: ['node', '/app/spin.js'] });
  const spinOut = collect(spinner.stdout);
  const neighbour = await kernel.run({ rootfs: root, cmd: ['node', '/app/neighbour.js'] });
  const neighbourOut = collect(neighbour.stdout);
  // Wait until the spinner is in its loop (its runtime loads on the thread pool: under load that can
  // take a while), then let it burn its thread for a while: the neighbour must make progress meanwhile.
  for (const t = Date.now(); spinOut() === '' && Date.now() - t < 30_000; )
    await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 150));
  const before = spinner.state;
  const t0 = performance.now();
  spinner.kill('SIGKILL');
  const spinStatus = await spinner.wait();
  const killMs = performance.now() - t0;
  const neighbourStatus = await neighbour.wait();
  report({ before, spinStatus, killMs, spinOut: spinOut(), neighbourStatus, neighbourOut: neighbourOut() });
} finally {
  await kernel.close();
  cleanup();
}
await exit();
