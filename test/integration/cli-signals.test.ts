// Integration: signals sent to the `tsvirt run` process reach PID 1 (docker's sig-proxy), a second
// Ctrl-C kills it, and the CLI exits with PID 1's status. Needs `node src/build.mjs`.

import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, FIXTURE_ROOTFS as R, TSVIRT } from '../helpers/cli.js';

beforeAll(assertBuilt);

/** One step of a test: once stdout contains `after`, send `signal`. */
type Step = [after: string, signal: NodeJS.Signals];

/** Starts the CLI, sends each step's signal when its output has appeared, and returns the outcome. */
function signalled(args: string[], steps: Step[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSVIRT, ['run', '--rootfs', R, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let next = 0;
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      while (next < steps.length && stdout.includes((steps[next] as Step)[0])) {
        child.kill((steps[next] as Step)[1]);
        next++;
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout });
    });
  });
}

describe('signal proxy', () => {
  it('forwards SIGTERM and SIGINT to a guest that handles them', async () => {
    expect(await signalled(['node', '/app/wait-signal.js'], [['ready\n', 'SIGTERM']])).toEqual({
      code: 43,
      stdout: 'ready\ngot SIGTERM\n',
    });
    expect(await signalled(['node', '/app/wait-signal.js'], [['ready\n', 'SIGINT']])).toEqual({
      code: 42,
      stdout: 'ready\ngot SIGINT\n',
    });
  });

  it('exits 128+n when the signal kills PID 1 by its default action', async () => {
    const idle = 'console.log("ready"); setInterval(() => {}, 1000)';
    expect((await signalled(['node', '-e', idle], [['ready\n', 'SIGTERM']])).code).toBe(143);
    expect((await signalled(['node', '-e', idle], [['ready\n', 'SIGINT']])).code).toBe(130);
  });

  it('kills PID 1 on a second Ctrl-C when it ignores the first', async () => {
    const stubborn =
      'process.on("SIGINT", () => console.log("ignored")); console.log("ready"); setInterval(() => {}, 1000)';
    const r = await signalled(
      ['node', '-e', stubborn],
      [
        ['ready\n', 'SIGINT'],
        ['ignored\n', 'SIGINT'],
      ],
    );
    expect(r).toEqual({ code: 137, stdout: 'ready\nignored\n' });
  });
});

describe('a closed output pipe', () => {
  it('ends PID 1 with SIGPIPE (exit 141) when the reader goes away, as `| head -1` does', async () => {
    const child = spawn(
      TSVIRT,
      ['run', '--rootfs', R, 'node', '-e', 'let i = 0; setInterval(() => console.log(i++), 1)'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    expect(code).toBe(141);
  });
});
