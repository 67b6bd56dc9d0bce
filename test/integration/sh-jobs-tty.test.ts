// Integration: job control in tsvirt's interactive /bin/sh on a real pseudo-terminal (util-linux
// `script` around `tsvirt run -it`): `&` prints "[1] pid", `jobs` lists it, `kill %1` and the Done
// notice at a later prompt, Ctrl-Z stops the foreground job (the kernel stops its process: no more
// output), `bg` continues it, `fg` brings it back and Ctrl-C ends it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/cli.js';
import { hasScript, openTerminal, shRootfs } from '../helpers/terminal.js';

let rootfs: ReturnType<typeof shRootfs>;
beforeAll(() => {
  assertBuilt();
  rootfs = shRootfs();
});
afterAll(() => rootfs.remove());

const TICKER = `node -e "let n=0; setInterval(() => console.log('tick' + n++), 100)"`;
const IDLE = `node -e "setInterval(() => {}, 1000)"`;

describe.skipIf(!hasScript())('sh job control on a terminal', () => {
  it('&, jobs, kill %1 with a Done notice, Ctrl-Z, bg, fg and Ctrl-C', async () => {
    const t = openTerminal(['run', '-it', '--rm', '--rootfs', rootfs.root, '/bin/sh'], 100_000);
    const waitFor = (pred: () => boolean, what: string) => t.waitFor(pred, what, 60_000);
    const count = t.count;
    const ticks = () => [...t.output().matchAll(/tick(\d+)/g)].map((m) => Number(m[1]));
    const lastTick = () => Math.max(-1, ...ticks());
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    try {
      await waitFor(() => t.output().includes('$ '), 'prompt');
      // A background job: "[1] <pid>", then `jobs` shows it Running with its command.
      t.write(`${IDLE} &\r`);
      await waitFor(() => /\[1\] \d+\r?\n/.test(t.output()), '[1] pid');
      t.write('jobs\r');
      await waitFor(() => /\[1\] \+ Running {20}node -e/.test(t.output()), 'jobs line');
      t.write('kill %1\r');
      // The Terminated notice comes at a prompt once the job has ended (press Enter until it does).
      while (!/\[1\] \+ Terminated {17}node -e/.test(t.output())) {
        const prompts = count('$ ');
        t.write('\r');
        await waitFor(() => count('$ ') > prompts, 'prompt after Enter');
        await sleep(100);
      }
      // Ctrl-Z stops a foreground job: a Stopped line, a prompt, and no more ticks.
      t.write(`${TICKER}\r`);
      await waitFor(() => lastTick() >= 2, 'ticks');
      const before = count('$ ');
      t.write('\x1a');
      await waitFor(() => /\[1\] \+ Stopped {20}node -e/.test(t.output()) && count('$ ') > before, 'Stopped');
      // Ticks already on their way through the pipe and the terminal land first (slow under load).
      await sleep(1500);
      const frozen = lastTick();
      await sleep(1000);
      expect(lastTick(), t.output()).toBe(frozen);
      // bg continues it in the background: ticks again.
      t.write('bg\r');
      await waitFor(() => t.output().includes('[1] node -e') && lastTick() > frozen + 2, 'ticks after bg');
      // fg brings it back: Ctrl-C ends it and the shell prompts again.
      t.write('fg\r');
      await sleep(500);
      const prompts = count('$ ');
      t.write('\x03');
      await waitFor(() => count('$ ') > prompts, 'prompt after Ctrl-C');
      // The job ended in the foreground: the table is empty.
      const mark = t.output().length;
      t.write('jobs; echo "status=$?"\r');
      await waitFor(() => t.output().slice(mark).includes('status=0'), 'jobs t.output()');
      expect(t.output().slice(mark)).not.toMatch(/\[\d\]/);
      t.write('exit 4\r');
      const code = await t.exited();
      expect(code, t.output()).toBe(4);
    } finally {
      t.close();
    }
  }, 120_000);
});
