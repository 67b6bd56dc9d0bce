// Test helper (host zone): builds tar archives entry by entry with tar-stream, including malformed
// and hostile ones, for image-store tests.

import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';

/** One entry: a header (tar-stream's shape) and optional contents. */
export interface TarSpec {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'character-device' | 'block-device' | 'fifo';
  data?: string | Uint8Array;
  mode?: number;
  uid?: number;
  gid?: number;
  mtime?: Date;
  linkname?: string;
  /** Declared size when it must differ from the data (hostile headers). */
  size?: number;
}

/** Packs entries into an uncompressed tar. */
export async function makeTar(entries: TarSpec[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const c of p as AsyncIterable<Buffer>) chunks.push(c);
  })();
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data) : e.data;
    const header = {
      name: e.name,
      type: e.type ?? 'file',
      mode: e.mode ?? (e.type === 'directory' ? 0o755 : 0o644),
      uid: e.uid ?? 0,
      gid: e.gid ?? 0,
      mtime: e.mtime ?? new Date(0),
      ...(e.linkname !== undefined ? { linkname: e.linkname } : {}),
      ...(e.size !== undefined ? { size: e.size } : {}),
    };
    if (data !== undefined) p.entry(header, data);
    else p.entry(header);
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** Packs entries into a gzip-compressed tar. */
export async function makeTgz(entries: TarSpec[]): Promise<Buffer> {
  return gzipSync(await makeTar(entries));
}
