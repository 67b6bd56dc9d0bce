// Guest zone: node:buffer, from the `buffer` package, with Node's module-level extras.

import * as buffer from 'buffer';
import { TextDecoder } from '../internal/text-codec.js';

const { Buffer } = buffer;

function isUtf8(input: ArrayBufferView | ArrayBuffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(input);
    return true;
  } catch {
    return false;
  }
}

function isAscii(input: ArrayBufferView | ArrayBuffer): boolean {
  const b =
    input instanceof ArrayBuffer
      ? new Uint8Array(input)
      : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return b.every((x) => x < 0x80);
}

export default {
  ...buffer,
  Buffer,
  constants: {
    MAX_LENGTH: (buffer as unknown as { kMaxLength: number }).kMaxLength,
    MAX_STRING_LENGTH: 2 ** 29 - 24,
  },
  kStringMaxLength: 2 ** 29 - 24,
  atob: (s: string) => (globalThis as unknown as { atob(s: string): string }).atob(s),
  btoa: (s: string) => (globalThis as unknown as { btoa(s: string): string }).btoa(s),
  isUtf8,
  isAscii,
  transcode() {
    throw new Error('buffer.transcode is not implemented in tsvirt');
  },
};
