// Test helper: runs the tsvirt CLI on a real pseudo-terminal through util-linux `script`.

import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, TSVIRT } from './cli.js';

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

/** A `tsvirt` CLI session on a pseudo-terminal: type into it, watch its output, wait for its exit. */
export interface TerminalSession {
  /** Everything the terminal has shown so far. */
  output(): string;
  /** How many times `s` has appeared so far. */
  count(s: string): number;
  write(s: string): void;
  /** Resolves once `pred` holds; fails if the session ends first or `withinMs` passes. */
  waitFor(pred: () => boolean, what?: string, withinMs?: number): Promise<void>;
  /** The session's exit code, once it ends. */
  exited(): Promise<number | null>;
  /** Ends the session (SIGKILL) and its watchdog; call it in `finally`. */
  close(): void;
}

/** Starts `tsvirt args` on a pseudo-terminal; the watchdog kills it after `killAfterMs`. */
export function openTerminal(args: string[], killAfterMs = 30_000): TerminalSession {
  const { argv, env } = scriptCommand(args);
  const child = spawn('script', argv, { stdio: ['pipe', 'pipe', 'inherit'], env });
  let text = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    text += d;
  });
  const exit = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return {
    output: () => text,
    count: (s) => text.split(s).length - 1,
    write: (s) => child.stdin.write(s),
    async waitFor(pred, what = 'the expected output', withinMs = killAfterMs) {
      const until = Date.now() + withinMs;
      while (!pred()) {
        if (child.exitCode !== null) throw new Error(`session ended early: ${text}`);
        if (Date.now() > until) throw new Error(`no ${what} in: ${text}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    exited: () => exit,
    close() {
      clearTimeout(timer);
      child.kill('SIGKILL');
    },
  };
}

/** A temp rootfs holding only tsvirt's /bin/sh and /tmp; returns it and its remover. */
export function shRootfs(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-sh-tty-'));
  for (const d of ['bin', 'tmp']) mkdirSync(join(root, d));
  copyFileSync(join(REPO, 'dist/userland/sh.js'), join(root, 'bin/sh'));
  chmodSync(join(root, 'bin/sh'), 0o755);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
