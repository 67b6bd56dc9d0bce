// Integration: tsvirt's /bin/sh on a real pseudo-terminal (util-linux `script` around `tsvirt run -it`):
// it prompts, edits the line (backspace, arrows, history), runs a command, survives Ctrl-C while a foreground child runs, and `exit 3` ends the
// session with status 3.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/cli.js';
import { hasScript, openTerminal, shRootfs } from '../helpers/terminal.js';

let rootfs: ReturnType<typeof shRootfs>;
beforeAll(() => {
  assertBuilt();
  rootfs = shRootfs();
});
afterAll(() => rootfs.remove());

describe.skipIf(!hasScript())('sh on a terminal', () => {
  it('prompts, edits lines with history, survives Ctrl-C and exits with `exit 3`', async () => {
    const t = openTerminal(['run', '-it', '--rm', '--rootfs', rootfs.root, '/bin/sh']);
    try {
      await t.waitFor(() => t.output().includes('$ '));
      t.write('echo hi $((40+2))\r');
      await t.waitFor(() => t.output().includes('hi 42') && t.count('$ ') >= 2);
      // Line editing: backspace, ← then insert, and ↑ recalls the previous line.
      t.write('echo abX\x7fc\x1b[D\x1b[Dz\r');
      await t.waitFor(() => t.output().includes('azbc\r\n'));
      t.write('\x1b[A\r');
      await t.waitFor(() => t.output().split('azbc\r\n').length >= 3);
      t.write('node -e "setInterval(() => {}, 1000); console.log(\'waiting\')"\r');
      await t.waitFor(() => t.output().includes('waiting\r\n') || t.output().includes('waiting\n'));
      const prompts = t.count('$ ');
      t.write('\x03');
      await t.waitFor(() => t.count('$ ') > prompts);
      t.write('exit 3\r');
      const code = await t.exited();
      expect(code, t.output()).toBe(3);
    } finally {
      t.close();
    }
  }, 40_000);
});
