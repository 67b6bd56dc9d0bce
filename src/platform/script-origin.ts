// Host zone (platform): compiles a guest's CommonJS code in its own isolate with the file as the script
// origin (what Node does with compileFunction), so V8 call sites name the file and are not eval code.
// Runs inside the guest's own synchronous syscall (isolated-vm lets the host compile and run in the
// isolate while the guest waits in the door). The compiled function never passes through the host as a
// value the guest could reach: the host holds it as a Reference and stores it straight into the
// runtime's compile slot, an object only the runtime's closure holds.

import type ivm from 'isolated-vm';
import type { GuestIsolate } from './isolate.js';
import { cachedData, cacheKey, dropCachedData, storeCachedData } from './origin-code-cache.js';

/** Where the code is said to come from: a file, and the column of its first character on line 1. */
export interface ScriptOrigin {
  filename: string;
  /** Added to columns on the first line (negative: a wrapper precedes the code there). */
  columnOffset: number;
  /**
   * Where the file came from (an image, a rootfs): V8's code cache of this compile is kept for, and only
   * served to, compiles of the same code and name in the same scope. None: no cache.
   */
  cacheScope?: string | undefined;
}

/**
 * How a compile went. `ok`: the function is in the slot. `failed`: the code did not compile, threw, or
 * was not a function (the runtime evaluates it itself to show the program its genuine error).
 * `timeout`: running the script spun past the limit (code that broke out of the wrapper); the caller
 * ends the process, whose isolate had its execution terminated.
 */
export type CompileOutcome = 'ok' | 'failed' | 'timeout';

/** The runtime's compile slot (a host-side Reference to a guest object, never handed out). */
function slotOf(guest: GuestIsolate): ivm.Reference<Record<string, unknown>> {
  const { slot } = guest.moduleHost();
  if (!slot) throw new Error('the runtime has no compile slot');
  return slot;
}

/**
 * Compiles `code` in the guest's isolate with `origin` and runs it (evaluating a wrapper expression makes
 * a function and nothing else; code that closes the wrapper early runs here, within `timeoutMs`), then
 * puts the resulting function into the runtime's compile slot.
 */
export function compileWithOrigin(
  guest: GuestIsolate,
  code: string,
  origin: ScriptOrigin,
  timeoutMs: number,
): CompileOutcome {
  const { isolate, context } = guest.moduleHost();
  const slot = slotOf(guest);
  const key =
    origin.cacheScope === undefined ? undefined : cacheKey(origin.cacheScope, origin.filename, code);
  // Without a code cache to consume or produce, compiling and running are one call into the isolate
  // (each such call from inside a syscall costs tens of µs: a main module's require pays it).
  if (key === undefined) return store(slot, () => context.evalSync(code, runOptions(origin, timeoutMs)));
  const data = cachedData(key);
  let script: ivm.Script & { cachedData?: ivm.ExternalCopy<ArrayBuffer>; cachedDataRejected?: boolean };
  try {
    script = isolate.compileScriptSync(code, {
      filename: origin.filename,
      columnOffset: origin.columnOffset,
      ...(data ? { cachedData: data } : key !== undefined ? { produceCachedData: true } : {}),
    });
  } catch {
    // A SyntaxError (the guest shows its own), or the isolate went away under us.
    return 'failed';
  }
  if (key !== undefined) {
    if (data && script.cachedDataRejected) dropCachedData(key);
    else if (!data && script.cachedData) storeCachedData(key, script.cachedData);
  }
  try {
    return store(slot, () => script.runSync(context, { reference: true, timeout: timeoutMs }));
  } finally {
    script.release();
  }
}

/** Evaluation options: the origin, the time limit, and the result as a Reference (it is a function). */
function runOptions(origin: ScriptOrigin, timeoutMs: number) {
  return {
    filename: origin.filename,
    columnOffset: origin.columnOffset,
    timeout: timeoutMs,
    reference: true as const,
  };
}

/** Runs `evaluate` (compiled code's top level) and puts the function it made into the slot. */
function store(slot: ivm.Reference<Record<string, unknown>>, evaluate: () => unknown): CompileOutcome {
  let value: ivm.Reference<unknown>;
  try {
    value = evaluate() as ivm.Reference<unknown>;
  } catch (err) {
    // A SyntaxError (the guest shows its own), a throw, the isolate gone, or code that spun.
    return err instanceof Error && /timed out/.test(err.message) ? 'timeout' : 'failed';
  }
  try {
    if (value.typeof !== 'function') return 'failed';
    slot.setSync('fn', value.derefInto());
    return 'ok';
  } finally {
    value.release();
  }
}
