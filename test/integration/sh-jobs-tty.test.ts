// Integration: job control in tsvirt's interactive /bin/sh on a real pseudo-terminal (util-linux
// `script` around `tsvirt run -it`): `&` prints "[1] pid", `jobs` lists it, `kill %1` and the Done
// notice at a later prompt, Ctrl-Z stops the foreground job (the kernel stops its process: no more
// output), `bg` continues it, `fg` brings it back and Ctrl-C ends it.

import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, REPO } from '../helpers/cli.js';
import { hasScript, scriptCommand } from '../helpers/terminal.js';

let rootfs: string;
beforeAll(() => {
  assertBuilt();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-sh-jobs-'));
  for (const d of ['bin', 'tmp']) mkdirSync(join(rootfs, d));
  copyFileSync(join(REPO, 'dist/userland/sh.js'), join(rootfs, 'bin/sh'));
  chmodSync(join(rootfs, 'bin/sh'), 0o755);
});
afterAll(() => rmSync(rootfs, { recursive: true, force: true }));

const TICKER = `node -e "let n=0; setInterval(() => console.log('tick' + n++), 100)"`;
const IDLE = `node -e "setInterval(() => {}, 1000)"`;

describe.skipIf(!hasScript())('sh job control on a terminal', () => {
  it('&, jobs, kill %1 with a Done notice, Ctrl-Z, bg, fg and Ctrl-C', async () => {
    const { argv, env } = scriptCommand(['run', '-it', '--rm', '--rootfs', rootfs, '/bin/sh']);
    const child = spawn('script', argv, { stdio: ['pipe', 'pipe', 'inherit'], env });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    const waitFor = async (pred: () => boolean, what: string) => {
      const until = Date.now() + 60_000;
      while (!pred()) {
        if (child.exitCode !== null) throw new Error(`session ended early: ${output}`);
        if (Date.now() > until) throw new Error(`no ${what} in: ${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const count = (s: string) => output.split(s).length - 1;
    const ticks = () => [...output.matchAll(/tick(\d+)/g)].map((m) => Number(m[1]));
    const lastTick = () => Math.max(-1, ...ticks());
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    try {
      await waitFor(() => output.includes('$ '), 'prompt');
      // A background job: "[1] <pid>", then `jobs` shows it Running with its command.
      child.stdin.write(`${IDLE} &\r`);
      await waitFor(() => /\[1\] \d+\r?\n/.test(output), '[1] pid');
      child.stdin.write('jobs\r');
      await waitFor(() => /\[1\] \+ Running {20}node -e/.test(output), 'jobs line');
      child.stdin.write('kill %1\r');
      // The Terminated notice comes at a prompt once the job has ended (press Enter until it does).
      while (!/\[1\] \+ Terminated {17}node -e/.test(output)) {
        const prompts = count('$ ');
        child.stdin.write('\r');
        await waitFor(() => count('$ ') > prompts, 'prompt after Enter');
        await sleep(100);
      }
      // Ctrl-Z stops a foreground job: a Stopped line, a prompt, and no more ticks.
      child.stdin.write(`${TICKER}\r`);
      await waitFor(() => lastTick() >= 2, 'ticks');
      const before = count('$ ');
      child.stdin.write('\x1a');
      await waitFor(() => /\[1\] \+ Stopped {20}node -e/.test(output) && count('$ ') > before, 'Stopped');
      // Ticks already on their way through the pipe and the terminal land first (slow under load).
      await sleep(1500);
      const frozen = lastTick();
      await sleep(1000);
      expect(lastTick(), output).toBe(frozen);
      // bg continues it in the background: ticks again.
      child.stdin.write('bg\r');
      await waitFor(() => output.includes('[1] node -e') && lastTick() > frozen + 2, 'ticks after bg');
      // fg brings it back: Ctrl-C ends it and the shell prompts again.
      child.stdin.write('fg\r');
      await sleep(500);
      const prompts = count('$ ');
      child.stdin.write('\x03');
      await waitFor(() => count('$ ') > prompts, 'prompt after Ctrl-C');
      // The job ended in the foreground: the table is empty.
      const mark = output.length;
      child.stdin.write('jobs; echo "status=$?"\r');
      await waitFor(() => output.slice(mark).includes('status=0'), 'jobs output');
      expect(output.slice(mark)).not.toMatch(/\[\d\]/);
      child.stdin.write('exit 4\r');
      const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      expect(code, output).toBe(4);
    } finally {
      clearTimeout(timer);
      child.kill('SIGKILL');
    }
  }, 120_000);
});
