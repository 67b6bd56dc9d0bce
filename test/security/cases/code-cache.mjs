// Forked case: the runtime's code cache is retaken from the first process's isolate after its first
// turn (src/platform/runtime-image.ts refreshCodeCache). That first process is hostile: it tampers
// with every shared-looking thing it can reach (prototypes, globals, the builtins' exports, the
// runtime's own functions through them) and exercises much of the runtime so those functions are
// compiled into the cache. Every later process, cold or from the warm pool, must see none of it.
import { Kernel } from '../../../dist/index.js';
import { exit, input, makeRootfs, report, runToEnd } from './common.mjs';

const POISON = `
const util = require('util'); const path = require('path'); const events = require('events');
Object.prototype.polluted = 'yes';
Array.prototype.push = function () { return 'hijacked'; };
Function.prototype.toString = () => 'hijacked';
JSON.stringify = () => 'hijacked';
path.join = () => 'hijacked';
util.inspect.defaultOptions.depth = 0;
events.EventEmitter.prototype.emit = () => false;
Buffer.prototype.toString = () => 'hijacked';
String.prototype.split = () => ['hijacked'];
globalThis.secretFromFirst = 'leaked';
console.log = () => {};
process.stdout.write('poisoned\\n');
`;
const CHECK = `
const util = require('util'); const path = require('path');
const a = []; a.push(1, 2);
const e = new (require('events'))(); let heard = false; e.on('x', () => { heard = true; }); e.emit('x');
console.log(JSON.stringify({
  polluted: ({}).polluted, push: a.length, fnText: (function f() {}).toString(),
  json: JSON.stringify({ k: 1 }), join: path.join('a', 'b'), depth: util.inspect({ a: { b: { c: {} } } }),
  heard, hex: Buffer.from('hi').toString('hex'), split: 'a,b'.split(','),
  leaked: typeof secretFromFirst,
}));
`;
const EXPECTED = JSON.stringify({
  polluted: undefined,
  push: 2,
  fnText: 'function f() {}',
  json: '{"k":1}',
  join: 'a/b',
  depth: '{ a: { b: { c: {} } } }',
  heard: true,
  hex: '6869',
  split: ['a', 'b'],
  leaked: 'undefined',
});

await input();
const { root, cleanup } = makeRootfs({ 'poison.js': POISON, 'check.js': CHECK });
const results = [];
for (const warmPool of [0, 1]) {
  const kernel = new Kernel({ warmPool });
  try {
    await kernel.warm();
    const first = await runToEnd(kernel, { rootfs: root, cmd: ['node', '/app/poison.js'] });
    const later = [];
    for (let i = 0; i < 3; i++) {
      await kernel.warm();
      const r = await runToEnd(kernel, { rootfs: root, cmd: ['node', '/app/check.js'] });
      later.push({
        exitCode: r.status.exitCode,
        ok: r.stdout.trim() === EXPECTED,
        stdout: r.stdout,
        stderr: r.stderr,
      });
    }
    results.push({ warmPool, first: { exitCode: first.status.exitCode, stdout: first.stdout }, later });
  } finally {
    await kernel.close();
  }
}
cleanup();
report({ results });
await exit();
