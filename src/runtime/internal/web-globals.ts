// Guest zone: the Web platform globals Node has (URL, TextEncoder/Decoder, atob/btoa, AbortController,
// EventTarget, structuredClone, crypto.getRandomValues), bundled from well-kept packages where one exists.

import { Buffer } from 'buffer';
import { sys } from './door.js';
import { invalidArgType, nodeError } from './errors.js';
import { TextDecoder, TextEncoder } from './text-codec.js';

declare const require: (id: string) => unknown;

type Lazy = (name: string, load: () => unknown) => void;
type Define = (name: string, value: unknown, enumerable?: boolean) => void;

function atob(...args: unknown[]): string {
  const input = args[0];
  if (args.length === 0) throw invalidArgType('input', 'of type string', undefined);
  const s = String(input).replace(/[\t\n\f\r ]/g, '');
  if (s.length % 4 === 1 || /[^A-Za-z0-9+/=]/.test(s) || /=[^=]/.test(s)) {
    const err = new Error('Invalid character') as Error & { name: string; code: number };
    err.name = 'InvalidCharacterError';
    err.code = 5;
    throw err;
  }
  return Buffer.from(s, 'base64').toString('latin1');
}

function btoa(...args: unknown[]): string {
  const input = args[0];
  if (args.length === 0) throw invalidArgType('input', 'of type string', undefined);
  const s = String(input);
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 255) {
      const err = new Error('Invalid character') as Error & { name: string; code: number };
      err.name = 'InvalidCharacterError';
      err.code = 5;
      throw err;
    }
  }
  return Buffer.from(s, 'latin1').toString('base64');
}

export function getRandomValues<T extends ArrayBufferView | null>(array: T): T {
  if (
    !ArrayBuffer.isView(array) ||
    array instanceof Float32Array ||
    array instanceof Float64Array ||
    array instanceof DataView
  ) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'The "typedArray" argument must be an integer-type TypedArray');
  }
  if (array.byteLength > 65536) {
    const err = new Error(
      `The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`,
    );
    err.name = 'QuotaExceededError';
    throw err;
  }
  const bytes = sys<Uint8Array>('random.bytes', { size: array.byteLength });
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(bytes);
  return array;
}

function randomUUID(): string {
  const b = sys<Uint8Array>('random.bytes', { size: 16 });
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function installWebGlobals(lazy: Lazy, define: Define): void {
  define('TextEncoder', TextEncoder);
  define('TextDecoder', TextDecoder);
  define('atob', atob, true);
  define('btoa', btoa, true);
  lazy('URL', () => (require('./url-impl.js') as { URL: unknown }).URL);
  lazy('URLSearchParams', () => (require('./url-impl.js') as { URLSearchParams: unknown }).URLSearchParams);
  lazy('structuredClone', () => {
    const mod = require('@ungap/structured-clone') as { default: (v: unknown, o?: unknown) => unknown };
    return (value: unknown, options?: unknown) =>
      mod.default(value, options ?? { lossy: false, json: false });
  });
  lazy('EventTarget', () => (require('./event-target.js') as { EventTarget: unknown }).EventTarget);
  lazy('Event', () => (require('./event-target.js') as { Event: unknown }).Event);
  lazy(
    'AbortController',
    () => (require('./event-target.js') as { AbortController: unknown }).AbortController,
  );
  lazy('AbortSignal', () => (require('./event-target.js') as { AbortSignal: unknown }).AbortSignal);
  lazy('crypto', () => ({ getRandomValues, randomUUID, subtle: undefined }));
}
