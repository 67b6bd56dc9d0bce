// Forked case: what /proc shows a container. Another container runs with a marker in its argv and
// environment, the host process carries a marker in its environment and the rootfs has a host path;
// a walker in the container (with children of its own) reads all of /proc and reports what it found.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kernel } from '../../../dist/index.js';
import { exit, guestSource, input, makeRootfs, report, runToEnd } from './common.mjs';

await input();
const markers = {
  otherArgv: 'OTHER-ARGV-5d1e',
  otherEnv: 'OTHER-ENV-9c2b',
  hostEnv: 'HOST-ENV-3a7f',
  hostArgv: process.argv[1] ?? 'fork-bomb-missing',
  hostRootfs: '',
};
process.env.TSVIRT_TEST_HOST_MARKER = markers.hostEnv;
const { root, cleanup } = makeRootfs({ 'proc-walk.js': guestSource('proc-walk.js') });
markers.hostRootfs = root;
writeFileSync(join(root, 'app/markers.json'), JSON.stringify(markers));
const kernel = new Kernel();
try {
  const other = await kernel.run({
    rootfs: root,
    cmd: ['node', '-e', 'setInterval(() => {}, 1000)', markers.otherArgv],
    env: { SECRET: markers.otherEnv },
  });
  // The walker runs with two children of its own, so /proc has more than PID 1 to show.
  const walker = await runToEnd(kernel, {
    rootfs: root,
    cmd: [
      'node',
      '-e',
      "const cp = require('child_process'); const kids = [0, 1].map(() => cp.spawn('node', ['-e', 'setInterval(() => {}, 1000)'])); setTimeout(() => { const r = cp.spawnSync('node', ['/app/proc-walk.js'], { encoding: 'utf8' }); process.stdout.write(r.stdout); process.stderr.write(r.stderr); kids.forEach((k) => k.kill('SIGKILL')); }, 200);",
    ],
  });
  other.kill('SIGKILL');
  await other.wait();
  report({ code: walker.status.exitCode, stdout: walker.stdout, stderr: walker.stderr });
} finally {
  await kernel.close();
  cleanup();
}
await exit();
