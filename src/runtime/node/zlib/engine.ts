// Guest zone: the streaming zlib classes (Gzip, Inflate, BrotliCompress …) as Transform streams whose
// chunks go through a kernel zlib stream handle (an integer id): each write is one async syscall that
// answers with the output that chunk produced.

import { Buffer } from 'buffer';
import { Transform } from 'readable-stream';
import type { ZlibKind, ZlibOptions } from '../../../abi/syscalls.js';
import { sys } from '../../internal/door.js';
import { invalidArgType, nodeError, notImplemented } from '../../internal/errors.js';
import { libAsync, libSync } from '../../internal/lib-call.js';
import { nextTick } from '../../internal/loop.js';
import { constants as C } from './constants.js';
import { inputBytes, wireOptions } from './options.js';

/** Bytes per write syscall: the kernel refuses larger ones. */
const PIECE = 1024 * 1024;

const handles = new FinalizationRegistry<number>((id) => {
  try {
    sys('zlib.close', { id });
  } catch {
    // already closed
  }
});

type Cb = (err?: Error | null) => void;

export class ZlibBase extends Transform {
  bytesWritten = 0;
  #id: number;
  #kind: ZlibKind;
  #finishFlush: number;
  #defaultFlush: number;
  #chunkSize: number;
  #flushMarkers = new Map<Uint8Array, number>();
  #closed = false;
  #level: number;
  #strategy: number;

  constructor(kind: ZlibKind, opts: unknown) {
    const o = (opts ?? {}) as ZlibOptions & { flush?: number };
    super({ ...(opts as object), autoDestroy: true });
    const brotli = kind.startsWith('brotli');
    this.#kind = kind;
    this.#finishFlush = o.finishFlush ?? (brotli ? C.BROTLI_OPERATION_FINISH : C.Z_FINISH);
    this.#defaultFlush = o.flush ?? (brotli ? C.BROTLI_OPERATION_PROCESS : C.Z_NO_FLUSH);
    this.#chunkSize = o.chunkSize ?? C.Z_DEFAULT_CHUNK;
    this.#level = o.level ?? C.Z_DEFAULT_COMPRESSION;
    this.#strategy = o.strategy ?? C.Z_DEFAULT_STRATEGY;
    this.#id = libSync<number>('zlib.open', { kind, options: wireOptions(opts) });
    handles.register(this, this.#id, this);
  }

  get _kind(): ZlibKind {
    return this.#kind;
  }

  /** Flushes pending output with `kind` (Z_FULL_FLUSH by default), in order with writes. */
  flush(kind?: unknown, callback?: unknown): void {
    let flag = kind;
    let cb = callback;
    if (typeof kind === 'function' || kind === undefined) {
      cb = kind;
      flag = this.#kind.startsWith('brotli') ? C.BROTLI_OPERATION_FLUSH : C.Z_FULL_FLUSH;
    }
    const marker = new Uint8Array(0);
    this.#flushMarkers.set(marker, flag as number);
    this.write(Buffer.from(marker.buffer, 0, 0), () => (cb as Cb | undefined)?.());
  }

  /** Changes level and strategy mid-stream: pending input is flushed with Z_SYNC_FLUSH first. */
  params(level: unknown, strategy: unknown, callback?: unknown): void {
    if (this.#kind.startsWith('brotli')) throw notImplemented('brotli params()');
    const check = (v: unknown, name: string, min: number, max: number) => {
      if (typeof v !== 'number') throw invalidArgType(name, 'of type number', v);
      if (!Number.isFinite(v) || v < min || v > max)
        throw nodeError(
          'ERR_OUT_OF_RANGE',
          `The value of "${name}" is out of range. It must be >= ${min} and <= ${max}. Received ${v}`,
          RangeError,
        );
      return v;
    };
    const lv = check(level, 'level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL);
    const st = check(strategy, 'strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED);
    const cb = typeof callback === 'function' ? (callback as () => void) : undefined;
    if (lv === this.#level && st === this.#strategy) {
      if (cb) nextTick(cb, []);
      return;
    }
    this.flush(C.Z_SYNC_FLUSH, () => {
      sys('zlib.params', { id: this.#id, level: lv, strategy: st });
      if (this.destroyed) return;
      this.#level = lv;
      this.#strategy = st;
      cb?.();
    });
  }

  reset(): void {
    sys('zlib.reset', { id: this.#id });
  }

  close(callback?: () => void): void {
    if (callback) this.once('close', callback);
    this.destroy();
  }

  override _transform(chunk: unknown, _encoding: unknown, callback: Cb): void {
    const bytes = inputBytes(chunk, 'chunk');
    let flag = this.#defaultFlush;
    for (const [m, f] of this.#flushMarkers) {
      if ((chunk as Uint8Array).buffer === m.buffer) {
        flag = f;
        this.#flushMarkers.delete(m);
      }
    }
    this.#feed(bytes, 0, flag, callback);
  }

  override _flush(callback: Cb): void {
    this.#feed(new Uint8Array(0), 0, this.#finishFlush, (err) => {
      this.#release();
      callback(err);
    });
  }

  override _destroy(err: Error | null, callback: (err: Error | null) => void): void {
    this.#release();
    callback(err);
  }

  /** Sends `bytes` from `at` in pieces; the flush flag goes with the last piece. */
  #feed(bytes: Uint8Array, at: number, flag: number, callback: Cb): void {
    if (this.#closed) {
      callback(new Error('zlib binding closed'));
      return;
    }
    const end = Math.min(bytes.byteLength, at + PIECE);
    const last = end === bytes.byteLength;
    const data = bytes.subarray(at, end).slice();
    libAsync<Uint8Array>(
      'zlib.write',
      { id: this.#id, data, flush: last ? flag : this.#defaultFlush },
      (err, out) => {
        if (err) return callback(err);
        this.bytesWritten += end - at;
        this.#emit(out as Uint8Array);
        if (last) return callback();
        this.#feed(bytes, end, flag, callback);
      },
    );
  }

  /** Output in chunkSize pieces, as Node's engine hands it out. */
  #emit(out: Uint8Array): void {
    for (let i = 0; i < out.byteLength; i += this.#chunkSize) {
      this.push(
        Buffer.from(
          out.buffer as ArrayBuffer,
          out.byteOffset + i,
          Math.min(this.#chunkSize, out.byteLength - i),
        ),
      );
    }
  }

  #release(): void {
    if (this.#closed) return;
    this.#closed = true;
    handles.unregister(this);
    try {
      sys('zlib.close', { id: this.#id });
    } catch {
      // the kernel already dropped it
    }
  }
}

function make(kind: ZlibKind, name: string) {
  const cls = {
    [name]: class extends ZlibBase {
      constructor(opts?: unknown) {
        super(kind, opts);
      }
    },
  }[name] as new (
    opts?: unknown,
  ) => ZlibBase;
  return cls;
}

export const Deflate = make('deflate', 'Deflate');
export const Inflate = make('inflate', 'Inflate');
export const Gzip = make('gzip', 'Gzip');
export const Gunzip = make('gunzip', 'Gunzip');
export const DeflateRaw = make('deflateRaw', 'DeflateRaw');
export const InflateRaw = make('inflateRaw', 'InflateRaw');
export const Unzip = make('unzip', 'Unzip');
export const BrotliCompress = make('brotliCompress', 'BrotliCompress');
export const BrotliDecompress = make('brotliDecompress', 'BrotliDecompress');
