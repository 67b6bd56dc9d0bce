// Job-control signals in the kernel, through the library: SIGSTOP/SIGTSTP stop a process (its events
// are held: a ticking child prints nothing, /proc shows State T), SIGCONT resumes it, a fatal signal
// sent while stopped takes effect at SIGCONT, SIGKILL ends a stopped process at once, and a process
// that listens for SIGTSTP gets the event instead of stopping.

import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;

beforeAll(() => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-stop-'));
  mkdirSync(join(rootfs, 'bin'));
  copyFileSync(join(import.meta.dirname, '..', '..', 'dist/userland/sh.js'), join(rootfs, 'bin/sh'));
  chmodSync(join(rootfs, 'bin/sh'), 0o755);
});
afterAll(async () => {
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

// The parent drives a ticking child through stop/continue and prints what it saw, step by step.
// Each step waits for a condition (ticks seen), never for a duration to have some effect.
const DRIVER = `
const { spawn } = require('child_process');
const fs = require('fs');
const child = spawn('node', ['-e', process.argv[1]], { stdio: ['ignore', 'pipe', 'inherit'] });
let ticks = 0;
child.stdout.on('data', (d) => { ticks += String(d).split('\\n').length - 1; });
const state = () => /State:\\t(\\S)/.exec(fs.readFileSync('/proc/' + child.pid + '/status', 'utf8'))[1];
const until = (pred) => new Promise((r) => { const t = setInterval(() => { if (pred()) { clearInterval(t); r(); } }, 20); });
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  await until(() => ticks >= 3);
  process.kill(child.pid, process.env.STOPSIG);
  // Lines the child wrote before it stopped may still be in the pipe: let them land.
  await pause(1000);
  const frozen = ticks;
  console.log('state', state());
  await pause(600);
  console.log('held', ticks === frozen);
  process.kill(child.pid, 'SIGTERM');
  await pause(200);
  console.log('still', state());
  child.on('exit', (code, sig) => console.log('exit', code, sig));
  process.kill(child.pid, 'SIGCONT');
})();
`;

async function run(argv: string[], env: Record<string, string> = {}) {
  const c = await kernel.run({ rootfs, cmd: argv, env });
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  const status = await c.wait();
  return { status, stdout: await out, stderr: await err };
}

describe('SIGSTOP, SIGTSTP and SIGCONT', () => {
  for (const sig of ['SIGSTOP', 'SIGTSTP']) {
    it(`${sig} holds a process's events; SIGTERM pends until SIGCONT`, async () => {
      const r = await run(['node', '-e', DRIVER, 'setInterval(() => console.log("t"), 20)'], {
        STOPSIG: sig,
      });
      expect(r.stdout, r.stderr).toBe('state T\nheld true\nstill T\nexit null SIGTERM\n');
    });
  }

  it('SIGKILL ends a stopped process; SIGCONT alone resumes it', async () => {
    const code = `
const { spawn } = require('child_process');
const a = spawn('node', ['-e', 'setInterval(() => console.log("a"), 20)'], { stdio: ['ignore', 'pipe', 'inherit'] });
let n = 0;
a.stdout.on('data', () => { n++; });
a.on('exit', (c, s) => console.log('a exit', c, s));
setTimeout(() => {
  process.kill(a.pid, 'SIGSTOP');
  setTimeout(() => {
    const seen = n;
    process.kill(a.pid, 'SIGCONT');
    const t = setInterval(() => { if (n > seen) { clearInterval(t); console.log('resumed'); process.kill(a.pid, 'SIGSTOP'); process.kill(a.pid, 'SIGKILL'); } }, 20);
  }, 200);
}, 300);
`;
    const r = await run(['node', '-e', code]);
    expect(r.stdout, r.stderr).toBe('resumed\na exit null SIGKILL\n');
  });

  it('a process listening for SIGTSTP gets the event and is not stopped', async () => {
    const code = `
const { spawn } = require('child_process');
const c = spawn('node', ['-e', "process.on('SIGTSTP', () => { console.log('caught'); process.exit(0); }); setInterval(() => {}, 1000); console.log('ready')"], { stdio: ['ignore', 'pipe', 'inherit'] });
c.stdout.on('data', (d) => { process.stdout.write(d); if (String(d).includes('ready')) process.kill(c.pid, 'SIGTSTP'); });
c.on('exit', (code, sig) => console.log('exit', code, sig));
`;
    const r = await run(['node', '-e', code]);
    expect(r.stdout, r.stderr).toBe('ready\ncaught\nexit 0 null\n');
  });

  it('an interactive sh hears (SIGCHLD) that its foreground child was stopped by another process', async () => {
    const c = await kernel.run({ rootfs, cmd: ['/bin/sh', '-i'], openStdin: true });
    const out = collect(c.stdout);
    const err = collect(c.stderr);
    let errText = '';
    c.stderr.on('data', (d) => {
      errText += String(d);
    });
    const until = async (pred: () => boolean) => {
      while (!pred()) await new Promise((r) => setTimeout(r, 25));
    };
    c.stdin.write('node -e "setInterval(() => {}, 1000)"\n');
    await until(() => c.processes().some((p) => p.command.includes('setInterval')));
    const pid = c.processes().find((p) => p.command.includes('setInterval'))?.pid as number;
    const stopper = c.exec(['node', '-e', `process.kill(${pid}, 'SIGSTOP')`]);
    expect((await stopper.wait()).exitCode).toBe(0);
    await until(() => errText.includes('Stopped'));
    c.stdin.end('jobs\nkill -CONT %1; kill %1; wait %1; echo "status=$?"\nexit 5\n');
    const status = await c.wait();
    expect(status.exitCode).toBe(5);
    expect(await out).toMatch(
      /^\[1\] \+ Stopped {20}node -e "setInterval\(\(\) => \{\}, 1000\)"\nstatus=143\n$/,
    );
    expect(await err).toMatch(/\[1\] \+ Stopped/);
  }, 60_000);
});
