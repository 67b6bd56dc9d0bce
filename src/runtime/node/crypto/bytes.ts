// Guest zone: argument handling shared by the crypto module: inputs as bytes (string + encoding,
// Buffer, TypedArray, DataView, ArrayBuffer), outputs as Buffer or an encoded string.

import { Buffer } from 'buffer';
import { invalidArgType } from '../../internal/errors.js';

const BINARY = 'of type string or an instance of Buffer, TypedArray, or DataView';

/** Any BinaryLike (plus ArrayBuffer where Node takes it) as a Uint8Array view, strings encoded. */
export function toBytes(value: unknown, name: string, encoding?: unknown, expected = BINARY): Uint8Array {
  if (typeof value === 'string') {
    const enc = typeof encoding === 'string' && encoding !== 'buffer' ? encoding : 'utf8';
    // The bundled Buffer predates base64url; it is base64 with another alphabet.
    const b =
      enc.toLowerCase() === 'base64url'
        ? Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
        : Buffer.from(value, enc as 'utf8');
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  }
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'secret') {
    const exported = (value as { export?: () => Uint8Array }).export?.();
    if (exported) return exported;
  }
  throw invalidArgType(name, expected, value);
}

/** A fresh copy (what crosses the door is copied anyway; this makes sure no view of a larger buffer is sent). */
export function copyOf(b: Uint8Array): Uint8Array {
  // new Uint8Array(view) copies; a Buffer's slice() would be a view of the whole backing store, which
  // the door then copies whole.
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b);
}

/** Bytes from the kernel as a Buffer, or a string in `encoding`. */
export function output(bytes: Uint8Array, encoding?: unknown): Buffer | string {
  const b = Buffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  if (typeof encoding !== 'string' || encoding === 'buffer') return b;
  if (encoding.toLowerCase() === 'base64url')
    return b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return b.toString(encoding as 'hex');
}
