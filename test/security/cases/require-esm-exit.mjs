// Forked case: process.exit() inside the body of an ES module loaded by require(). That body runs on the
// kernel's thread inside the require syscall, where the exit must not spin (it held the kernel at 100%
// CPU for good): the requirer ends with status 3, once, and a neighbour keeps counting.
import { Kernel } from '../../../dist/index.js';
import { exit, input, makeRootfs, NEIGHBOUR, report, runBesideNeighbour } from './common.mjs';

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
  const r = await runBesideNeighbour(kernel, root, ['node', '/app/requirer.js']);
  const { status, ms, neighbourStatus, neighbourOut } = r;
  report({ status, ms, requirerOut: r.stdout, neighbourStatus, neighbourOut });
} finally {
  await kernel.close();
  cleanup();
}
await exit();
