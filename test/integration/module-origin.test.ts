// Modules compiled with their file as the script origin, through the library as a user drives it: the
// same program run again over the same rootfs compiles its modules from V8's code cache (kept per image
// or rootfs) and must behave exactly as the first run; a changed file at the same path is compiled
// afresh; another rootfs never shares the first one's entries.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
const roots: string[] = [];

/** A module of a few KiB (the cache skips tiny ones) whose function reports its own call site. */
function libSource(tag: string): string {
  const filler = Array.from({ length: 60 }, (_, i) => `function pad${i}(x) { return x + ${i}; }`).join('\n');
  return `${filler}
module.exports = function where() {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, s) => s;
  const site = new Error('here').stack[0];
  Error.prepareStackTrace = prep;
  return [${JSON.stringify(tag)}, site.getFileName(), site.isEval(), site.getLineNumber(), site.getColumnNumber(), pad59(1)];
};
`;
}

const MAIN = `Promise.resolve().then(() => {
  const where = require('./lib.js');
  console.log(JSON.stringify(where()));
  try { require('./broken.js'); } catch (e) { console.log(e.name); }
});
`;

function makeRoot(tag: string): string {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-origin-'));
  roots.push(root);
  mkdirSync(join(root, 'app'));
  writeFileSync(join(root, 'app/main.js'), MAIN);
  writeFileSync(join(root, 'app/lib.js'), libSource(tag));
  writeFileSync(join(root, 'app/broken.js'), `${'// filler\n'.repeat(200)}module.exports = ;\n`);
  return root;
}

async function run(rootfs: string): Promise<string> {
  const c = await kernel.run({ rootfs, cmd: ['node', '/app/main.js'] });
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  const status = await c.wait();
  expect(await err).toBe('');
  expect(status.exitCode).toBe(0);
  return out;
}

beforeAll(() => {
  kernel = new Kernel();
});
afterAll(async () => {
  await kernel.close();
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('modules compiled with their origin', () => {
  it('behave the same when compiled again from the code cache', async () => {
    const root = makeRoot('first');
    const expected = '["first","/app/lib.js",false,64,16,60]\nSyntaxError\n';
    expect(await run(root)).toBe(expected);
    expect(await run(root)).toBe(expected);
    expect(await run(root)).toBe(expected);
  }, 60_000);

  it('compile a changed file afresh, and keep rootfs folders apart', async () => {
    const root = makeRoot('before');
    expect(await run(root)).toContain('"before"');
    writeFileSync(join(root, 'app/lib.js'), libSource('after'));
    expect(await run(root)).toContain('"after"');
    const other = makeRoot('other');
    expect(await run(other)).toContain('"other"');
  }, 60_000);
});
