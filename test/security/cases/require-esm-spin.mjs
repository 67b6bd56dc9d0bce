// Forked case: require() of an ES module whose body spins. The graph evaluates on the kernel's thread
// (require is synchronous), so the kernel must cut it off: the requirer is killed (137, reason cpu)
// within the evaluation limit, catching the error cannot retry it, and a neighbour keeps counting.
import { Kernel } from '../../../dist/index.js';
import { exit, input, makeRootfs, NEIGHBOUR, report, runBesideNeighbour } from './common.mjs';

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
  const r = await runBesideNeighbour(kernel, root, ['node', '/app/requirer.js']);
  const { status, ms, neighbourStatus, neighbourOut } = r;
  report({ status, ms, requirerOut: r.stdout, neighbourStatus, neighbourOut });
} finally {
  await kernel.close();
  cleanup();
}
await exit();
