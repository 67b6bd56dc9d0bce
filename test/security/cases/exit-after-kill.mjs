// Forked case: containers killed while busy, then kernel.close() and process.exit(): the host process
// must actually exit (isolated-vm's teardown used to wait forever for a killed isolate's last turn).
import { Kernel } from '../../../dist/index.js';
import { guestSource, input, makeRootfs } from './common.mjs';

await input();
const { root, cleanup } = makeRootfs({ 'async-busy.js': guestSource('async-busy.js') });
const kernel = new Kernel();
const statuses = [];
try {
  for (let i = 0; i < 6; i++) {
    const c = await kernel.run({ rootfs: root, cmd: ['node', '/app/async-busy.js'] });
    await new Promise((r) => setTimeout(r, 50));
    c.kill('SIGKILL');
    statuses.push((await c.wait()).exitCode);
  }
  // Report first (flushed), then exit right after close: nothing else may give the threads time.
  await new Promise((resolve) => process.send({ statuses }, resolve));
} finally {
  cleanup();
  await kernel.close();
}
process.exit(0);
