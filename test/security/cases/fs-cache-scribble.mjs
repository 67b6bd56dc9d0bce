// Forked case: a guest that gets hold of its own shared word (by patching Atomics.wait, which the
// runtime calls during a blocking spawnSync) scribbles on the fs generation slot: it fills the buffer
// with garbage, then, right after changing a file every process had cached, rolls its word back to the
// generation before the change. Its own cache then serves the old content; a second process of the
// same container, which cached the file at exactly that generation, must read the new content at its
// very next read: words are never shared between processes, and the kernel never reads one back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kernel } from '../../../dist/index.js';
import { collect, exit, input, makeRootfs, report } from './common.mjs';

// Both programs act on lines from stdin and answer one line each.
const LINES = `let buf = '';
const onLine = (fn) => process.stdin.on('data', (d) => {
  buf += d;
  for (let i = buf.indexOf('\\n'); i >= 0; i = buf.indexOf('\\n')) { const l = buf.slice(0, i); buf = buf.slice(i + 1); fn(l); }
});
`;

const VICTIM = `${LINES}const fs = require('fs');
const read = () => fs.readFileSync('/tmp/shared.txt', 'utf8');
console.log('start ' + read());
onLine((l) => {
  if (l === 'cache') { read(); read(); console.log('cached ' + read()); }
  if (l === 'read') { console.log('read ' + read() + ' ' + fs.statSync('/tmp/shared.txt').size); process.exit(0); }
});
`;

const ATTACKER = `${LINES}const fs = require('fs');
const cp = require('child_process');
const read = () => fs.readFileSync('/tmp/shared.txt', 'utf8');
let leaked;
const realWait = Atomics.wait;
Atomics.wait = function (arr, i, v, t) { leaked = arr; return realWait.call(Atomics, arr, i, v, t); };
for (let i = 0; i < 20 && !leaked; i++) cp.spawnSync('node', ['-e', '0']);
Atomics.wait = realWait;
if (!leaked) { console.log(JSON.stringify({ leaked: false })); process.exit(0); }
const slot = new BigInt64Array(leaked.buffer, 8, 1);
const real = Atomics.load(slot, 0);
// Garbage over the whole buffer, the wake word included: nothing the kernel relies on.
new Int32Array(leaked.buffer).fill(-1);
const garbage = read();
Atomics.store(slot, 0, real);
console.log('leaked');
onLine(() => {
  const g0 = Atomics.load(slot, 0);
  read();
  fs.writeFileSync('/tmp/shared.txt', 'v2-longer');
  const g1 = Atomics.load(slot, 0);
  Atomics.store(slot, 0, g0);
  const own = read();
  console.log(JSON.stringify({ leaked: true, bytes: leaked.buffer.byteLength, moved: g1 !== g0, garbage, own }));
  process.exit(0);
});
`;

/** Resolves with each next line a stream prints. */
function lineReader(stream) {
  const lines = [];
  const waiters = [];
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => {
    buf += d;
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const l = buf.slice(0, i);
      buf = buf.slice(i + 1);
      const w = waiters.shift();
      if (w) w(l);
      else lines.push(l);
    }
  });
  stream.on('end', () => {
    for (const w of waiters.splice(0)) w(null);
  });
  return () => new Promise((resolve) => (lines.length > 0 ? resolve(lines.shift()) : waiters.push(resolve)));
}

await input();
const { root, cleanup } = makeRootfs({ 'victim.js': VICTIM, 'attacker.js': ATTACKER });
writeFileSync(join(root, 'tmp/shared.txt'), 'v1');
const kernel = new Kernel();
try {
  const victim = await kernel.run({ rootfs: root, cmd: ['node', '/app/victim.js'], openStdin: true });
  const victimErr = collect(victim.stderr);
  const victimLine = lineReader(victim.stdout);
  const seen = [await victimLine()];
  const attacker = victim.exec(['node', '/app/attacker.js']);
  const attackerErr = collect(attacker.stderr);
  const attackerLine = lineReader(attacker.stdout);
  const leaked = await attackerLine();
  // The victim caches the file now, at the generation the attacker's word shows too.
  victim.stdin.write('cache\n');
  seen.push(await victimLine());
  attacker.stdin.write('go\n');
  const attack = await attackerLine();
  const attackerStatus = await attacker.wait();
  victim.stdin.write('read\n');
  seen.push(await victimLine());
  const victimStatus = await victim.wait();
  report({
    victimStatus,
    seen,
    victimErr: victimErr(),
    attackerStatus,
    leaked,
    attack,
    attackerErr: attackerErr(),
  });
} finally {
  await kernel.close();
  cleanup();
}
await exit();
