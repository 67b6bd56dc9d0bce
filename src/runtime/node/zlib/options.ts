// Guest zone: zlib argument handling: input buffers and the options that cross to the kernel.

import { Buffer } from 'buffer';
import type { ZlibOptions } from '../../../abi/syscalls.js';
import { invalidArgType, notImplemented } from '../../internal/errors.js';

const INPUT = 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer';

/** A one-shot or stream input as bytes (strings as UTF-8). */
export function inputBytes(value: unknown, name = 'buffer'): Uint8Array {
  if (typeof value === 'string') return new Uint8Array(Buffer.from(value, 'utf8'));
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw invalidArgType(name, INPUT, value);
}

const NUMERIC = [
  'level',
  'windowBits',
  'memLevel',
  'strategy',
  'chunkSize',
  'finishFlush',
  'maxOutputLength',
] as const;

/** The options the kernel understands, copied out of whatever object the program passed. */
export function wireOptions(opts: unknown): ZlibOptions {
  const out: ZlibOptions = {};
  if (opts === undefined || opts === null) return out;
  if (typeof opts !== 'object') throw invalidArgType('options', 'of type object', opts);
  const o = opts as Record<string, unknown>;
  for (const k of NUMERIC) {
    const v = o[k];
    if (v === undefined) continue;
    if (typeof v !== 'number') throw invalidArgType(`options.${k}`, 'of type number', v);
    out[k] = v;
  }
  if (o.dictionary !== undefined) {
    if (!ArrayBuffer.isView(o.dictionary) && !(o.dictionary instanceof ArrayBuffer))
      throw invalidArgType(
        'options.dictionary',
        'an instance of Buffer, TypedArray, DataView, or ArrayBuffer',
        o.dictionary,
      );
    out.dictionary = inputBytes(o.dictionary).slice();
  }
  if (o.params !== undefined) {
    if (typeof o.params !== 'object' || o.params === null)
      throw invalidArgType('options.params', 'of type object', o.params);
    const params: Record<number, number> = {};
    for (const [k, v] of Object.entries(o.params)) params[Number(k)] = Number(v);
    out.params = params;
  }
  if (o.info) throw notImplemented('zlib one-shot { info: true }');
  return out;
}
