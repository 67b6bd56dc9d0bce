// Forked case: one memory/CPU/IO bomb in a container with limits, beside a neighbour container that
// counts on a timer. Reports how the bomb ended, what the neighbour printed, and the host's state.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kernel, quarantinedIsolates } from '../../../dist/index.js';
import { collect, GUEST_DIR, input, makeRootfs, NEIGHBOUR } from './common.mjs';

const { bomb, limits, readStdout } = await input();
const { root, cleanup } = makeRootfs({
  'bomb.js': readFileSync(join(GUEST_DIR, 'bombs', `${bomb}.js`), 'utf8'),
  'neighbour.js': NEIGHBOUR,
});
const kernel = new Kernel();
let result;
try {
  const t0 = performance.now();
  const attacker = await kernel.run({ rootfs: root, cmd: ['node', '/app/bomb.js'], limits });
  const out = readStdout ? collect(attacker.stdout) : () => '';
  const err = collect(attacker.stderr);
  const neighbour = await kernel.run({ rootfs: root, cmd: ['node', '/app/neighbour.js'] });
  const neighbourOut = collect(neighbour.stdout);
  // The harness's own backstop: a bomb the kernel did not end within a minute fails the test.
  let harnessKilled = false;
  const backstop = setTimeout(() => {
    harnessKilled = true;
    attacker.kill('SIGKILL');
  }, 60_000);
  const status = await attacker.wait();
  clearTimeout(backstop);
  const ms = Math.round(performance.now() - t0);
  const neighbourStatus = await neighbour.wait();
  const stats = attacker.stats();
  result = {
    status,
    harnessKilled,
    ms,
    stdout: out().slice(0, 200),
    stderr: err().slice(0, 2000),
    neighbourStatus,
    neighbourOut: neighbourOut(),
    oomKills: stats.memory.oomKills,
    quarantined: quarantinedIsolates(),
    hostRssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
} finally {
  await kernel.close();
  cleanup();
}
// Report, then end the way the CLI does (src/cli/main.ts): naturally, unless an isolate was
// quarantined (its parked thread holds the loop open; the platform then ends the process at exit).
// A quarantine is reported on the host's loop, possibly after the container ended (and after
// kernel.close under load): give it a moment before counting, so the report agrees with how the
// host then ends.
await new Promise((r) => setTimeout(r, 500));
if (result) result.quarantined = quarantinedIsolates();
await new Promise((resolve) => process.send(result, resolve));
if (quarantinedIsolates() > 0) process.exit(0);
process.disconnect();
// As src/cli/main.ts: a quarantine reported later keeps the loop alive, so this still runs.
setInterval(() => {
  if (quarantinedIsolates() > 0) process.exit(0);
}, 200).unref();
