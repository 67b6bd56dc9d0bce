// Guest zone: node:assert, from the `assert` package (a port of Node's), with Node 20's matching of
// thrown errors in throws/rejects.

import assert from 'assert';
import { installThrowsChecks } from './assert/throws.js';

installThrowsChecks(assert as unknown as Record<string, unknown>);
const strict = (assert as unknown as { strict?: Record<string, unknown> }).strict;
if (strict && strict !== (assert as unknown)) {
  strict.throws = (assert as unknown as Record<string, unknown>).throws;
  strict.rejects = (assert as unknown as Record<string, unknown>).rejects;
}

export default assert;
