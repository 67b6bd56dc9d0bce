// Forked case: a fork bomb (sh's `:(){ :|:& };:` or a JS spawn loop) under a pids limit. The kernel
// refuses spawns past the limit (EAGAIN), never lets the container hold more processes than that,
// keeps serving a neighbour container, and kills and reaps the whole bomb on SIGKILL.
import { chmodSync, copyFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { Kernel } from '../../../dist/index.js';
import { collect, exit, guestSource, input, makeRootfs, report, runToEnd } from './common.mjs';

const { kind, limit } = await input();
const { root, cleanup } = makeRootfs({ 'js-bomb.js': guestSource('js-bomb.js') });
cpSync(join('dist', 'userland', 'bin'), join(root, 'bin'), { recursive: true });
copyFileSync(join('dist', 'userland', 'sh.js'), join(root, 'bin', 'sh'));
chmodSync(join(root, 'bin', 'sh'), 0o755);
const kernel = new Kernel();
const until = async (pred, ms) => {
  const end = performance.now() + ms;
  while (!pred() && performance.now() < end) await new Promise((r) => setTimeout(r, 25));
  return pred();
};
try {
  const cmd =
    kind === 'sh' ? ['/bin/sh', '-c', 'b(){ b|b& }; while :; do b; done'] : ['node', '/app/js-bomb.js'];
  const bomb = await kernel.run({ rootfs: root, cmd, env: { PATH: '/bin' }, limits: { pids: limit } });
  const out = collect(bomb.stdout);
  const err = collect(bomb.stderr);
  // Wait until the bomb has filled its pid quota and been refused at least once.
  const refusedText = kind === 'sh' ? 'Cannot fork' : 'refused EAGAIN';
  const saturated = await until(
    () => bomb.processes().length >= limit - 1 && (out() + err()).includes(refusedText),
    60_000,
  );
  // While it rages: sample the process count, and run neighbour containers to completion.
  let maxSeen = 0;
  const sampler = setInterval(() => {
    maxSeen = Math.max(maxSeen, bomb.processes().length);
  }, 10);
  const neighbours = [];
  for (let i = 0; i < 3; i++) {
    const r = await runToEnd(kernel, {
      rootfs: root,
      cmd: ['node', '-e', `console.log('pong ${i}', 6 * 7)`],
    });
    neighbours.push({ code: r.status.exitCode, out: r.stdout });
  }
  clearInterval(sampler);
  const runningBeforeKill = bomb.state;
  bomb.kill('SIGKILL');
  const status = await bomb.wait();
  // Everything of the bomb is gone: no process left in its table.
  const left = bomb.processes().length;
  const leftPids = bomb.pids().length;
  report({
    saturated,
    maxSeen,
    neighbours,
    runningBeforeKill,
    status: { exitCode: status.exitCode, signal: status.signal },
    left,
    leftPids,
    refused: (out() + err()).includes(refusedText),
  });
} finally {
  await kernel.close();
  cleanup();
}
await exit();
