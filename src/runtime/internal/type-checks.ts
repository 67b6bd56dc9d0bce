// Guest zone: the four type predicates the `util` package takes from small npm packages
// (is-arguments, is-generator-function, which-typed-array, is-typed-array); the build points those
// names here. The packages reach V8's answers through get-intrinsic and call-bound, whose
// initialisation was a third of a program's first `require('util')`; the same answers come straight
// from the intrinsics. Node answers these from V8's internal slots, which the checks below read
// through the built-in getters and brands that expose them.

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Symbol.toStringTag,
)?.get as (this: unknown) => string | undefined;
const objectToString = Object.prototype.toString;
const functionToString = Function.prototype.toString;
/** A generator's source text starts with `function*`, `*name(` or their `async` forms. */
const GENERATOR_SOURCE = /^\s*(?:async\s*)?(?:function\b\s*)?\*/;

/**
 * The typed array's kind ('Uint8Array' for a Buffer) or false: %TypedArray%.prototype's
 * toStringTag getter reads the [[TypedArrayName]] slot, which no object can fake.
 */
export function whichTypedArray(value: unknown): string | false {
  if (!value || typeof value !== 'object') return false;
  return Reflect.apply(typedArrayTag, value, []) ?? false;
}

export function isTypedArray(value: unknown): boolean {
  return whichTypedArray(value) !== false;
}

/**
 * An arguments object: the only ordinary object whose built-in tag is 'Arguments'. An object that
 * carries its own Symbol.toStringTag could claim it, so one that has the symbol is not.
 */
export function isArgumentsObject(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Symbol.toStringTag in value) return false;
  return Reflect.apply(objectToString, value, []) === '[object Arguments]';
}

/**
 * A generator function, async ones included, as V8 answers: by the function's own source text, so a
 * bound generator or a plain function given a generator's prototype is not one (as in Node).
 */
export function isGeneratorFunction(value: unknown): boolean {
  if (typeof value !== 'function') return false;
  return GENERATOR_SOURCE.test(Reflect.apply(functionToString, value, []) as string);
}
