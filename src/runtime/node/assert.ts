// Guest zone: node:assert, from the `assert` package (a port of Node's), with Node 20's matching of
// thrown errors in throws/rejects, Node 20's assertion messages (build-assert.mjs hands the package's
// AssertionError assert/message.ts), and Node's message for a falsy `assert(value)`: the call's source.

import assert from 'assert';
import { okMessage } from './assert/ok-message.js';
import { installThrowsChecks } from './assert/throws.js';

type Fn = (...args: unknown[]) => unknown;
type AssertionErrorClass = new (o: object) => Error & { generatedMessage: boolean };

const pkg = assert as unknown as Fn & Record<string, unknown>;
installThrowsChecks(pkg);
const AssertionError = pkg.AssertionError as AssertionErrorClass;

/** Node's innerOk: a falsy value fails with the caller's expression as the message when none is given. */
function innerOk(fn: Fn, args: unknown[]): void {
  const [value, given] = args;
  if (value) return;
  let message = given;
  let generatedMessage = false;
  if (args.length === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = okMessage(fn);
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args: unknown[]): void {
  innerOk(ok as Fn, args);
}
function strict(...args: unknown[]): void {
  innerOk(strict as Fn, args);
}

Object.assign(ok, pkg, { ok });
Object.assign(strict, pkg.strict as object, { ok, strict });
(ok as unknown as Record<string, unknown>).strict = strict;
(strict as unknown as Record<string, unknown>).throws = pkg.throws;
(strict as unknown as Record<string, unknown>).rejects = pkg.rejects;

export default ok;
