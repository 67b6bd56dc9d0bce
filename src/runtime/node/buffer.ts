// Guest zone: node:buffer, from the `buffer` package, with Node's module-level extras.

import * as buffer from 'buffer';
import { transcode } from '../internal/buffer-edges.js';
import { getInspectMaxBytes, setInspectMaxBytes } from '../internal/buffer-inspect.js';
import { invalidArgType, outOfRange } from '../internal/errors.js';
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

const mod = {
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
  transcode: (source: unknown, from: unknown, to: unknown) =>
    transcode(Buffer as unknown as Parameters<typeof transcode>[0], source, from, to),
};

// Blob and File are the globals (loaded on first touch); tsvirt makes no blob: URLs
// (URL.createObjectURL is absent), so resolveObjectURL finds none, as Node does for an unknown id.
for (const name of ['Blob', 'File'] as const) {
  Object.defineProperty(mod, name, {
    get: () => (globalThis as unknown as Record<string, unknown>)[name],
    enumerable: true,
    configurable: true,
  });
}
Object.assign(mod, {
  resolveObjectURL(url: unknown): undefined {
    void `${url}`;
    return undefined;
  },
});

// Live, as in Node: setting it changes how every Buffer inspects.
Object.defineProperty(mod, 'INSPECT_MAX_BYTES', {
  get: getInspectMaxBytes,
  set(v: unknown) {
    if (typeof v !== 'number') throw invalidArgType('INSPECT_MAX_BYTES', 'number', v);
    if (Number.isNaN(v) || v < 0) throw outOfRange('INSPECT_MAX_BYTES', '>= 0', v);
    setInspectMaxBytes(v);
  },
  enumerable: true,
  configurable: true,
});

export default mod;
