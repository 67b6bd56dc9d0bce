// The differential suite: every case under cases/ runs under real node and inside tsvirt; stdout and
// the exit code must match (stderr too where the case asks). Known gaps are listed, with the reason,
// in skip.json; everything else is expected to pass.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { CASES_DIR, caseOptions, runInNode, runInTsvirt, stageCase } from './harness.js';

const skips = JSON.parse(readFileSync(join(CASES_DIR, '..', 'skip.json'), 'utf8')) as Record<string, string>;
const kernel = new Kernel();
afterAll(() => kernel.close());

for (const area of readdirSync(CASES_DIR).sort()) {
  describe(area, () => {
    for (const name of readdirSync(join(CASES_DIR, area)).sort()) {
      if (!/\.(c|m)?js$/.test(name)) continue;
      const id = `${area}/${name}`;
      const file = join(CASES_DIR, area, name);
      const test = skips[id] ? it.skip : it;
      test(id, async () => {
        const opts = caseOptions(file);
        const staged = stageCase(file, opts);
        try {
          const expected = runInNode(file, opts, staged.app);
          const actual = await runInTsvirt(kernel, file, opts, staged.root);
          expect(actual.stdout).toBe(expected.stdout);
          expect(actual.code).toBe(expected.code);
          if (opts.compareStderr) expect(actual.stderr).toBe(expected.stderr);
        } finally {
          staged.cleanup();
        }
      });
    }
  });
}
