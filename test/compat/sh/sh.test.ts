// The /bin/sh differential suite: every cases/*.sh runs under the host's /bin/sh and under tsvirt's sh
// in a container; stdout and the exit code must match. Known gaps go in skip.json with the reason.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../../src/index.js';
import { runInHostSh, runInTsvirtSh, SH_CASES, shCaseOptions, stageRoot } from './harness.js';

const skips = JSON.parse(readFileSync(join(SH_CASES, '..', 'skip.json'), 'utf8')) as Record<string, string>;
const names = readdirSync(SH_CASES)
  .filter((n) => n.endsWith('.sh'))
  .sort();
const staged = stageRoot(names.map((n) => join(SH_CASES, n)));
const kernel = new Kernel();
afterAll(async () => {
  await kernel.close();
  staged.cleanup();
});

describe('sh', () => {
  for (const name of names) {
    const test = skips[name] ? it.skip : it;
    test(`sh/${name}`, async () => {
      const opts = shCaseOptions(join(SH_CASES, name));
      const expected = runInHostSh(staged.root, name, opts);
      const actual = await runInTsvirtSh(kernel, staged.root, name, opts);
      expect({ stdout: actual.stdout, code: actual.code }, `stderr: ${actual.stderr}`).toEqual({
        stdout: expected.stdout,
        code: expected.code,
      });
    });
  }
});
