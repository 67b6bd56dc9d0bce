// Guest zone: assert.throws / assert.rejects matching a thrown error against a RegExp, an Error
// class or a validation function the way Node 20 does: a mismatch is an AssertionError with Node's
// message (the `assert` package, a port of an older Node, rethrows the caught error instead).

import { inspect } from '../../internal/inspect.js';

type AssertionErrorCtor = new (o: {
  actual: unknown;
  expected: unknown;
  message?: string;
  operator: string;
}) => Error & {
  generatedMessage: boolean;
};

/** Node's `expectedException` for the RegExp and function forms; undefined when `actual` matches. */
function mismatch(actual: unknown, expected: RegExp | ((e: unknown) => unknown)): string | undefined {
  if (expected instanceof RegExp) {
    const str = String(actual);
    if (expected.exec(str) !== null) return undefined;
    return `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
  }
  if (expected.prototype !== undefined && actual instanceof expected) return undefined;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    const a = actual as { name?: unknown; message?: unknown } | null;
    let message: string;
    if (a?.name)
      message = `The error is expected to be an instance of "${expected.name}". Received "${String(a.name)}"`;
    else
      message = `The error is expected to be an instance of "${expected.name}". Received ${inspect(actual, { depth: -1 })}`;
    if (a?.message) message += `\n\nError message:\n\n${String(a.message)}`;
    return message;
  }
  const res = Reflect.apply(expected, {}, [actual]);
  if (res === true) return undefined;
  const name = expected.name ? `"${expected.name}" ` : '';
  let message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
  if (actual instanceof Error) message += `\n\nCaught error:\n\n${actual}`;
  return message;
}

const isMatcher = (v: unknown): v is RegExp | ((e: unknown) => unknown) =>
  v instanceof RegExp || typeof v === 'function';

/** Wraps the package's throws/rejects so the RegExp and function forms check as Node's do. */
export function installThrowsChecks(assert: Record<string, unknown>): void {
  const AssertionError = assert.AssertionError as AssertionErrorCtor;
  const fail = (
    actual: unknown,
    expected: unknown,
    message: string | undefined,
    generated: string,
    operator: string,
  ) => {
    const err = new AssertionError({ actual, expected, message: message ?? generated, operator });
    err.generatedMessage = message === undefined;
    return err;
  };
  const throws = assert.throws as (fn: unknown, expected?: unknown, message?: unknown) => void;
  assert.throws = function throws_(fn: unknown, expected?: unknown, message?: unknown): void {
    if (typeof fn !== 'function' || !isMatcher(expected)) {
      throws(fn, expected, message);
      return;
    }
    let caught: { value: unknown } | undefined;
    try {
      (fn as () => unknown)();
    } catch (e) {
      caught = { value: e };
    }
    // Nothing thrown: the package reports the missing exception in Node's words.
    if (caught === undefined) {
      throws(() => undefined, expected, message);
      return;
    }
    const why = mismatch(caught.value, expected);
    if (why !== undefined)
      throw fail(caught.value, expected, typeof message === 'string' ? message : undefined, why, 'throws');
  };
  Object.defineProperty(assert.throws, 'name', { value: 'throws' });
  const rejects = assert.rejects as (p: unknown, expected?: unknown, message?: unknown) => Promise<void>;
  assert.rejects = async function rejects_(p: unknown, expected?: unknown, message?: unknown): Promise<void> {
    if (!isMatcher(expected)) return rejects(p, expected, message);
    let settled: { value: unknown } | undefined;
    await rejects(
      p,
      (e: unknown) => {
        settled = { value: e };
        return true;
      },
      message,
    );
    if (settled === undefined) return;
    const why = mismatch(settled.value, expected);
    if (why !== undefined)
      throw fail(settled.value, expected, typeof message === 'string' ? message : undefined, why, 'rejects');
  };
  Object.defineProperty(assert.rejects, 'name', { value: 'rejects' });
}
