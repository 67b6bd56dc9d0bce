// Forked case: process.exit() inside the body of an ES module loaded by require(). That body runs on the
// kernel's thread inside the require syscall, where the exit must not spin (it held the kernel at 100%
// CPU for good): the requirer ends with status 3, once, and a neighbour keeps counting.
import { Kernel } from '../../../dist/index.js';
import { collect, exit, input, makeRootfs, NEIGHBOUR, report } from './common.mjs';

await input();
const { root, cleanup } = makeRootfs({
  'exits.mjs':
    "process.on('exit', (c) => console.log('exit handler', c));\nprocess.exit(3);\nexport const never = 1;\n",
  'requirer.js': [
    "console.log('requiring');",
    'for (let i = 0; i < 5; i++) {',
    "  try { require('./exits.mjs'); } catch (e) { console.log('caught', e.message); }",
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
