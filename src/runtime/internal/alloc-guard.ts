// Guest zone: guards on builtins whose native loops can grow the heap without ever checking for
// termination. V8 runs `Array.prototype.fill` over a holey array in C++ with no interrupt checks, so
// `new Array(1e9).fill(0)` grew a dictionary to gigabytes past the isolate's limit (isolated-vm's
// memory limit only terminates at the next interrupt check) and then aborted the host on V8's fatal
// "invalid table size". Filling in bounded chunks keeps the result and the spec's coercion order
// while returning to JS often enough for the memory limit, the CPU watchdog and SIGKILL to act.

/** Elements one native fill may touch before control comes back to JS. */
const FILL_CHUNK = 1 << 16;

const apply = Reflect.apply;
const isArray = Array.isArray;
const mathMin = Math.min;
const mathMax = Math.max;
const mathTrunc = Math.trunc;
const defineProperty = Object.defineProperty;

/** The spec's relative index: ToIntegerOrInfinity, then clamped to [0, len] (negative from the end). */
function relativeIndex(v: unknown, len: number, fallback: number): number {
  if (v === undefined) return fallback;
  // Unary plus is ToNumber: a Symbol or BigInt throws a TypeError, as the native fill does.
  const n = mathTrunc(+(v as number)) || 0;
  return n < 0 ? mathMax(len + n, 0) : mathMin(n, len);
}

/**
 * `Array.from(arrayLike)` over a huge non-iterable length (`Array.from({ length: 1e9 })`) is the same
 * kind of native loop; past FILL_CHUNK elements it is done in JS, which V8 can interrupt.
 */
function guardArrayFrom(): void {
  const nativeFrom = Array.from;
  const iteratorKey = Symbol.iterator;
  function from(this: unknown, items: unknown, ...rest: unknown[]): unknown {
    const mapFn = rest[0];
    if (
      this !== Array ||
      items === null ||
      items === undefined ||
      (mapFn !== undefined && typeof mapFn !== 'function') ||
      (items as Record<symbol, unknown>)[iteratorKey] != null
    )
      return apply(nativeFrom, this, [items, ...rest]);
    const source = Object(items) as ArrayLike<unknown>;
    const rawLen = mathTrunc(+(source.length as number)) || 0;
    if (rawLen <= FILL_CHUNK) return apply(nativeFrom, this, [items, ...rest]);
    const len = mathMin(rawLen, 2 ** 53 - 1);
    // new Array(len) throws the RangeError Node throws for lengths past 2^32 - 1.
    const out: unknown[] = new Array(len);
    for (let k = 0; k < len; k++) {
      const v = source[k];
      out[k] = mapFn === undefined ? v : apply(mapFn as (...a: unknown[]) => unknown, rest[1], [v, k]);
    }
    return out;
  }
  defineProperty(Array, 'from', { value: from, writable: true, enumerable: false, configurable: true });
}

/** Replaces Array.prototype.fill and Array.from with chunked ones; call before any user code runs. */
export function installAllocationGuards(): void {
  guardArrayFrom();
  const nativeFill = Array.prototype.fill;
  function fill(this: unknown, value: unknown, ...range: unknown[]): unknown {
    // Array-likes and small arrays: the native fill, unchanged (typed arrays have their own fill).
    if (!isArray(this) || this.length <= FILL_CHUNK) return apply(nativeFill, this, [value, ...range]);
    const len = this.length;
    const from = relativeIndex(range[0], len, 0);
    const to = relativeIndex(range[1], len, len);
    for (let i = from; i < to; i += FILL_CHUNK)
      apply(nativeFill, this, [value, i, mathMin(i + FILL_CHUNK, to)]);
    return this;
  }
  defineProperty(Array.prototype, 'fill', {
    value: fill,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}
