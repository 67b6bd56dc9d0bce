// The coreutils differential suite: every case in cases/*.ts runs with the host's GNU tools and with
// tsvirt's utilities in a container; stdout and exit status of each step must match (stderr too where
// a case asks). Known gaps are listed with their reason in skip.json.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../../src/index.js';
import { CASES } from './cases/index.js';
import { runInTsvirt, runOnHost, stage, userlandBuilt } from './harness.js';

const skips = JSON.parse(readFileSync(join(import.meta.dirname, 'skip.json'), 'utf8')) as Record<
  string,
  string
>;
const kernel = new Kernel();
afterAll(() => kernel.close());

describe('coreutils', () => {
  it('the utilities are built', () => expect(userlandBuilt()).toBe(true));
  for (const c of CASES) {
    const test = skips[c.name] ? it.skip : it;
    test(c.name, async () => {
      const s = stage(c);
      try {
        const expected = runOnHost(c, s.hostDir);
        const actual = await runInTsvirt(kernel, c, s.root);
        for (let i = 0; i < c.steps.length; i++) {
          const label = `${c.name} step ${i}: ${c.steps[i]?.argv.join(' ')}`;
          const norm = (t: string | undefined) =>
            c.steps[i]?.sorted ? (t ?? '').split('\n').sort().join('\n') : t;
          expect(norm(actual[i]?.stdout), label).toBe(norm(expected[i]?.stdout));
          expect(actual[i]?.code, label).toBe(expected[i]?.code);
          if (c.compareStderr) expect(actual[i]?.stderr, label).toBe(expected[i]?.stderr);
        }
      } finally {
        s.cleanup();
      }
    });
  }
});
