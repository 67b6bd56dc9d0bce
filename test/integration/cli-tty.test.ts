// Integration: `tsvirt run -t` through a real pseudo-terminal (util-linux `script`): the guest sees
// a TTY on stdin and stdout, and the exit code comes back through the terminal session.

import { spawn, spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, FIXTURE_ROOTFS as R } from '../helpers/cli.js';
import { hasScript, openTerminal, scriptCommand } from '../helpers/terminal.js';

/** Runs `tsvirt args` inside `script -qec`, with stdin fed from `input`; returns exit and output. */
function inTerminal(args: string[], input = ''): { code: number | null; output: string } {
  const { argv, env } = scriptCommand(args);
  const r = spawnSync('script', argv, { input, encoding: 'utf8', timeout: 30_000, env });
  return { code: r.status, output: r.stdout.replaceAll('\r\n', '\n') };
}

beforeAll(assertBuilt);

describe.skipIf(!hasScript())('tsvirt run -t on a terminal', () => {
  it('gives the guest a TTY with -it and propagates the exit code', () => {
    const r = inTerminal(['run', '-it', '--rm', '--rootfs', R, 'node', '/app/whoami.js']);
    expect(r.code).toBe(0);
    const line = r.output.split('\n').find((l) => l.startsWith('{')) ?? '';
    expect(JSON.parse(line)).toMatchObject({ isTTY: true, stdinTTY: true });
    expect(inTerminal(['run', '-t', '--rootfs', R, 'node', '/app/exit.js', '5']).code).toBe(5);
  });

  it('sets TERM in the guest and merges stderr into the terminal', () => {
    const probe = 'console.error("to stderr"); console.log(process.env.TERM, process.stderr.isTTY)';
    const r = inTerminal(['run', '-t', '--rootfs', R, 'node', '-e', probe]);
    expect(r.code).toBe(0);
    expect(r.output).toContain('to stderr\n');
    expect(r.output).toContain('xterm true\n');
  });

  it('is not a TTY without -t even on a terminal', () => {
    const r = inTerminal(['run', '--rootfs', R, 'node', '/app/whoami.js']);
    expect(r.code).toBe(0);
    const line = r.output.split('\n').find((l) => l.startsWith('{')) ?? '';
    expect(JSON.parse(line)).toMatchObject({ isTTY: false, stdinTTY: false });
  });

  it("puts the host terminal in raw mode while the guest's is: a key arrives without Enter, unechoed", async () => {
    const { argv, env } = scriptCommand(['run', '-it', '--rootfs', R, 'node', '/app/raw.js']);
    const child = spawn('script', argv, { stdio: ['pipe', 'pipe', 'inherit'], env });
    let output = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      const before = output;
      output += d;
      // Type one key once the guest is raw; a cooked terminal would hold it until Enter.
      if (!before.includes('raw true') && output.includes('raw true')) child.stdin.write('q');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    expect(code).toBe(0);
    expect(output.replaceAll('\r\n', '\n')).toBe('raw true\n"q"\n');
  });
  it('`node` with no script on a terminal is the REPL: welcome, results, history, multi-line, .exit', async () => {
    const t = openTerminal(['run', '-it', '--rm', 'base', 'node']);
    try {
      await t.waitFor(
        () => t.output().includes('Type ".help" for more information.') && t.output().includes('> '),
      );
      t.write('40 + 2\r');
      await t.waitFor(() => t.output().includes('42'));
      t.write('function f() {\r');
      await t.waitFor(() => t.output().includes('... '));
      t.write('return "multi" }\r');
      t.write('f()\r');
      await t.waitFor(() => t.output().includes("'multi'"));
      // ↑ recalls the last entry, `f()`.
      t.write('\x1b[A\r');
      await t.waitFor(() => t.output().split("'multi'").length >= 3);
      t.write('.exit\r');
      const code = await t.exited();
      expect(code, t.output()).toBe(0);
    } finally {
      t.close();
    }
  }, 40_000);
});
