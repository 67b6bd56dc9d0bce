// Forked case: IDNA mapping runs on the host (syscall text.domainToASCII, behind whatwg-url's tr46).
// A guest throws huge and hostile domains at it: a domain over the kernel's bound fails in the guest
// without crossing, one at the bound is mapped (bounded host work), odd ones come back as URL errors,
// and a neighbour keeps counting meanwhile.
import { Kernel } from '../../../dist/index.js';
import { exit, input, makeRootfs, NEIGHBOUR, report, runBesideNeighbour } from './common.mjs';

await input();
const { root, cleanup } = makeRootfs({
  'idna.js': [
    "const tryHost = (h) => { try { return new URL('http://' + h + '/').host.length; } catch (e) { return e.code; } };",
    "console.log('over', tryHost('é'.repeat((1 << 20) + 1)));",
    "console.log('at', tryHost('é'.repeat(1 << 20)));",
    "for (let i = 0; i < 200; i++) tryHost('\\u0000é.' + i);",
    "console.log('nul', tryHost('a\\u0000é'), 'bidi', tryHost('a\\u05d0.com'), 'zwj', tryHost('x\\u200d.com'));",
    "console.log('url', require('url').domainToASCII('\\ud800é.com'), 'done');",
  ].join('\n'),
  'neighbour.js': NEIGHBOUR,
});
const kernel = new Kernel();
try {
  const r = await runBesideNeighbour(kernel, root, ['node', '/app/idna.js']);
  report({
    status: r.status,
    out: r.stdout,
    err: r.stderr,
    neighbourStatus: r.neighbourStatus,
    neighbourOut: r.neighbourOut,
  });
} finally {
  await kernel.close();
  cleanup();
}
await exit();
