// Host zone: the zlib family. Compression runs natively in the kernel (node:zlib) on libuv's pool:
// one-shot calls for zlib.*Sync / callback forms, and stream handles (integer ids in a per-task table)
// for the guest's Transform classes. Every call's output is capped so a zip bomb fails with ERR_BUFFER_TOO_LARGE
// instead of filling host memory.

import * as z from 'node:zlib';
import { ZLIB_SYNC_INPUT, ZLIB_SYNC_OUTPUT } from '../../abi/syscalls.js';
import { fail } from '../errno.js';
import type { AsyncOp } from '../task.js';
import { bytes, int, oneOf, optional, record } from '../validate.js';
import { HandleTable, perTask } from './handles.js';
import { guarded, type LibError, libError } from './lib-error.js';
import { onPool, withLane } from './pool.js';
import type { SyscallFamily } from './types.js';

/** Limits, all in one place. */
export const ZLIB_LIMITS = {
  /** Input bytes of one one-shot call. */
  input: 64 * 1024 * 1024,
  /** Input bytes of one stream write (the runtime splits larger chunks). */
  chunk: 1024 * 1024,
  /** Output bytes of one call, whatever maxOutputLength the guest asks for. */
  output: 128 * 1024 * 1024,
  dictionary: 64 * 1024,
} as const;

const KINDS = [
  'deflate',
  'inflate',
  'gzip',
  'gunzip',
  'deflateRaw',
  'inflateRaw',
  'unzip',
  'brotliCompress',
  'brotliDecompress',
] as const;
type Kind = (typeof KINDS)[number];

const CREATE: Record<Kind, (o: z.ZlibOptions & z.BrotliOptions) => z.Zlib & NodeJS.ReadWriteStream> = {
  deflate: z.createDeflate,
  inflate: z.createInflate,
  gzip: z.createGzip,
  gunzip: z.createGunzip,
  deflateRaw: z.createDeflateRaw,
  inflateRaw: z.createInflateRaw,
  unzip: z.createUnzip,
  brotliCompress: z.createBrotliCompress,
  brotliDecompress: z.createBrotliDecompress,
} as unknown as Record<Kind, (o: z.ZlibOptions & z.BrotliOptions) => z.Zlib & NodeJS.ReadWriteStream>;

const SYNC: Record<Kind, (b: Uint8Array, o: object) => Buffer> = {
  deflate: z.deflateSync,
  inflate: z.inflateSync,
  gzip: z.gzipSync,
  gunzip: z.gunzipSync,
  deflateRaw: z.deflateRawSync,
  inflateRaw: z.inflateRawSync,
  unzip: z.unzipSync,
  brotliCompress: z.brotliCompressSync,
  brotliDecompress: z.brotliDecompressSync,
};

/** Brotli at quality 10-11 (11 is the default) compresses ~1 MB/s: never on the kernel's thread. */
function slowBrotli(k: Kind, o: Options): boolean {
  if (k !== 'brotliCompress') return false;
  const quality = o.params?.[z.constants.BROTLI_PARAM_QUALITY] ?? z.constants.BROTLI_DEFAULT_QUALITY;
  return quality >= 10;
}

/**
 * A small one-shot on the kernel's thread (its cost bounded by ZLIB_SYNC_INPUT in and ZLIB_SYNC_OUTPUT
 * out), or E2BIG for the runtime to run it on the pool instead.
 */
function processSync(k: Kind, data: Uint8Array, o: Options): unknown {
  if (data.byteLength > ZLIB_SYNC_INPUT || slowBrotli(k, o)) return fail('E2BIG');
  const opts = nodeOptions(o);
  const asked = opts.maxOutputLength as number;
  opts.maxOutputLength = Math.min(asked, ZLIB_SYNC_OUTPUT);
  return guarded(() => {
    try {
      return u8(SYNC[k](data, opts));
    } catch (err) {
      // Past the sync bound but within what the program allows: the pool makes it.
      const tooLong = (err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
      if (tooLong && asked > ZLIB_SYNC_OUTPUT) fail('E2BIG');
      throw err;
    }
  });
}

type Cb = (err: Error | null, out: Buffer) => void;
const ASYNC: Record<Kind, (b: Uint8Array, o: object, cb: Cb) => void> = {
  deflate: z.deflate,
  inflate: z.inflate,
  gzip: z.gzip,
  gunzip: z.gunzip,
  deflateRaw: z.deflateRaw,
  inflateRaw: z.inflateRaw,
  unzip: z.unzip,
  brotliCompress: z.brotliCompress,
  brotliDecompress: z.brotliDecompress,
};

/** Brotli params: { [BROTLI_PARAM_*]: integer }, at most a few dozen keys. */
const brotliParams = (v: unknown): Record<number, number> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail('EINVAL');
  const keys = Object.keys(v);
  if (keys.length > 32) return fail('EINVAL');
  const out: Record<number, number> = {};
  for (const k of keys) {
    const key = int(0, 64)(Number(k));
    out[key] = int(0, 2 ** 32)((v as Record<string, unknown>)[k]);
  }
  return out;
};

const optionsShape = record({
  level: optional(int(-1000, 1000)),
  windowBits: optional(int(-1000, 1000)),
  memLevel: optional(int(-1000, 1000)),
  strategy: optional(int(-1000, 1000)),
  chunkSize: optional(int(64, 1024 * 1024)),
  dictionary: optional((v) => {
    const b = bytes(v);
    return b.byteLength <= ZLIB_LIMITS.dictionary ? b : fail('E2BIG');
  }),
  finishFlush: optional(int(0, 5)),
  params: optional(brotliParams),
  maxOutputLength: optional(int(1, 2 ** 53 - 1)),
});
type Options = ReturnType<typeof optionsShape>;

/** Node's options, with the output cap forced down to the kernel's limit. */
function nodeOptions(o: Options): z.ZlibOptions & z.BrotliOptions {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  out.maxOutputLength = Math.min(o.maxOutputLength ?? ZLIB_LIMITS.output, ZLIB_LIMITS.output);
  return out as z.ZlibOptions & z.BrotliOptions;
}

const kind = oneOf(...KINDS);
const processArgs = record({
  kind,
  data: (v) => {
    const b = bytes(v);
    return b.byteLength <= ZLIB_LIMITS.input ? b : fail('E2BIG');
  },
  options: optionsShape,
});
const openArgs = record({ kind, options: optionsShape });
const writeArgs = record({
  id: int(1, 2 ** 31),
  data: (v) => {
    const b = bytes(v);
    return b.byteLength <= ZLIB_LIMITS.chunk ? b : fail('E2BIG');
  },
  flush: int(0, 5),
});
const idArgs = record({ id: int(1, 2 ** 31) });
const paramsArgs = record({ id: int(1, 2 ** 31), level: int(-1, 9), strategy: int(0, 4) });

/** A guest's compression stream: node's engine driven chunk by chunk, its output captured per write. */
interface ZStream {
  engine: z.Zlib & NodeJS.ReadWriteStream;
  limit: number;
  /** The write in flight (at most one: the guest's Transform serialises them). */
  op: AsyncOp | null;
  out: Buffer[];
  size: number;
  broken: boolean;
  /** Frees the pool lane the write in flight holds (pool.ts). */
  free: (() => void) | null;
}

/** False once the engine failed: it is destroyed at once, though its 'error' event comes a tick later. */
function usable(s: ZStream): boolean {
  const native = s.engine as unknown as { destroyed: boolean; _handle: unknown };
  return !s.broken && !native.destroyed && Boolean(native._handle);
}

/** Node's error for output past maxOutputLength. */
function tooLarge(limit: number): LibError {
  return {
    error: {
      name: 'RangeError',
      code: 'ERR_BUFFER_TOO_LARGE',
      message: `Cannot create a Buffer larger than ${limit} bytes`,
    },
  };
}

/** Ends the write in flight, if any: answers its op (the caller does) and frees its pool lane. */
function endWrite(s: ZStream): AsyncOp | null {
  const op = s.op;
  s.op = null;
  s.free?.();
  s.free = null;
  return op;
}

function release(s: ZStream): void {
  s.broken = true;
  const op = endWrite(s);
  op?.done({ code: 'ECANCELED', syscall: 'zlib' });
  s.engine.removeAllListeners('data');
  s.engine.close();
}

const streams = perTask(() => new HandleTable<ZStream>(release));

const u8 = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

function openStream(k: Kind, o: Options): ZStream {
  const opts = nodeOptions(o);
  const engine = CREATE[k](opts);
  const s: ZStream = {
    engine,
    limit: opts.maxOutputLength ?? ZLIB_LIMITS.output,
    op: null,
    out: [],
    size: 0,
    broken: false,
    free: null,
  };
  // Capture output as it is produced instead of buffering it in the Readable: never backpressure,
  // and count it, so one write of a bomb stops at the cap.
  (engine as unknown as { push(c: Buffer | null): boolean }).push = (chunk) => {
    if (chunk === null || s.broken || !s.op) return true;
    s.size += chunk.byteLength;
    if (s.size > s.limit) {
      const op = endWrite(s) as AsyncOp;
      s.out = [];
      s.broken = true;
      op.done(null, tooLarge(s.limit));
      return true;
    }
    s.out.push(chunk);
    return true;
  };
  engine.on('error', (err) => {
    s.broken = true;
    const op = endWrite(s);
    if (!op) return;
    try {
      op.done(null, libError(err));
    } catch {
      op.done({ code: 'EIO', syscall: 'zlib' });
    }
  });
  return s;
}

export const zlibSyscalls: SyscallFamily = {
  // Node's async one-shot runs on libuv's pool: the callback forms and, blocking on it, the big *Sync
  // ones (gzip of 64 MiB or brotli of 4 MiB at quality 11 take seconds). Small ones stay sync.
  'zlib.process': {
    support: 'full',
    sync(_task, a) {
      const { kind: k, data, options } = processArgs(a);
      return processSync(k, data, options);
    },
    async(task, a, op) {
      const { kind: k, data, options } = processArgs(a);
      const opts = nodeOptions(options);
      onPool(task, op, 'zlib', (done) => ASYNC[k](data, opts, (err, out) => done(err, err ? null : u8(out))));
    },
  },
  'zlib.open': {
    support: 'full',
    sync(task, a) {
      const { kind: k, options } = openArgs(a);
      return guarded(() => streams(task).open(openStream(k, options)));
    },
  },
  'zlib.write': {
    support: 'full',
    async(task, a, op) {
      const { id, data, flush } = writeArgs(a);
      const s = streams(task).get(id);
      if (s.op) return fail('EBUSY');
      if (!usable(s)) return fail('EBADF');
      s.op = op;
      s.out = [];
      s.size = 0;
      const engine = s.engine as unknown as {
        _processChunk(c: Uint8Array, flush: number, cb: () => void): void;
      };
      // A 1 MiB write of brotli at quality 11 takes seconds on the pool: a lane of the container's.
      withLane(task, op, (free) => {
        s.free = free;
        engine._processChunk(data, flush, () => {
          if (s.op !== op) return;
          endWrite(s);
          const out = s.out.length === 1 ? (s.out[0] as Buffer) : Buffer.concat(s.out);
          s.out = [];
          op.done(null, u8(out));
        });
      });
    },
  },
  'zlib.reset': {
    support: 'full',
    sync(task, a) {
      const s = streams(task).get(idArgs(a).id);
      if (s.op) return fail('EBUSY');
      if (!usable(s)) return fail('EBADF');
      (s.engine as unknown as { reset(): void }).reset();
      return null;
    },
  },
  'zlib.params': {
    support: 'full',
    sync(task, a) {
      const { id, level, strategy } = paramsArgs(a);
      const s = streams(task).get(id);
      if (s.op) return fail('EBUSY');
      if (!usable(s)) return fail('EBADF');
      const native = s.engine as unknown as {
        _handle: { params?: (level: number, strategy: number) => void };
        _level: number;
        _strategy: number;
      };
      // Only deflate engines have params; the runtime flushed pending input first, as Node does.
      if (typeof native._handle.params !== 'function') return fail('EINVAL');
      native._handle.params(level, strategy);
      native._level = level;
      native._strategy = strategy;
      return null;
    },
  },
  'zlib.close': {
    support: 'full',
    sync(task, a) {
      streams(task).close(idArgs(a).id);
      return null;
    },
  },
};
