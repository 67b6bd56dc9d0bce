// Host zone: reading an image archive (docker-archive or OCI archive, plain or gzip) into a map of its
// files. The archive is untrusted: names are normalised and confined, only regular files, directories
// and (Docker's legacy de-duplicating) relative symlinks are allowed, and sizes are bounded.

import { IMAGE_ERROR, imageFail, quote } from './errors.js';
import { normaliseEntryName } from './layer.js';
import { DEFAULT_LAYER_LIMITS } from './limits.js';
import { decompress, readTar } from './tar-reader.js';
import { parentOf } from './tree.js';

const MAX_ARCHIVE_ENTRIES = 100_000;

/** The files of an archive by relative path (`blobs/sha256/…`, `manifest.json`). */
export type ArchiveFiles = ReadonlyMap<string, Uint8Array>;

/** Resolves a relative link from `dir` lexically; fails if it climbs out of the archive. */
function resolveInside(dir: string, link: string, what: string): string {
  const parts = dir.split('/').filter((p) => p !== '');
  for (const part of link.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) imageFail(IMAGE_ERROR.layer, `${what} escapes the archive`);
  }
  return parts.join('/');
}

/** Reads an archive into memory, resolving symlinks between its files. */
export async function readArchive(
  data: Uint8Array,
  maxBytes: number,
  what = 'archive',
): Promise<ArchiveFiles> {
  const tar = await decompress(data, maxBytes, what);
  const files = new Map<string, Uint8Array>();
  const links = new Map<string, string>();
  let count = 0;
  const limits = { ...DEFAULT_LAYER_LIMITS, maxEntryBytes: maxBytes, maxTotalBytes: maxBytes };
  await readTar(tar, what, {
    header() {
      if (++count > MAX_ARCHIVE_ENTRIES)
        imageFail(IMAGE_ERROR.limit, `${what} has more than ${MAX_ARCHIVE_ENTRIES} entries`);
    },
    entry(h, bytes) {
      const path = normaliseEntryName(h.name, limits, `${what} entry`);
      switch (h.type) {
        case 'file':
        case 'contiguous-file':
          files.set(path.slice(1), bytes);
          return;
        case 'directory':
          return;
        case 'symlink':
          if (h.linkname.startsWith('/'))
            imageFail(IMAGE_ERROR.layer, `${what} symlink ${quote(path)} is absolute`);
          links.set(
            path.slice(1),
            resolveInside(parentOf(path), h.linkname, `${what} symlink ${quote(path)}`),
          );
          return;
        default:
          imageFail(IMAGE_ERROR.layer, `${what} entry ${quote(path)} has unsupported type ${quote(h.type)}`);
      }
    },
  });
  for (const [from, to] of links) {
    const target = files.get(to);
    if (target === undefined)
      imageFail(IMAGE_ERROR.layer, `${what} symlink ${quote(from)} points at a missing file`);
    files.set(from, target);
  }
  return files;
}

/** Reads a file of the archive or fails naming it. */
export function archiveFile(files: ArchiveFiles, name: string, what = 'archive'): Uint8Array {
  const f = files.get(name);
  if (f === undefined) imageFail(IMAGE_ERROR.format, `${what} has no ${name}`);
  return f;
}
