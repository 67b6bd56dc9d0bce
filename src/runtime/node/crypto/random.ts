// Guest zone: crypto's random functions over the kernel's entropy syscall (random.bytes, at most
// 64 KiB a call), and timingSafeEqual.

import { Buffer } from 'buffer';
import { sys } from '../../internal/door.js';
import { invalidArgType, nodeError, outOfRange, validateFunction } from '../../internal/errors.js';
import { nextTick } from '../../internal/loop.js';

const CHUNK = 65536;
const I32 = 2 ** 31 - 1;

/** Fills `view` with kernel entropy, 64 KiB per crossing. */
export function fill(view: Uint8Array): void {
  for (let at = 0; at < view.byteLength; at += CHUNK) {
    const n = Math.min(CHUNK, view.byteLength - at);
    view.set(sys<Uint8Array>('random.bytes', { size: n }), at);
  }
}

function size(value: unknown, name = 'size'): number {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value) || value < 0 || value > I32)
    throw outOfRange(name, `>= 0 && <= ${I32}`, value);
  return value;
}

export function randomBytes(n: unknown, callback?: unknown): Buffer | undefined {
  const len = size(n);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(len);
  fill(buf);
  if (callback === undefined) return buf;
  nextTick(() => (callback as (e: null, b: Buffer) => void)(null, buf), []);
  return undefined;
}

function view(buf: unknown): Uint8Array {
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf instanceof ArrayBuffer) return new Uint8Array(buf);
  throw invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
}

function range(bytes: Uint8Array, elem: number, offset: unknown, n: unknown): Uint8Array {
  const total = bytes.byteLength;
  const off = offset === undefined ? 0 : size(offset, 'offset') * elem;
  if (off > total) throw outOfRange('offset', `>= 0 && <= ${total}`, offset);
  const len = n === undefined ? total - off : size(n, 'size') * elem;
  if (off + len > total) throw outOfRange('size + offset', `<= ${total}`, len + off);
  return bytes.subarray(off, off + len);
}

const elemSize = (buf: unknown) =>
  ArrayBuffer.isView(buf) ? ((buf as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1) : 1;

export function randomFillSync<T>(buf: T, offset?: unknown, n?: unknown): T {
  fill(range(view(buf), elemSize(buf), offset, n));
  return buf;
}

export function randomFill(buf: unknown, ...rest: unknown[]): void {
  const callback = rest.pop();
  validateFunction(callback, 'callback');
  const region = range(view(buf), elemSize(buf), rest[0], rest[1]);
  fill(region);
  nextTick(() => callback(null, buf), []);
}

const RAND_MAX = 0xffff_ffff_ffff;

export function randomInt(a: unknown, b?: unknown, c?: unknown): number | undefined {
  const hasMin = typeof b === 'number' || (b !== undefined && typeof b !== 'function');
  const min = hasMin ? a : 0;
  const max = hasMin ? b : a;
  const callback = hasMin ? c : b;
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof min !== 'number' || !Number.isSafeInteger(min))
    throw invalidArgType('min', 'a safe integer', min);
  if (typeof max !== 'number' || !Number.isSafeInteger(max))
    throw invalidArgType('max', 'a safe integer', max);
  if (max <= min)
    throw nodeError(
      'ERR_OUT_OF_RANGE',
      `The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`,
      RangeError,
    );
  const span = max - min;
  if (span > RAND_MAX)
    throw nodeError(
      'ERR_OUT_OF_RANGE',
      `The value of "max - min" is out of range. It must be <= ${RAND_MAX}. Received ${span}`,
      RangeError,
    );
  // Rejection sampling over 48-bit values, as Node does, so every result is equally likely.
  const limit = RAND_MAX - (RAND_MAX % span);
  let n: number;
  do {
    const b6 = sys<Uint8Array>('random.bytes', { size: 6 });
    n = Buffer.from(b6).readUIntBE(0, 6);
  } while (n >= limit);
  const result = min + (n % span);
  if (callback === undefined) return result;
  nextTick(() => (callback as (e: null, n: number) => void)(null, result), []);
  return undefined;
}

export function randomUUID(options?: unknown): string {
  if (options !== undefined && (typeof options !== 'object' || options === null))
    throw invalidArgType('options', 'of type object', options);
  const b = sys<Uint8Array>('random.bytes', { size: 16 });
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function timingSafeEqual(a: unknown, b: unknown): boolean {
  // Node's native check words this without the usual "Received …" tail.
  const notBuffer = (name: string) =>
    nodeError(
      'ERR_INVALID_ARG_TYPE',
      `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`,
      TypeError,
    );
  if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) throw notBuffer('buf1');
  if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) throw notBuffer('buf2');
  const x = view(a);
  const y = view(b);
  if (x.byteLength !== y.byteLength)
    throw nodeError(
      'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
      'Input buffers must have the same byte length',
      RangeError,
    );
  // Every byte is compared, whatever the first difference: time depends on the length only.
  let diff = 0;
  for (let i = 0; i < x.byteLength; i++) diff |= (x[i] as number) ^ (y[i] as number);
  return diff === 0;
}
