// Dev aid: CASE=<area/name> npx vitest run test/compat/run-one.test.ts prints both outputs of one case.
import { join } from 'node:path';
import { afterAll, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { CASES_DIR, caseOptions, runInNode, runInTsvirt, stageCase } from './harness.js';

const id = process.env.CASE;
const kernel = new Kernel();
afterAll(() => kernel.close());

it.runIf(Boolean(id))('one case', async () => {
  const file = join(CASES_DIR, id as string);
  const opts = caseOptions(file);
  const staged = stageCase(file, opts);
  try {
    const expected = runInNode(file, opts, staged.app);
    const actual = await runInTsvirt(kernel, file, opts, staged.root);
    console.log(`=== node (${expected.code})\n${expected.stdout}\n--- stderr\n${expected.stderr}`);
    console.log(`=== tsvirt (${actual.code})\n${actual.stdout}\n--- stderr\n${actual.stderr}`);
  } finally {
    staged.cleanup();
  }
});
