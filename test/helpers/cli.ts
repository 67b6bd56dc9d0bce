// Test helper: runs bin/tsvirt as a subprocess (the way a user does) and collects its output.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const TSVIRT = join(REPO, 'bin/tsvirt');
export const FIXTURE_ROOTFS = join(REPO, 'test/fixtures/rootfs');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
}

/** The CLI runs from dist/: fail with a clear message rather than a confusing one when it is not built. */
export function assertBuilt(): void {
  if (!existsSync(join(REPO, 'dist/cli/main.js')) || !existsSync(join(REPO, 'dist/runtime.js'))) {
    throw new Error('dist/ is not built: run `node src/build.mjs` first');
  }
}

/** Runs `tsvirt ...args` to completion (killed after timeoutMs) and returns its exit and output. */
export function tsvirt(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSVIRT, args, {
      cwd: opts.cwd ?? REPO,
      env: opts.env ? { ...opts.env, PATH: process.env.PATH } : process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}
