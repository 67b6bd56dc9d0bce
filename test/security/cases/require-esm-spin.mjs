// Forked case: require() of an ES module whose body spins. The graph evaluates on the kernel's thread
// (require is synchronous), so the kernel must cut it off: the requirer is killed (137, reason cpu)
// within the evaluation limit, catching the error cannot retry it, and a neighbour keeps counting.
import { Kernel } from '../../../dist/index.js';
import { collect, exit, input, makeRootfs, NEIGHBOUR, report } from './common.mjs';

await input();
const { root, cleanup } = makeRootfs({
  'spin.mjs': 'for (;;) {}\nexport const never = 1;\n',
  'requirer.js': [
    "console.log('requiring');",
    'for (let i = 0; i < 5; i++) {',
    "  try { require('./spin.mjs'); } catch (e) { console.log('caught', e.message); }",
    '}',
    "console.log('survived');",
  ].join('\n'),
  'neighbour.js': NEIGHBOUR,
});
const kernel = new Kernel();
try {
  const neighbour = await kernel.run({ rootfs: root, cmd: ['node', '/app/neighbour.js'] });
  const neighbourOut = collect(neighbour.stdout);
  const t0 = performance.now();
  const requirer = await kernel.run({ rootfs: root, cmd: ['node', '/app/requirer.js'] });
  const requirerOut = collect(requirer.stdout);
  const status = await requirer.wait();
  const ms = performance.now() - t0;
  const neighbourStatus = await neighbour.wait();
  report({ status, ms, requirerOut: requirerOut(), neighbourStatus, neighbourOut: neighbourOut() });
} finally {
  await kernel.close();
  cleanup();
}
await exit();
