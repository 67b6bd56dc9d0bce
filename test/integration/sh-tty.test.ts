// Integration: tsvirt's /bin/sh on a real pseudo-terminal (util-linux `script` around `tsvirt run -it`):
// it prompts, edits the line (backspace, arrows, history), runs a command, survives Ctrl-C while a foreground child runs, and `exit 3` ends the
// session with status 3.

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
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-sh-tty-'));
  for (const d of ['bin', 'tmp']) mkdirSync(join(rootfs, d));
  copyFileSync(join(REPO, 'dist/userland/sh.js'), join(rootfs, 'bin/sh'));
  chmodSync(join(rootfs, 'bin/sh'), 0o755);
});
afterAll(() => rmSync(rootfs, { recursive: true, force: true }));

describe.skipIf(!hasScript())('sh on a terminal', () => {
  it('prompts, edits lines with history, survives Ctrl-C and exits with `exit 3`', async () => {
    const { argv, env } = scriptCommand(['run', '-it', '--rm', '--rootfs', rootfs, '/bin/sh']);
    const child = spawn('script', argv, { stdio: ['pipe', 'pipe', 'inherit'], env });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const waitFor = async (pred: () => boolean) => {
      while (!pred()) {
        if (child.exitCode !== null) throw new Error(`session ended early: ${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const count = (s: string) => output.split(s).length - 1;
    try {
      await waitFor(() => output.includes('$ '));
      child.stdin.write('echo hi $((40+2))\r');
      await waitFor(() => output.includes('hi 42') && count('$ ') >= 2);
      // Line editing: backspace, ← then insert, and ↑ recalls the previous line.
      child.stdin.write('echo abX\x7fc\x1b[D\x1b[Dz\r');
      await waitFor(() => output.includes('azbc\r\n'));
      child.stdin.write('\x1b[A\r');
      await waitFor(() => output.split('azbc\r\n').length >= 3);
      child.stdin.write('node -e "setInterval(() => {}, 1000); console.log(\'waiting\')"\r');
      await waitFor(() => output.includes('waiting\r\n') || output.includes('waiting\n'));
      const prompts = count('$ ');
      child.stdin.write('\x03');
      await waitFor(() => count('$ ') > prompts);
      child.stdin.write('exit 3\r');
      const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      expect(code, output).toBe(3);
    } finally {
      clearTimeout(timer);
      child.kill('SIGKILL');
    }
  }, 40_000);
});
