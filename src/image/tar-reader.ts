// Host zone: the one place untrusted tar bytes are parsed (with tar-stream). Decompresses gzip
// (detected by magic) under a byte bound, checks the archive is complete, and hands each entry to a
// visitor: headers first (so limits are checked before any data is read), then the entry's bytes.

import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import { IMAGE_ERROR, ImageError, imageFail } from './errors.js';

const gunzipAsync = promisify(gunzip);

/** The fields of a tar header the image code uses, normalised. */
export interface TarHeader {
  /** The raw entry name (after pax/GNU long-name handling). */
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Milliseconds since the epoch (0 when absent or invalid). */
  readonly mtime: number;
  readonly linkname: string;
}

/** What to do with each entry: `header` may throw to reject; `entry` receives the full contents. */
export interface TarVisitor {
  header(h: TarHeader): void;
  entry(h: TarHeader, data: Uint8Array): void;
}

/** True when the bytes start with the gzip magic. */
export function isGzip(data: Uint8Array): boolean {
  return data.byteLength >= 2 && data[0] === 0x1f && data[1] === 0x8b;
}

/** True when the bytes start with the zstd magic. */
function isZstd(data: Uint8Array): boolean {
  return data.byteLength >= 4 && data[0] === 0x28 && data[1] === 0xb5 && data[2] === 0x2f && data[3] === 0xfd;
}

/**
 * Returns the tar inside `data`: gunzipped when it is gzip, as-is otherwise. Never produces more than
 * `maxBytes` (a gzip bomb is an `ELIMIT` error, not an allocation).
 */
export async function decompress(data: Uint8Array, maxBytes: number, what: string): Promise<Uint8Array> {
  if (isZstd(data)) imageFail(IMAGE_ERROR.layer, `${what}: zstd compression is not supported`);
  if (!isGzip(data)) {
    if (data.byteLength > maxBytes) imageFail(IMAGE_ERROR.limit, `${what} exceeds ${maxBytes} bytes`);
    return data;
  }
  try {
    return await gunzipAsync(data, { maxOutputLength: maxBytes });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      imageFail(IMAGE_ERROR.limit, `${what} decompresses to more than ${maxBytes} bytes (gzip bomb?)`);
    }
    imageFail(IMAGE_ERROR.layer, `${what}: corrupt gzip data (${(e as Error).message})`);
  }
}

/** Throws unless the archive ends with tar's end-of-archive marker (so truncation is caught). */
function checkComplete(tar: Uint8Array, what: string): void {
  const n = tar.byteLength;
  if (n === 0) imageFail(IMAGE_ERROR.layer, `${what} is empty (not a tar archive)`);
  if (n < 1024) imageFail(IMAGE_ERROR.layer, `${what} is truncated (size is not whole tar blocks)`);
  for (let i = n - 1024; i < n; i++) {
    if (tar[i] !== 0) imageFail(IMAGE_ERROR.layer, `${what} is truncated (no end-of-archive marker)`);
  }
}

function normaliseHeader(h: {
  name: string;
  type?: string | null;
  size?: number;
  mode?: number;
  uid?: number;
  gid?: number;
  mtime?: Date;
  linkname?: string | null;
}): TarHeader {
  const mtime = h.mtime instanceof Date ? h.mtime.getTime() : 0;
  return {
    name: h.name,
    type: h.type ?? 'file',
    size: h.size ?? 0,
    mode: h.mode ?? 0,
    uid: h.uid ?? 0,
    gid: h.gid ?? 0,
    mtime: Number.isFinite(mtime) ? mtime : 0,
    linkname: h.linkname ?? '',
  };
}

/** Parses an uncompressed tar, calling the visitor per entry. Corruption becomes a one-line `ELAYER`. */
export async function readTar(input: Uint8Array, what: string, visitor: TarVisitor): Promise<void> {
  let tar = input;
  // Go's archive/tar (hence umoci) may end right after the last entry's data, with no padding and no
  // end-of-archive marker, and Go's readers accept that. So do we, but only when the last entry is
  // complete: pad the partial block, and check below that the data ended exactly at the cut.
  const cut = input.byteLength % 512 !== 0 ? input.byteLength : undefined;
  if (cut !== undefined) {
    tar = new Uint8Array(cut - (cut % 512) + 512 + 1024);
    tar.set(input);
  } else {
    checkComplete(tar, what);
  }
  let dataEnd = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const ex = extract();
      let failed = false;
      const fail = (err: unknown) => {
        if (failed) return;
        failed = true;
        ex.destroy();
        reject(err);
      };
      // The callback API, not async iteration: a promise per entry and chunk costs more than the parse.
      ex.on('entry', (header, stream, next) => {
        let h: TarHeader;
        try {
          h = normaliseHeader(header);
          dataEnd = ((header as { byteOffset?: number }).byteOffset ?? 0) + h.size;
          visitor.header(h);
        } catch (err) {
          fail(err);
          return;
        }
        const data = new Uint8Array(h.size);
        let off = 0;
        stream.on('data', (c: unknown) => {
          const chunk = c as Uint8Array;
          if (off + chunk.byteLength <= data.byteLength) data.set(chunk, off);
          off += chunk.byteLength;
        });
        stream.on('error', fail);
        stream.on('end', () => {
          try {
            if (off !== h.size)
              imageFail(IMAGE_ERROR.layer, `${what} is truncated (entry shorter than its header)`);
            visitor.entry(h, data);
            next();
          } catch (err) {
            fail(err);
          }
        });
      });
      ex.on('error', fail);
      ex.on('finish', () => {
        if (!failed) resolve();
      });
      ex.end(tar);
    });
    if (cut !== undefined && dataEnd !== cut) {
      imageFail(IMAGE_ERROR.layer, `${what} is truncated (size is not whole tar blocks)`);
    }
  } catch (e) {
    if (e instanceof ImageError) throw e;
    const msg = (e as Error).message ?? String(e);
    if (/unexpected end/i.test(msg))
      imageFail(IMAGE_ERROR.layer, `${what} is truncated (an entry is cut short)`);
    imageFail(IMAGE_ERROR.layer, `${what} is corrupt: ${msg.split('.')[0]}`);
  }
}
