// Differential harness: runs one case program under the host's real `node` (the oracle) and inside a
// tsvirt container, and returns both results for comparison. A case is `cases/<area>/<name>.js|.mjs|.cjs`
// with an optional `<name>.json` sidecar (CaseOptions).

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'cases');
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CaseOptions {
  args?: string[];
  stdin?: string;
  env?: Record<string, string>;
  /** Compare stderr too (only where Node's stderr is deterministic). */
  compareStderr?: boolean;
  /** npm packages (from the repo's node_modules) copied into /app/node_modules with their dependencies. */
  packages?: string[];
  /** Extra files to create under /app: relative path → contents. */
  files?: Record<string, string>;
  /** ms before the run is abandoned. */
  timeoutMs?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

export function caseOptions(file: string): CaseOptions {
  const sidecar = file.replace(/\.(c|m)?js$/, '.json');
  return existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as CaseOptions) : {};
}

function copyPackage(name: string, into: string, seen: Set<string>): void {
  if (seen.has(name)) return;
  seen.add(name);
  const src = join(REPO, 'node_modules', name);
  if (!existsSync(src)) throw new Error(`compat case needs package ${name}, which is not installed`);
  cpSync(src, join(into, name), { recursive: true, dereference: true });
  const pkg = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const dep of Object.keys(pkg.dependencies ?? {})) copyPackage(dep, into, seen);
}

/** Lays out /app for a case in a fresh directory: the program, its extra files, its packages. */
export function stageCase(
  file: string,
  opts: CaseOptions,
): { root: string; app: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-compat-'));
  const app = join(root, 'app');
  mkdirSync(app, { recursive: true });
  mkdirSync(join(root, 'tmp'), { recursive: true });
  cpSync(file, join(app, basename(file)));
  for (const [rel, text] of Object.entries(opts.files ?? {})) {
    mkdirSync(dirname(join(app, rel)), { recursive: true });
    writeFileSync(join(app, rel), text);
  }
  if (opts.packages?.length) {
    const nm = join(app, 'node_modules');
    mkdirSync(nm, { recursive: true });
    const seen = new Set<string>();
    for (const p of opts.packages) copyPackage(p, nm, seen);
  }
  return { root, app, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** The oracle: the host's node, in the staged /app directory. */
export function runInNode(file: string, opts: CaseOptions, app: string): RunResult {
  const r = spawnSync(process.execPath, [basename(file), ...(opts.args ?? [])], {
    cwd: app,
    input: opts.stdin ?? '',
    env: { PATH: process.env.PATH ?? '', HOME: '/root', ...opts.env },
    timeout: opts.timeoutMs ?? 20_000,
    encoding: 'utf8',
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** The same program in a container whose rootfs is the staged directory, cwd /app. */
export async function runInTsvirt(
  kernel: Kernel,
  file: string,
  opts: CaseOptions,
  root: string,
): Promise<RunResult> {
  const c = await kernel.run({
    rootfs: root,
    cmd: ['node', basename(file), ...(opts.args ?? [])],
    workdir: '/app',
    env: { HOME: '/root', ...opts.env },
    openStdin: true,
  });
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  c.stdin.end(opts.stdin ?? '');
  const timer = setTimeout(() => c.kill('SIGKILL'), opts.timeoutMs ?? 20_000);
  const status = await c.wait();
  clearTimeout(timer);
  return { stdout: await out, stderr: await err, code: status.exitCode };
}
