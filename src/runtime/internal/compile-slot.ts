// Guest zone: where the kernel puts a module function it compiled with the file as its script origin
// (module.compile). Only the runtime holds the slot: the kernel reaches it through the runtime's hooks
// object, which no program can reach, and the value is taken out at once.

import { sysTry } from './door.js';

/**
 * The slot itself: a null-prototype object with one own data property, so a write runs no code. Not
 * sealed: isolated-vm's set defines the property afresh, which a non-configurable one refuses.
 */
export const compileSlot: { fn: unknown } = Object.assign(Object.create(null) as { fn: unknown }, {
  fn: undefined,
});

/** Filenames the kernel takes as an origin: absolute paths (it refuses others with EINVAL). */
const MAX_ORIGIN = 4096;

/**
 * Compiles CommonJS code with `filename` as its origin (`wrap`: inside the CommonJS wrapper) and
 * returns what it evaluated to: a function. Undefined when the kernel would not or could not (not an
 * absolute path, a syntax error, code that throws): the caller then evaluates the code itself.
 */
export function compileWithOrigin(source: string, filename: unknown, wrap: boolean): unknown {
  if (typeof source !== 'string' || typeof filename !== 'string') return undefined;
  if (filename.length > MAX_ORIGIN || filename[0] !== '/' || filename.includes('\0')) return undefined;
  compileSlot.fn = undefined;
  const [err, ok] = sysTry('module.compile', { source, filename, wrap });
  const fn = takeCompiled();
  return err === null && ok === true ? fn : undefined;
}

/** Takes the function the kernel left in the slot (module.require compiles CommonJS files too). */
export function takeCompiled(): ((imp: unknown) => (...args: unknown[]) => unknown) | undefined {
  const fn = compileSlot.fn;
  compileSlot.fn = undefined;
  return typeof fn === 'function' ? (fn as (imp: unknown) => (...args: unknown[]) => unknown) : undefined;
}
