// Guest zone: node:zlib. Compression runs in the kernel (zlib syscall family): one-shot sync and
// callback forms here, streaming classes in zlib/engine.ts, constants and crc32.

import { Buffer } from 'buffer';
import { ZLIB_SYNC_INPUT, type ZlibKind } from '../../abi/syscalls.js';
import { validateFunction } from '../internal/errors.js';
import { libAsync, libBlock, libSyncOrBlock } from '../internal/lib-call.js';
import { constants } from './zlib/constants.js';
import * as engine from './zlib/engine.js';
import { inputBytes, wireOptions } from './zlib/options.js';

function oneShotSync(kind: ZlibKind) {
  return (buffer: unknown, opts?: unknown): Buffer => {
    const data = inputBytes(buffer).slice();
    const args = { kind, data, options: wireOptions(opts) };
    // Small work is one crossing; past the kernel's sync bounds it runs on the pool, this thread blocked.
    const call = data.byteLength <= ZLIB_SYNC_INPUT ? libSyncOrBlock : libBlock;
    return Buffer.from(call<Uint8Array>('zlib.process', args));
  };
}

function oneShot(kind: ZlibKind) {
  return (buffer: unknown, opts: unknown, callback?: unknown): void => {
    let cb = callback;
    let o = opts;
    if (typeof opts === 'function') {
      cb = opts;
      o = undefined;
    }
    validateFunction(cb, 'callback');
    const data = inputBytes(buffer).slice();
    libAsync<Uint8Array>('zlib.process', { kind, data, options: wireOptions(o) }, (err, out) =>
      err ? cb(err) : cb(null, Buffer.from(out as Uint8Array)),
    );
  };
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (the zlib polynomial), continuing from `value`. */
function crc32(data: unknown, value: unknown = 0): number {
  const bytes = inputBytes(data, 'data');
  if (typeof value !== 'number') throw new TypeError('The "value" argument must be of type number');
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = (value ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.byteLength; i++)
    crc = ((crcTable[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8)) >>> 0;
  return (crc ^ 0xffffffff) >>> 0;
}

const classes = {
  Deflate: engine.Deflate,
  Inflate: engine.Inflate,
  Gzip: engine.Gzip,
  Gunzip: engine.Gunzip,
  DeflateRaw: engine.DeflateRaw,
  InflateRaw: engine.InflateRaw,
  Unzip: engine.Unzip,
  BrotliCompress: engine.BrotliCompress,
  BrotliDecompress: engine.BrotliDecompress,
};

const zlib: Record<string, unknown> = {
  ...classes,
  constants,
  codes: {
    Z_OK: 0,
    Z_STREAM_END: 1,
    Z_NEED_DICT: 2,
    Z_ERRNO: -1,
    Z_STREAM_ERROR: -2,
    Z_DATA_ERROR: -3,
    Z_MEM_ERROR: -4,
    Z_BUF_ERROR: -5,
    Z_VERSION_ERROR: -6,
    '0': 'Z_OK',
    '1': 'Z_STREAM_END',
    '2': 'Z_NEED_DICT',
    '-1': 'Z_ERRNO',
    '-2': 'Z_STREAM_ERROR',
    '-3': 'Z_DATA_ERROR',
    '-4': 'Z_MEM_ERROR',
    '-5': 'Z_BUF_ERROR',
    '-6': 'Z_VERSION_ERROR',
  },
  crc32,
};

const KINDS: Array<[ZlibKind, keyof typeof classes]> = [
  ['deflate', 'Deflate'],
  ['inflate', 'Inflate'],
  ['gzip', 'Gzip'],
  ['gunzip', 'Gunzip'],
  ['deflateRaw', 'DeflateRaw'],
  ['inflateRaw', 'InflateRaw'],
  ['unzip', 'Unzip'],
  ['brotliCompress', 'BrotliCompress'],
  ['brotliDecompress', 'BrotliDecompress'],
];
for (const [kind, cls] of KINDS) {
  zlib[kind] = oneShot(kind);
  zlib[`${kind}Sync`] = oneShotSync(kind);
  const Ctor = classes[cls];
  zlib[`create${cls}`] = (opts?: unknown) => new Ctor(opts);
}
// Node also exposes the zlib (not brotli) constants at the top level, non-enumerable (legacy).
for (const [k, v] of Object.entries(constants)) {
  if (k.startsWith('BROTLI') || k in zlib) continue;
  Object.defineProperty(zlib, k, { value: v, enumerable: false, writable: false });
}

export default zlib;
