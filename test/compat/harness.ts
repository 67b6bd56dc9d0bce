// Test zone: the differential harness. One case program runs under the host's real `node` (the oracle)
// and inside a tsvirt container, from the same staged /app, with the same env, args and stdin; both
// results come back for comparison. A case is `cases/<area>/<name>.js|.mjs|.cjs` with an optional
// `<name>.json` sidecar (CaseOptions, unknown keys rejected so a typo cannot silently do nothing).

import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'cases');
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The default per-side time budget; a case may raise it in its sidecar. */
// Generous: the suite shares two cores with other work, and a loaded machine must not fail a case.
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface CaseOptions {
  args?: string[];
  stdin?: string;
  env?: Record<string, string>;
  /** Compare stderr too (only where Node's stderr is deterministic). */
  compareStderr?: boolean;
  /** Compare only the last N lines of stderr (a crash report's tail, past frames that name Node internals). */
  stderrTail?: number;
  /** Compare stderr with stack-frame lines (`    at …`) removed: crash reports whose frames name Node's internals. */
  stderrWithoutFrames?: boolean;
  /** npm packages (from the repo's node_modules) copied into /app/node_modules with their dependencies. */
  packages?: string[];
  /** Extra files to create under /app: relative path → contents. */
  files?: Record<string, string>;
  /** ms before either side is killed and the case fails as timed out. */
  timeoutMs?: number;
  /** Free text for humans (what the case covers); ignored by the harness. */
  description?: string;
  /** Give the container tsvirt's /bin/sh (the oracle uses the host's), for exec() and shell: true. */
  shell?: boolean;
}

const OPTION_KEYS = new Set([
  'args',
  'stdin',
  'env',
  'compareStderr',
  'stderrTail',
  'stderrWithoutFrames',
  'packages',
  'files',
  'timeoutMs',
  'description',
  'shell',
]);

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
  /** The side was killed because it ran past its time budget. */
  timedOut: boolean;
}

/** Reads and checks a case's sidecar; a bad sidecar is a broken case, reported as such. */
export function caseOptions(file: string): CaseOptions {
  const sidecar = file.replace(/\.(c|m)?js$/, '.json');
  if (!existsSync(sidecar)) return {};
  const raw = JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>;
  for (const k of Object.keys(raw)) {
    if (!OPTION_KEYS.has(k)) throw new Error(`${sidecar}: unknown option "${k}"`);
  }
  const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const isStringMap = (v: unknown) =>
    typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string');
  if (raw.args !== undefined && !isStrings(raw.args)) throw new Error(`${sidecar}: args must be strings`);
  if (raw.packages !== undefined && !isStrings(raw.packages)) throw new Error(`${sidecar}: bad packages`);
  if (raw.env !== undefined && !isStringMap(raw.env)) throw new Error(`${sidecar}: env must map to strings`);
  if (raw.files !== undefined && !isStringMap(raw.files)) throw new Error(`${sidecar}: bad files`);
  if (raw.stdin !== undefined && typeof raw.stdin !== 'string') throw new Error(`${sidecar}: bad stdin`);
  return raw as CaseOptions;
}

/** The environment both sides see: nothing from the test runner's own environment leaks in. */
export function caseEnv(opts: CaseOptions): Record<string, string> {
  return { HOME: '/root', LANG: 'C', TZ: 'UTC', ...opts.env };
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

export interface Staged {
  /** Host directory used as the container's rootfs. */
  root: string;
  /** `root/app`: the oracle's cwd, the container's /app. */
  app: string;
  cleanup: () => void;
}

/** Lays out /app for a case in a fresh directory, once: the program, its extra files, its packages. */
export function stageCase(file: string, opts: CaseOptions): Staged {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-compat-'));
  const app = join(root, 'app');
  mkdirSync(app, { recursive: true });
  mkdirSync(join(root, 'tmp'), { recursive: true });
  cpSync(file, join(app, basename(file)));
  if (opts.shell) {
    mkdirSync(join(root, 'bin'));
    cpSync(join(REPO, 'dist/userland/sh.js'), join(root, 'bin/sh'));
    chmodSync(join(root, 'bin/sh'), 0o755);
  }
  for (const [rel, text] of Object.entries(opts.files ?? {})) {
    if (rel.startsWith('/') || rel.split('/').includes('..')) throw new Error(`bad case file path ${rel}`);
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

/**
 * The oracle: the host's node in the staged /app. Host paths are rewritten to the container's view
 * (`<root>/app` → `/app`) so a case may print __filename and stack frames.
 */
export function runInNode(file: string, opts: CaseOptions, staged: Staged): Promise<RunResult> {
  const budget = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    // Started as `node`, as tsvirt's cases are (process.argv0 is the name a process was run by).
    const child = spawn(process.execPath, [basename(file), ...(opts.args ?? [])], {
      argv0: 'node',
      cwd: staged.app,
      env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, ...caseEnv(opts) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, budget);
    const out = collect(child.stdout);
    const err = collect(child.stderr);
    child.stdin.on('error', () => {
      // The program may exit without reading its stdin (EPIPE): not the case's concern.
    });
    child.stdin.end(opts.stdin ?? '');
    child.on('error', reject);
    child.on('close', async (code, signal) => {
      clearTimeout(timer);
      const host = (s: string) => s.split(staged.root).join('');
      resolve({
        stdout: host(await out),
        stderr: host(await err),
        code: code ?? (signal ? 128 + signalNumber(signal) : null),
        timedOut,
      });
    });
  });
}

function signalNumber(sig: NodeJS.Signals): number {
  return constants.signals[sig] ?? 0;
}

/** The same program in a container whose rootfs is the staged directory, cwd /app. */
export async function runInTsvirt(
  kernel: Kernel,
  file: string,
  opts: CaseOptions,
  staged: Staged,
): Promise<RunResult> {
  const c = await kernel.run({
    rootfs: staged.root,
    cmd: ['node', basename(file), ...(opts.args ?? [])],
    workdir: '/app',
    env: caseEnv(opts),
    openStdin: true,
  });
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  c.stdin.on('error', () => {
    // Stdin is torn down when the container exits before reading it.
  });
  c.stdin.end(opts.stdin ?? '');
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    c.kill('SIGKILL');
  }, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const status = await c.wait();
    return { stdout: await out, stderr: await err, code: status.exitCode, timedOut };
  } finally {
    clearTimeout(timer);
    kernel.remove(c);
  }
}

/** A line diff (LCS) of expected vs actual, `-` for the oracle's lines and `+` for tsvirt's. */
export function diffLines(expected: string, actual: string, context = 3): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  if (a.length * b.length > 4_000_000) return `(outputs too large to diff: ${a.length} vs ${b.length} lines)`;
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: Array<[' ' | '-' | '+', string]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push([' ', a[i++]!]);
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!))
      ops.push(['+', b[j++]!]);
    else ops.push(['-', a[i++]!]);
  }
  const keep = ops.map((_, k) =>
    ops.slice(Math.max(0, k - context), k + context + 1).some(([op]) => op !== ' '),
  );
  const lines: string[] = [];
  ops.forEach(([op, text], k) => {
    if (keep[k]) lines.push(`${op} ${text}`);
    else if (k === 0 || keep[k - 1]) lines.push('  …');
  });
  return lines.join('\n');
}

/** Compares the two runs; returns a readable report of every difference, or '' when they agree. */
export function compareRuns(expected: RunResult, actual: RunResult, opts: CaseOptions): string {
  const problems: string[] = [];
  if (expected.timedOut) problems.push('the oracle (real node) timed out: the case itself is broken');
  if (actual.timedOut) problems.push(`tsvirt timed out after ${opts.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`);
  if (actual.stdout !== expected.stdout)
    problems.push(`stdout differs (- node, + tsvirt):\n${diffLines(expected.stdout, actual.stdout)}`);
  if (actual.code !== expected.code)
    problems.push(`exit code differs: node ${expected.code}, tsvirt ${actual.code}`);
  const lastLines = (s: string, n: number) =>
    s
      .split('\n')
      .slice(-n - 1)
      .join('\n');
  const errTail = opts.stderrTail;
  // The last frame of an error with own properties ends in ` {` (inspect's brace): keep the brace.
  const noFrames = (s: string) => s.replace(/^ {4}at .*?( \{)?\n/gm, (_m, brace) => (brace ? '{\n' : ''));
  if (opts.compareStderr && actual.stderr !== expected.stderr)
    problems.push(`stderr differs (- node, + tsvirt):\n${diffLines(expected.stderr, actual.stderr)}`);
  else if (opts.stderrWithoutFrames && noFrames(actual.stderr) !== noFrames(expected.stderr))
    problems.push(
      `stderr without frames differs (- node, + tsvirt):\n${diffLines(noFrames(expected.stderr), noFrames(actual.stderr))}`,
    );
  else if (errTail && lastLines(actual.stderr, errTail) !== lastLines(expected.stderr, errTail))
    problems.push(
      `stderr's last ${errTail} lines differ (- node, + tsvirt):\n${diffLines(lastLines(expected.stderr, errTail), lastLines(actual.stderr, errTail))}`,
    );
  if (problems.length === 0) return '';
  const tail = (s: string) => (s.length > 2000 ? `…${s.slice(-2000)}` : s);
  if (!opts.compareStderr && actual.stderr !== expected.stderr) {
    problems.push(`node stderr:\n${tail(expected.stderr) || '(empty)'}`);
    problems.push(`tsvirt stderr:\n${tail(actual.stderr) || '(empty)'}`);
  }
  return problems.join('\n\n');
}
