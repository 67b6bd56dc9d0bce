// Test zone: the differential suite. Every case under cases/ runs under real node and inside tsvirt;
// stdout and the exit code must match (stderr too where the case asks). Known gaps are listed, each
// with its reason, in skip.json: those must still fail (a ratchet), everything else must pass.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import {
  CASES_DIR,
  caseOptions,
  compareRuns,
  DEFAULT_TIMEOUT_MS,
  runInNode,
  runInTsvirt,
  stageCase,
} from './harness.js';
import { loadSkips } from './skips.js';

const skips = loadSkips();
// One kernel for the whole suite; a warm isolate is booted while the previous case's oracle runs.
const kernel = new Kernel({ warmPool: 1, logger: () => {} });
afterAll(() => kernel.close());

describe('skip.json', () => {
  it('names only cases that exist, each with a reason', () => {
    for (const [id, why] of skips) {
      expect(existsSync(join(CASES_DIR, id)), `skip.json: ${id} is not a case`).toBe(true);
      expect(why.trim().length, `skip.json: ${id} needs a reason`).toBeGreaterThan(10);
    }
  });
});

for (const area of readdirSync(CASES_DIR).sort()) {
  describe(area, () => {
    for (const name of readdirSync(join(CASES_DIR, area)).sort()) {
      if (!/\.(c|m)?js$/.test(name)) continue;
      const id = `${area}/${name}`;
      const file = join(CASES_DIR, area, name);
      const opts = caseOptions(file);
      // A listed case still runs and must still differ: once it passes, the run says so and the entry
      // has to go (a ratchet, so skip.json cannot hide a gap that was closed).
      const test = skips.has(id) ? it.fails : it;
      const budget = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      test(
        id,
        async () => {
          const staged = stageCase(file, opts);
          try {
            const [expected, actual] = await Promise.all([
              runInNode(file, opts, staged),
              runInTsvirt(kernel, file, opts, staged),
            ]);
            const report = compareRuns(expected, actual, opts);
            // Thrown as is (not through expect) so the report prints once, as written.
            if (report) throw new Error(`${id} differs from node\n\n${report}`);
          } finally {
            staged.cleanup();
          }
        },
        budget * 2 + 10_000,
      );
    }
  });
}
