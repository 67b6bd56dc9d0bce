// Forked case: a container in seconds-long synchronous crypto/zlib calls (pbkdf2Sync, brotliCompressSync,
// generateKeyPairSync) does not stall its neighbour, whose stdin/stdout round trips keep completing while
// each call is in flight; the calls' results are right; and SIGKILL ends a container blocked in such a
// call at once (137), while the host's job finishes in the background with its result dropped.
import * as nc from 'node:crypto';
import { promisify } from 'node:util';
import { Kernel } from '../../../dist/index.js';
import { collect, exit, guestSource, input, makeRootfs, report } from './common.mjs';

await input();
const { root, cleanup } = makeRootfs({
  'echo.js': guestSource('heavy/echo.js'),
  'work.js': guestSource('heavy/work.js'),
  'blocked.js': guestSource('heavy/blocked.js'),
});
const pbkdf2 = promisify(nc.pbkdf2);
const CAP = ['pw', 'salt', 10_000_000, 32, 'sha256'];

/** Calls `fn(line)` for each line of `stream`. */
function lines(stream, fn) {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => {
    buf += d;
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      fn(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  });
}

const kernel = new Kernel();
try {
  // 1. The neighbour's round trips, logged in arrival order beside the heavy tenant's start/end lines.
  const events = [];
  const echo = await kernel.run({ rootfs: root, cmd: ['node', '/app/echo.js'], openStdin: true });
  let sent = 0;
  let stop = false;
  const ping = () => echo.stdin.write(`${++sent}\n`);
  lines(echo.stdout, () => {
    events.push('rt');
    if (!stop) ping();
  });
  ping();
  // Start the heavy tenant once the neighbour answers (its runtime is up).
  for (const t = Date.now(); events.length < 3 && Date.now() - t < 30_000; )
    await new Promise((r) => setTimeout(r, 10));
  const heavy = await kernel.run({ rootfs: root, cmd: ['node', '/app/work.js'] });
  const heavyErr = collect(heavy.stderr);
  lines(heavy.stdout, (l) => events.push(l));
  const heavyStatus = await heavy.wait();
  stop = true;
  echo.stdin.end();
  const echoStatus = await echo.wait();
  const expectedKey = (await pbkdf2('pw', 'salt', 2_000_000, 32, 'sha256')).toString('hex');

  // 2. SIGKILL while blocked: a reference job of the same work starts on the host's pool first; the
  // container must be gone before that reference is done (a kill that waited for the job would not be).
  const blocked = await kernel.run({ rootfs: root, cmd: ['node', '/app/blocked.js'], openStdin: true });
  const order = [];
  let blockedLine = '';
  lines(blocked.stdout, (l) => {
    blockedLine = l;
  });
  const reference = pbkdf2(...CAP).then(() => order.push('reference done'));
  blocked.stdin.write('go\n');
  for (const t = Date.now(); blockedLine === '' && Date.now() - t < 30_000; )
    await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 300)); // into pbkdf2Sync (setup only; nothing is timed)
  blocked.kill('SIGKILL');
  const killedStatus = await blocked.wait();
  order.push('killed');
  await reference;
  // The dropped job finishes in the background: a job queued after the kill ends after it.
  await pbkdf2(...CAP);
  const after = await kernel.run({
    rootfs: root,
    cmd: ['node', '-e', "console.log(require('crypto').pbkdf2Sync('a', 'b', 1, 8, 'sha1').toString('hex'))"],
  });
  const afterOut = collect(after.stdout);
  const afterStatus = await after.wait();
  report({
    events,
    heavyStatus,
    heavyErr: heavyErr(),
    echoStatus,
    expectedKey,
    blockedLine,
    killedStatus,
    order,
    afterStatus,
    afterOut: afterOut(),
    expectedAfter: nc.pbkdf2Sync('a', 'b', 1, 8, 'sha1').toString('hex'),
  });
} finally {
  await kernel.close();
  cleanup();
}
await exit();
