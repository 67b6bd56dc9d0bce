// Guest zone: structuredClone, the HTML structured clone algorithm over the types V8 serialises:
// primitives, wrappers, Date, RegExp, Map, Set, ArrayBuffer and views, Error types, plain objects and
// arrays, with cycles and shared references kept. Functions, symbols and other platform objects
// throw DataCloneError as in Node.

import { DOMException } from './dom-exception.js';

type Seen = Map<object, unknown>;

const ERRORS: Record<string, ErrorConstructor> = {
  Error,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
};

function fail(value: unknown): never {
  let shown: string;
  try {
    shown =
      typeof value === 'symbol'
        ? value.toString()
        : typeof value === 'function'
          ? String(value)
          : `#<${tag(value as object)}>`;
  } catch {
    shown = 'value';
  }
  throw new DOMException(`${shown} could not be cloned.`, 'DataCloneError');
}

const tag = (v: object) => Object.prototype.toString.call(v).slice(8, -1);

function cloneBuffer(buf: ArrayBuffer, seen: Seen): ArrayBuffer {
  const hit = seen.get(buf);
  if (hit) return hit as ArrayBuffer;
  const copy = buf.slice(0);
  seen.set(buf, copy);
  return copy;
}

function clone(value: unknown, seen: Seen): unknown {
  if (typeof value === 'symbol' || typeof value === 'function') fail(value);
  if (value === null || typeof value !== 'object') return value;
  const hit = seen.get(value);
  if (hit !== undefined) return hit;
  const t = tag(value);
  if (value instanceof ArrayBuffer) return cloneBuffer(value, seen);
  if (ArrayBuffer.isView(value)) {
    const buf = cloneBuffer(value.buffer as ArrayBuffer, seen);
    const Ctor = value.constructor as new (b: ArrayBuffer, o: number, l: number) => ArrayBufferView;
    const length =
      value instanceof DataView ? value.byteLength : (value as unknown as { length: number }).length;
    // Buffer clones as a plain Uint8Array, as in Node.
    const Base = (t === 'Uint8Array' ? Uint8Array : Ctor) as typeof Ctor;
    const out = new Base(buf, value.byteOffset, length);
    seen.set(value, out);
    return out;
  }
  switch (t) {
    case 'Date': {
      const out = new Date((value as Date).getTime());
      seen.set(value, out);
      return out;
    }
    case 'RegExp': {
      const r = value as RegExp;
      const out = new RegExp(r.source, r.flags);
      seen.set(value, out);
      return out;
    }
    case 'Boolean':
    case 'Number':
    case 'String':
    case 'BigInt': {
      const out = Object((value as { valueOf(): unknown }).valueOf());
      seen.set(value, out);
      return out;
    }
    case 'Map': {
      const out = new Map();
      seen.set(value, out);
      for (const [k, v] of value as Map<unknown, unknown>) out.set(clone(k, seen), clone(v, seen));
      return out;
    }
    case 'Set': {
      const out = new Set();
      seen.set(value, out);
      for (const v of value as Set<unknown>) out.add(clone(v, seen));
      return out;
    }
    case 'Error': {
      const e = value as Error;
      const name = Object.hasOwn(ERRORS, e.name) ? e.name : 'Error';
      const Ctor = ERRORS[name] as ErrorConstructor;
      const out = Object.create(Ctor.prototype) as Error;
      seen.set(value, out);
      const define = (k: string, v: unknown) =>
        Object.defineProperty(out, k, { value: v, writable: true, configurable: true, enumerable: false });
      if (e.message !== undefined) define('message', String(e.message));
      if (e.stack !== undefined) define('stack', String(e.stack));
      if ('cause' in e) define('cause', clone((e as { cause: unknown }).cause, seen));
      return out;
    }
    case 'Array': {
      const src = value as unknown[];
      const out: unknown[] = new Array(src.length);
      seen.set(value, out);
      for (const k of Object.keys(src))
        (out as unknown as Record<string, unknown>)[k] = clone(
          (src as unknown as Record<string, unknown>)[k],
          seen,
        );
      return out;
    }
    case 'Object':
      break;
    default:
      fail(value);
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const k of Object.keys(value)) out[k] = clone((value as Record<string, unknown>)[k], seen);
  return out;
}

/** structuredClone(value[, { transfer }]): transfer lists are accepted but the buffers are copied. */
export function structuredClone(...args: unknown[]): unknown {
  if (args.length === 0) {
    const err = new TypeError('The value argument must be specified') as TypeError & { code: string };
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  return clone(args[0], new Map());
}
