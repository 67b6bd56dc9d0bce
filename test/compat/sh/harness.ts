// Differential harness for /bin/sh: runs a case script under the host's /bin/sh (dash on Debian, the
// oracle, with GNU coreutils) and under tsvirt's sh (dist/userland/sh.js as /bin/sh, the base image's
// coreutils in /bin, in a container's rootfs),
// each in an empty working directory of its own, and returns both results for comparison.

import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kernel } from '../../../src/index.js';
import { collect } from '../../helpers/streams.js';

export const SH_CASES = join(dirname(fileURLToPath(import.meta.url)), 'cases');
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SH_BUNDLE = join(REPO, 'dist/userland/sh.js');
/** The base image's coreutils: pipelines in the cases use them as the oracle uses GNU's. */
const COREUTILS = join(REPO, 'dist/userland/bin');

/** Options a case may give in its `<name>.json` sidecar. */
export interface ShCaseOptions {
  args?: string[];
  stdin?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface ShResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

export function shCaseOptions(file: string): ShCaseOptions {
  const sidecar = file.replace(/\.sh$/, '.json');
  return existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as ShCaseOptions) : {};
}

/** One staged rootfs for the whole suite: /bin/sh, the cases under /cases, work dirs under /w. */
export function stageRoot(cases: string[]): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-sh-'));
  for (const d of ['bin', 'tmp', 'cases', 'w', 'root', 'etc']) mkdirSync(join(root, d), { recursive: true });
  // The user and group databases a base image has, so ls -l, id -un and stat %U name root as GNU's do.
  writeFileSync(join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
  writeFileSync(join(root, 'etc/group'), 'root:x:0:\n');
  cpSync(COREUTILS, join(root, 'bin'), { recursive: true });
  copyFileSync(SH_BUNDLE, join(root, 'bin/sh'));
  chmodSync(join(root, 'bin/sh'), 0o755);
  for (const c of cases) copyFileSync(c, join(root, 'cases', c.split('/').pop() as string));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

const hostPath = `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`;

/** The oracle: the host's /bin/sh with the case at ../../cases/<name>.sh from an empty work dir. */
export function runInHostSh(root: string, name: string, opts: ShCaseOptions): ShResult {
  const cwd = join(root, 'host', name);
  mkdirSync(cwd, { recursive: true });
  const r = spawnSync('/bin/sh', [join(root, 'cases', name), ...(opts.args ?? [])], {
    cwd,
    input: opts.stdin ?? '',
    env: { PATH: hostPath, HOME: '/root', LC_ALL: 'C', ...opts.env },
    timeout: opts.timeoutMs ?? 20_000,
    encoding: 'utf8',
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** The same script run by tsvirt's sh inside a container whose rootfs is the staged directory. */
export async function runInTsvirtSh(
  kernel: Kernel,
  root: string,
  name: string,
  opts: ShCaseOptions,
): Promise<ShResult> {
  mkdirSync(join(root, 'w', name), { recursive: true });
  const c = await kernel.run({
    rootfs: root,
    cmd: ['/bin/sh', `/cases/${name}`, ...(opts.args ?? [])],
    workdir: `/w/${name}`,
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/root', LC_ALL: 'C', ...opts.env },
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
