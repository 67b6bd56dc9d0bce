// Host zone: the OCI image layout on disk (`oci-layout`, `index.json`, `blobs/sha256/<hex>`) and its
// file primitives: atomic writes (temp file in the same filesystem, fsync, rename), content-addressed
// blob writes, and blob reads that always check the digest.

import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type Digest, digestHex, sha256, verifyDigest } from './digest.js';
import { IMAGE_ERROR, imageFail } from './errors.js';

/** The store's home: `$TSVIRT_HOME`, else `~/.tsvirt`. The one place the default is decided. */
export function defaultHome(env: NodeJS.ProcessEnv = process.env): string {
  const h = env.TSVIRT_HOME;
  return h !== undefined && h !== '' ? h : join(homedir(), '.tsvirt');
}

/** Paths inside a store home. The image layout lives in `<home>/images`. */
export class Layout {
  readonly root: string;
  readonly ociLayout: string;
  readonly index: string;
  readonly blobs: string;
  readonly tmp: string;
  readonly lock: string;

  constructor(readonly home: string) {
    this.root = join(home, 'images');
    this.ociLayout = join(this.root, 'oci-layout');
    this.index = join(this.root, 'index.json');
    this.blobs = join(this.root, 'blobs', 'sha256');
    this.tmp = join(this.root, 'tmp');
    this.lock = join(this.root, 'index.lock');
  }

  blobPath(d: Digest): string {
    return join(this.blobs, digestHex(d));
  }
}

/** Writes `data` to `path` atomically: readers see the old file or the new one, never a mix. */
export async function atomicWrite(tmpDir: string, path: string, data: Uint8Array): Promise<void> {
  const tmp = join(tmpDir, `${process.pid}-${randomBytes(6).toString('hex')}`);
  const fh = await open(tmp, 'wx', 0o644);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (e) {
    await fh.close();
    await unlink(tmp).catch(() => {});
    throw e;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}

/** Creates the layout if missing (idempotent, safe to race). */
export async function initLayout(l: Layout): Promise<void> {
  await mkdir(l.blobs, { recursive: true });
  await mkdir(l.tmp, { recursive: true });
  const ensure = async (path: string, content: string) => {
    try {
      await stat(path);
    } catch {
      // A racing creator writes identical bytes, so last-rename-wins is harmless.
      await atomicWrite(l.tmp, path, Buffer.from(content));
    }
  };
  await ensure(l.ociLayout, '{"imageLayoutVersion":"1.0.0"}');
  await ensure(
    l.index,
    JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] }),
  );
}

/** Reads a blob and checks its digest. A missing blob is `ENOIMAGE`, a corrupt one `EDIGEST`. */
export async function readBlob(l: Layout, d: Digest, maxBytes?: number): Promise<Uint8Array> {
  let data: Uint8Array;
  try {
    if (maxBytes !== undefined && (await stat(l.blobPath(d))).size > maxBytes) {
      imageFail(IMAGE_ERROR.limit, `blob ${d} is larger than ${maxBytes} bytes`);
    }
    data = await readFile(l.blobPath(d));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      imageFail(IMAGE_ERROR.notFound, `blob ${d} is missing from the store`);
    throw e;
  }
  verifyDigest(data, d, `blob ${d}`);
  return data;
}

/** Stores a blob under its digest (skipped when an intact copy is already there). */
export async function writeBlob(l: Layout, data: Uint8Array, digest: Digest = sha256(data)): Promise<Digest> {
  const path = l.blobPath(digest);
  try {
    if ((await stat(path)).size === data.byteLength) return digest;
  } catch {
    // absent: write it
  }
  await atomicWrite(l.tmp, path, data);
  return digest;
}

/** The bytes all blobs take (what a prune reports as reclaimed, by difference). */
export async function blobBytes(l: Layout): Promise<number> {
  let total = 0;
  for (const hex of await readdir(l.blobs))
    total += await stat(join(l.blobs, hex)).then(
      (s) => s.size,
      () => 0,
    );
  return total;
}
