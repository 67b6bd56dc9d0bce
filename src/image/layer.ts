// Host zone: reading one layer tar (plain or gzip) into an immutable `LayerTree`, hardened against
// hostile input: absolute paths, `..`, symlink and hard-link escapes, device nodes and fifos, oversized
// entries and tar bombs are each rejected with a one-line `ImageError`, and nothing is returned.

import { IMAGE_ERROR, imageFail, quote } from './errors.js';
import { type LayerLimits, maxTarBytes, resolveLimits } from './limits.js';
import { decompress, readTar, type TarHeader } from './tar-reader.js';
import { baseName, type LayerEntry, type LayerTree, parentOf } from './tree.js';

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
const MAX_ID = 0xffff_ffff;

/**
 * Normalises a tar entry name to an absolute path (`./a/b/` → `/a/b`; `.` → `/`). Rejects absolute
 * names, `..` components, NUL bytes and over-long paths.
 */
export function normaliseEntryName(name: string, limits: LayerLimits, what = 'layer entry'): string {
  if (name.includes('\0')) imageFail(IMAGE_ERROR.layer, `${what} ${quote(name)} contains a NUL byte`);
  if (Buffer.byteLength(name) > limits.maxPathBytes) {
    imageFail(IMAGE_ERROR.limit, `${what} ${quote(name)} is longer than ${limits.maxPathBytes} bytes`);
  }
  if (name.startsWith('/')) imageFail(IMAGE_ERROR.layer, `${what} ${quote(name)} is an absolute path`);
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') imageFail(IMAGE_ERROR.layer, `${what} ${quote(name)} contains '..'`);
    parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Rejects a symlink whose relative target climbs above the root from where the link sits. */
function checkSymlink(path: string, target: string, limits: LayerLimits): void {
  if (target.length === 0) imageFail(IMAGE_ERROR.layer, `symlink ${quote(path)} has an empty target`);
  if (target.includes('\0'))
    imageFail(IMAGE_ERROR.layer, `symlink ${quote(path)} target contains a NUL byte`);
  if (Buffer.byteLength(target) > limits.maxLinkBytes) {
    imageFail(IMAGE_ERROR.limit, `symlink ${quote(path)} target is longer than ${limits.maxLinkBytes} bytes`);
  }
  if (target.startsWith('/')) return; // resolves inside the container's root
  let depth = parentOf(path) === '/' ? 0 : parentOf(path).split('/').length - 1;
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    depth += part === '..' ? -1 : 1;
    if (depth < 0) imageFail(IMAGE_ERROR.layer, `symlink ${quote(path)} escapes the root (${quote(target)})`);
  }
}

/** Builds a LayerTree from tar entries, checking each as it comes. */
class LayerReader {
  readonly entries = new Map<string, LayerEntry>();
  readonly whiteouts = new Set<string>();
  readonly opaque = new Set<string>();
  private count = 0;
  private bytes = 0;

  constructor(
    private readonly limits: LayerLimits,
    private readonly what: string,
  ) {}

  header(h: TarHeader): void {
    if (++this.count > this.limits.maxEntries) {
      imageFail(IMAGE_ERROR.limit, `${this.what} has more than ${this.limits.maxEntries} entries`);
    }
    if (h.size > this.limits.maxEntryBytes) {
      imageFail(
        IMAGE_ERROR.limit,
        `${this.what} entry ${quote(h.name)} exceeds ${this.limits.maxEntryBytes} bytes`,
      );
    }
    this.bytes += h.size;
    if (this.bytes > this.limits.maxTotalBytes) {
      imageFail(
        IMAGE_ERROR.limit,
        `${this.what} exceeds ${this.limits.maxTotalBytes} bytes of content (tar bomb?)`,
      );
    }
    for (const id of [h.uid, h.gid]) {
      if (!Number.isSafeInteger(id) || id < 0 || id > MAX_ID) {
        imageFail(IMAGE_ERROR.layer, `${this.what} entry ${quote(h.name)} has an invalid uid/gid`);
      }
    }
  }

  entry(h: TarHeader, data: Uint8Array): void {
    const path = normaliseEntryName(h.name, this.limits);
    const name = baseName(path);
    if (name.startsWith(WHITEOUT)) {
      this.whiteout(path, name, h);
      return;
    }
    const meta = { mode: h.mode & 0o7777, uid: h.uid, gid: h.gid, mtime: h.mtime };
    let entry: LayerEntry;
    switch (h.type) {
      case 'file':
      case 'contiguous-file':
        entry = Object.freeze({ type: 'file', ...meta, data });
        break;
      case 'directory':
        entry = Object.freeze({ type: 'dir', ...meta });
        break;
      case 'symlink':
        checkSymlink(path, h.linkname, this.limits);
        entry = Object.freeze({ type: 'symlink', ...meta, target: h.linkname });
        break;
      case 'link': {
        if (h.linkname.startsWith('/')) {
          imageFail(
            IMAGE_ERROR.layer,
            `hard link ${quote(path)} escapes the root (absolute target ${quote(h.linkname)})`,
          );
        }
        if (h.linkname.split('/').includes('..')) {
          imageFail(
            IMAGE_ERROR.layer,
            `hard link ${quote(path)} escapes the root (target ${quote(h.linkname)})`,
          );
        }
        const target = normaliseEntryName(h.linkname, this.limits, 'hard link target');
        if (target === path) imageFail(IMAGE_ERROR.layer, `hard link ${quote(path)} links to itself`);
        entry = Object.freeze({ type: 'hardlink', target });
        break;
      }
      case 'character-device':
      case 'block-device':
        imageFail(IMAGE_ERROR.layer, `${this.what} entry ${quote(path)} is a device node (not allowed)`);
        break;
      case 'fifo':
        imageFail(IMAGE_ERROR.layer, `${this.what} entry ${quote(path)} is a fifo (not allowed)`);
        break;
      default:
        imageFail(
          IMAGE_ERROR.layer,
          `${this.what} entry ${quote(path)} has unsupported type ${quote(h.type)}`,
        );
    }
    if (path === '/' && entry.type !== 'dir')
      imageFail(IMAGE_ERROR.layer, `${this.what} replaces the root directory`);
    // Tar semantics: a later entry for a path replaces an earlier one (and moves to its position).
    this.entries.delete(path);
    this.entries.set(path, entry);
  }

  private whiteout(path: string, name: string, h: TarHeader): void {
    if (h.type !== 'file' && h.type !== 'contiguous-file') {
      imageFail(IMAGE_ERROR.layer, `whiteout ${quote(path)} is not a regular file`);
    }
    if (name === OPAQUE) {
      this.opaque.add(parentOf(path));
      return;
    }
    // Other `.wh..wh.` names are aufs bookkeeping (e.g. `.wh..wh.plnk`); like Docker, they carry no
    // change to the tree and are not copied into it.
    if (name.startsWith(`${WHITEOUT}${WHITEOUT}`)) return;
    const victim = name.slice(WHITEOUT.length);
    if (victim === '' || victim === '.' || victim === '..') {
      imageFail(IMAGE_ERROR.layer, `whiteout ${quote(path)} names no file`);
    }
    const dir = parentOf(path);
    this.whiteouts.add(dir === '/' ? `/${victim}` : `${dir}/${victim}`);
  }

  freeze(): LayerTree {
    return { entries: this.entries, whiteouts: this.whiteouts, opaque: this.opaque };
  }
}

/** Options for reading a layer. */
export interface ReadLayerOptions {
  limits?: Partial<LayerLimits>;
  /** Names the layer in error messages (e.g. its digest). */
  what?: string;
}

/**
 * Reads a layer tar (plain or gzip) into a LayerTree. Throws an `ImageError` (`ELAYER`/`ELIMIT`) on
 * hostile or corrupt input; on success the tree is complete and frozen.
 */
export async function readLayer(data: Uint8Array, options: ReadLayerOptions = {}): Promise<LayerTree> {
  const limits = resolveLimits(options.limits);
  const what = options.what ?? 'layer';
  const tar = await decompress(data, maxTarBytes(limits), what);
  const reader = new LayerReader(limits, what);
  await readTar(tar, what, reader);
  return reader.freeze();
}

/** Reads an already-uncompressed layer tar (e.g. after its diff_id was checked). */
export async function readLayerTar(tar: Uint8Array, options: ReadLayerOptions = {}): Promise<LayerTree> {
  const limits = resolveLimits(options.limits);
  const what = options.what ?? 'layer';
  if (tar.byteLength > maxTarBytes(limits))
    imageFail(IMAGE_ERROR.limit, `${what} exceeds ${maxTarBytes(limits)} bytes`);
  const reader = new LayerReader(limits, what);
  await readTar(tar, what, reader);
  return reader.freeze();
}
