// child_process inside a container, through the library: children are processes of the same pid
// namespace, pipes carry their stdio, the Sync forms block the parent in the kernel, and ps-style
// bookkeeping (ppid, zombies, orphans) follows POSIX.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;

async function run(code: string, limits?: { pids?: number }) {
  const c = await kernel.run({ rootfs, cmd: ['node', '-e', code], ...(limits ? { limits } : {}) });
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  const status = await c.wait();
  return { status, stdout: await out, stderr: await err };
}

beforeAll(() => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-cp-'));
  mkdirSync(join(rootfs, 'app'));
  mkdirSync(join(rootfs, 'bin'));
  writeFileSync(
    join(rootfs, 'app/script.js'),
    '#!/usr/bin/env node\nconsole.log("script", process.argv.slice(2).join(","));\n',
    { mode: 0o755 },
  );
  writeFileSync(join(rootfs, 'app/noexec.js'), 'console.log(1)\n', { mode: 0o644 });
  writeFileSync(join(rootfs, 'bin/hello'), '#!/usr/bin/node\nconsole.log("hello from PATH")\n', {
    mode: 0o755,
  });
});

afterAll(async () => {
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

describe('child_process in a container', () => {
  it('gives children pids in the container namespace with the parent as ppid', async () => {
    const r = await run(
      "const r = require('child_process').spawnSync('node', ['-e', 'console.log(process.pid, process.ppid)'], { encoding: 'utf8' }); console.log(process.pid, r.stdout.trim());",
    );
    expect(r.stdout).toBe('1 2 1\n');
  });

  it('runs executables by PATH lookup and shebang (#!/usr/bin/env node)', async () => {
    const r = await run(
      "const cp = require('child_process'); console.log(cp.execFileSync('hello', { encoding: 'utf8' }).trim()); console.log(cp.execFileSync('/app/script.js', ['a', 'b'], { encoding: 'utf8' }).trim());",
    );
    expect(r.stdout).toBe('hello from PATH\nscript a,b\n');
  });

  it('reports EACCES for a file without the execute bit', async () => {
    const r = await run(
      "const r = require('child_process').spawnSync('/app/noexec.js'); console.log(r.error.code);",
    );
    expect(r.stdout).toBe('EACCES\n');
  });

  it('fails spawn with EAGAIN past --pids-limit while the container survives', async () => {
    const r = await run(
      "const cp = require('child_process'); const kids = []; let err; for (let i = 0; i < 5; i++) { const c = cp.spawn('node', ['-e', 'setTimeout(() => {}, 300)']); c.on('error', (e) => { err = err || e.code; }); kids.push(c); } setTimeout(() => { console.log(err); kids.forEach((k) => k.kill()); }, 50);",
      { pids: 3 },
    );
    expect(r.stdout).toBe('EAGAIN\n');
    expect(r.status.exitCode).toBe(0);
  });

  it('kills every process of the container when PID 1 exits', async () => {
    const c = await kernel.run({
      rootfs,
      cmd: [
        'node',
        '-e',
        "require('child_process').spawn('node', ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); setTimeout(() => process.exit(0), 50);",
      ],
    });
    expect((await c.wait()).exitCode).toBe(0);
    expect(c.processes()).toEqual([]);
  });

  it('signals a whole process group with process.kill(-pgid)', async () => {
    const r = await run(
      "const cp = require('child_process'); const c = cp.spawn('node', ['-e', 'setInterval(() => {}, 1000)'], { detached: true }); c.on('exit', (code, sig) => console.log('child', code, sig)); setTimeout(() => process.kill(-c.pid, 'SIGTERM'), 50);",
    );
    expect(r.stdout).toBe('child null SIGTERM\n');
  });
});
