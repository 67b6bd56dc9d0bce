// Forked case: module compilation with a script origin (module.compile, module.require's compile). A
// program misusing Module.prototype._compile gets nothing of the host and cannot pass its code off as the
// runtime's; the raw syscall refuses every origin that is not an absolute path and every malformed
// argument; code that breaks out of the wrapper and spins is cut off (the process ends, reason cpu)
// while a neighbour keeps counting.
import { Kernel } from '../../../dist/index.js';
import { doorFor } from '../../../dist/kernel/syscalls/table.js';
import { guardArgs } from '../../../dist/platform/wire-guard.js';
import {
  exit,
  guestSource,
  input,
  makeRootfs,
  NEIGHBOUR,
  report,
  runBesideNeighbour,
  runToEnd,
} from './common.mjs';

await input();
const BREAKOUT = '}; }); for (;;) {} (function () { return function () {';
const { root, cleanup } = makeRootfs({
  'hostile.js': guestSource('compile-origin.js'),
  'idle.js': 'setInterval(() => {}, 1e9);\n',
  'neighbour.js': NEIGHBOUR,
  'spin.js': [
    "console.log('compiling');",
    'Promise.resolve().then(() => {',
    "  const m = new (require('node:module'))('x');",
    `  try { m._compile(${JSON.stringify(BREAKOUT)}, '/app/spun.js'); } catch (e) { console.log('caught', e.message); }`,
    "  console.log('survived');",
    '});',
  ].join('\n'),
});
const logged = [];
const kernel = new Kernel({ logger: (m) => logged.push(m.slice(0, 300)) });
try {
  const hostile = await runToEnd(kernel, { rootfs: root, cmd: ['node', '/app/hostile.js'] });

  // The raw syscall, called with the kernel's own door handlers on a live process (the runtime never
  // sends these; a subverted one could).
  const idle = await kernel.run({ rootfs: root, cmd: ['node', '/app/idle.js'] });
  await new Promise((r) => setTimeout(r, 200));
  const task = idle.task(1);
  const door = doorFor(task);
  const call = (args) => door.sync('module.compile', guardArgs(args));
  const ok = { source: 'module.exports = 1;', filename: '/app/ok.js', wrap: true };
  const raw = {
    honest: call(ok),
    runtimeName: call({ ...ok, filename: 'tsvirt:runtime' }),
    relative: call({ ...ok, filename: 'app/x.js' }),
    empty: call({ ...ok, filename: '' }),
    number: call({ ...ok, filename: 42 }),
    object: call({ ...ok, filename: { path: '/app/x.js', length: 9 } }),
    nul: call({ ...ok, filename: '/app/a\0b.js' }),
    long: call({ ...ok, filename: `/${'a'.repeat(1 << 20)}` }),
    source: call({ ...ok, source: 7 }),
    wrap: call({ ...ok, wrap: 'yes' }),
    extraKey: call({ ...ok, columnOffset: -5 }),
    notRecord: call([ok.source, ok.filename]),
    syntax: call({ ...ok, source: 'module.exports = ;' }),
    notFunction: call({ ...ok, source: '42', wrap: false }),
  };
  const idleAlive = task.alive;
  idle.kill('SIGKILL');
  await idle.wait();

  const spin = await runBesideNeighbour(kernel, root, ['node', '/app/spin.js']);
  report({
    hostile: { exitCode: hostile.status.exitCode, stdout: hostile.stdout, stderr: hostile.stderr },
    raw,
    idleAlive,
    spin: {
      status: spin.status,
      stdout: spin.stdout,
      neighbourStatus: spin.neighbourStatus,
      neighbourOut: spin.neighbourOut,
    },
    logged,
  });
} finally {
  await kernel.close();
  cleanup();
}
await exit();
