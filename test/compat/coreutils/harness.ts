// Differential harness for the coreutils: each case is a list of commands run in order in one working
// directory, first with the host's GNU tools (the oracle) in a temp dir, then with tsvirt's utilities
// (dist/userland/bin staged as /bin) in a container whose working directory /w holds the same files.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kernel } from '../../../src/index.js';
import { collect } from '../../helpers/streams.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const USERLAND_BIN = join(REPO, 'dist', 'userland', 'bin');

/** One command of a case: argv (argv[0] a utility name) and what it reads on stdin. */
export interface Step {
  argv: string[];
  stdin?: string;
  /** Compare stdout as a sorted set of lines (GNU tools walk directories in readdir order). */
  sorted?: boolean;
}

/** A case: files to create in the working directory, then the commands. */
export interface CoreutilsCase {
  name: string;
  files?: Record<string, string>;
  dirs?: string[];
  steps: Step[];
  /** Compare stderr too (where GNU's message is what a script would see). */
  compareStderr?: boolean;
}

export interface StepResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

const ENV = { LC_ALL: 'C', TZ: 'UTC', HOME: '/root' };

function lay(dir: string, c: CoreutilsCase): void {
  mkdirSync(dir, { recursive: true });
  for (const d of c.dirs ?? []) mkdirSync(join(dir, d), { recursive: true });
  for (const [rel, text] of Object.entries(c.files ?? {})) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

/** Stages the host work dir and the container rootfs for a case. */
export function stage(c: CoreutilsCase): { hostDir: string; root: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'tsvirt-coreutils-'));
  const hostDir = join(base, 'host', 'w');
  const root = join(base, 'root');
  lay(hostDir, c);
  lay(join(root, 'w'), c);
  mkdirSync(join(root, 'tmp'), { recursive: true });
  cpSync(USERLAND_BIN, join(root, 'bin'), { recursive: true });
  cpSync(join(REPO, 'rootfs', 'etc'), join(root, 'etc'), { recursive: true });
  return { hostDir, root, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** The oracle: each step with the host's tools, in order, in hostDir. */
export function runOnHost(c: CoreutilsCase, hostDir: string): StepResult[] {
  return c.steps.map((s) => {
    const [cmd, ...args] = s.argv as [string, ...string[]];
    const r = spawnSync(cmd, args, {
      cwd: hostDir,
      input: s.stdin ?? '',
      env: { PATH: '/usr/bin:/bin', ...ENV },
      encoding: 'utf8',
      timeout: 20_000,
    });
    return { stdout: r.stdout, stderr: r.stderr, code: r.status };
  });
}

/** The same steps in one container (PID 1 idles while each step is exec'd in /w). */
export async function runInTsvirt(kernel: Kernel, c: CoreutilsCase, root: string): Promise<StepResult[]> {
  const ctr = await kernel.run({
    rootfs: root,
    cmd: ['node', '-e', 'setInterval(() => {}, 1 << 30)'],
    workdir: '/w',
    env: { PATH: '/bin', ...ENV },
  });
  const results: StepResult[] = [];
  try {
    for (const s of c.steps) {
      const [cmd, ...args] = s.argv as [string, ...string[]];
      const p = ctr.exec([cmd.includes('/') ? cmd : `/bin/${cmd}`, ...args], { workdir: '/w' });
      const out = collect(p.stdout);
      const err = collect(p.stderr);
      p.stdin.end(s.stdin ?? '');
      const timer = setTimeout(() => p.kill('SIGKILL'), 20_000);
      const status = await p.wait();
      clearTimeout(timer);
      results.push({ stdout: await out, stderr: await err, code: status.exitCode });
    }
  } finally {
    ctr.kill('SIGKILL');
    await ctr.wait();
  }
  return results;
}

/** True when the utilities were built (the suite needs `node src/build.mjs` first). */
export function userlandBuilt(): boolean {
  return existsSync(join(USERLAND_BIN, 'echo'));
}
