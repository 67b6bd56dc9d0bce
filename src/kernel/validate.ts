// Host zone: validators for syscall arguments. Guest input is hostile: every handler parses its
// arguments through a shape first; a wrong type, an unknown key or an out-of-range number is EINVAL,
// a string with NUL or beyond PATH_MAX is EINVAL / ENAMETOOLONG, and nothing else is read from it.

import { fail } from './errno.js';

export type Check<T> = (value: unknown) => T;

export const PATH_MAX = 4096;
export const MAX_STRING = 64 * 1024 * 1024;

export const str: Check<string> = (v) =>
  typeof v === 'string' && v.length <= MAX_STRING ? v : fail('EINVAL');

/** A path: a string, NUL-free, at most PATH_MAX bytes. Not normalised here: the VFS walks it. */
export const path: Check<string> = (v) => {
  if (typeof v !== 'string') return fail('EINVAL');
  if (v.includes('\0')) return fail('EINVAL');
  if (v.length > PATH_MAX) return fail('ENAMETOOLONG');
  return v;
};

export const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? v : fail('EINVAL'));

export function int(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check<number> {
  return (v) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fail('EINVAL'));
}

export const num: Check<number> = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : fail('EINVAL'));

export const bytes: Check<Uint8Array> = (v) => (v instanceof Uint8Array ? v : fail('EINVAL'));

/** Bytes or a string (a string is written as UTF-8). */
export const data: Check<Uint8Array | string> = (v) =>
  v instanceof Uint8Array || (typeof v === 'string' && v.length <= MAX_STRING) ? v : fail('EINVAL');

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (v) => (v === undefined || v === null ? undefined : check(v));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v) => (v === null || v === undefined ? null : check(v));
}

export function oneOf<const T extends string>(...values: T[]): Check<T> {
  return (v) => (typeof v === 'string' && (values as string[]).includes(v) ? (v as T) : fail('EINVAL'));
}

export function arrayOf<T>(check: Check<T>, max = 65536): Check<T[]> {
  return (v) => {
    if (!Array.isArray(v) || v.length > max) return fail('EINVAL');
    // An index loop, not map(): map skips holes, which would let `undefined` through as a T.
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) out.push(check(v[i]));
    return out;
  };
}

/** A string→string map (env): own plain keys only, bounded. */
export const stringMap: Check<Record<string, string>> = (v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail('EINVAL');
  const out: Record<string, string> = Object.create(null);
  const keys = Object.keys(v);
  if (keys.length > 10000) return fail('E2BIG');
  for (const k of keys) {
    const val = (v as Record<string, unknown>)[k];
    if (typeof val !== 'string' || k.includes('\0') || val.includes('\0')) return fail('EINVAL');
    out[k] = val;
  }
  return out;
};

type Shape = Record<string, Check<unknown>>;
type Parsed<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/**
 * A record with exactly these keys (missing optional ones read as undefined; unknown keys are EINVAL).
 * Only own enumerable data is read: the value came through structured clone, so there are no getters.
 */
export function record<S extends Shape>(shape: S): Check<Parsed<S>> {
  const known = new Set(Object.keys(shape));
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Uint8Array)
      return fail('EINVAL');
    for (const k of Object.keys(v)) if (!known.has(k)) return fail('EINVAL');
    const out = {} as Record<string, unknown>;
    for (const [k, check] of Object.entries(shape)) {
      out[k] = check(Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined);
    }
    return out as Parsed<S>;
  };
}
