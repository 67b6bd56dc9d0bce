// Test helper: runs the tsvirt CLI on a real pseudo-terminal through util-linux `script`.

import { execFileSync } from 'node:child_process';
import { TSVIRT } from './cli.js';

/** Whether util-linux `script` is available to give the CLI a pseudo-terminal. */
export function hasScript(): boolean {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/**
 * `script` arguments and environment that run `tsvirt args` as the terminal's foreground process.
 * The `exec` matters: the shell `script` starts (dash when $SHELL is /bin/sh, as in CI) would
 * otherwise stay in the foreground group, die of a Ctrl-C meant for tsvirt, and make `script`
 * report 130.
 */
export function scriptCommand(args: string[]): { argv: string[]; env: NodeJS.ProcessEnv } {
  const cmd = [TSVIRT, ...args].map(quote).join(' ');
  return { argv: ['-qec', `exec ${cmd}`, '/dev/null'], env: { ...process.env, SHELL: '/bin/sh' } };
}
