// Shared by the forked security cases: receive the input, build a rootfs in a temp dir, run guest
// programs in a real Kernel, collect their output, report one result and exit.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GUEST_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'guest');
export const MARKER = 'SECRET-HOST-MARKER-7f3a';

/** Waits for the parent's input message. */
export function input() {
  return new Promise((resolve) => process.once('message', resolve));
}

let sent = Promise.resolve();

/** Posts the result; `exit()` waits for it to be flushed. */
export function report(result) {
  sent = new Promise((resolve) => process.send(result, resolve));
}

/**
 * Exits once the result is flushed. Call it after `kernel.close()`: exiting while guests still run
 * can hang isolated-vm's teardown (see src/platform/isolate.ts).
 */
export async function exit() {
  await sent;
  if (process.env.TSVIRT_CASE_DEBUG)
    process.stderr.write(`case: exiting ${JSON.stringify(process.getActiveResourcesInfo())}\n`);
  process.exit(0);
}

/** A temp rootfs with the guest programs at /app and a marker /etc/passwd no guest should be tricked into reading. */
export function makeRootfs(extra = {}) {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-sec-'));
  mkdirSync(join(root, 'app'));
  mkdirSync(join(root, 'etc'));
  mkdirSync(join(root, 'tmp'));
  writeFileSync(join(root, 'etc/passwd'), `root:x:0:0:${MARKER}:/root:/bin/sh\n`);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(root, 'app', name), text);
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function guestSource(name) {
  return readFileSync(join(GUEST_DIR, name), 'utf8');
}

/** Collects a readable stream into a string (bounded). */
export function collect(stream) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => {
    if (text.length < 4 * 1024 * 1024) text += d;
  });
  return () => text;
}

/** Runs a container to completion and returns its status and output. */
export async function runToEnd(kernel, spec) {
  const c = await kernel.run(spec);
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  const status = await c.wait();
  return { status, stdout: out(), stderr: err() };
}

/** The neighbour: counts to n on a timer and prints every step; it must finish untouched. */
export const NEIGHBOUR = `let i = 0; const t = setInterval(() => { i++; console.log('tick ' + i); if (i === 20) { clearInterval(t); console.log('neighbour done'); } }, 5);`;

/**
 * Runs /app/neighbour.js (NEIGHBOUR) and then `cmd` in two containers of `kernel` over `root`: the
 * guest's status, output and run time, and how the neighbour finished meanwhile.
 */
export async function runBesideNeighbour(kernel, root, cmd) {
  const neighbour = await kernel.run({ rootfs: root, cmd: ['node', '/app/neighbour.js'] });
  const neighbourOut = collect(neighbour.stdout);
  const t0 = performance.now();
  const guest = await runToEnd(kernel, { rootfs: root, cmd });
  const ms = performance.now() - t0;
  const neighbourStatus = await neighbour.wait();
  return { ...guest, ms, neighbourStatus, neighbourOut: neighbourOut() };
}
