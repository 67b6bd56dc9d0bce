// Host zone: every limit applied to untrusted image input, in one place, with the defaults.

/** Bounds on one layer or archive. Every field is a hard limit; exceeding one rejects the input. */
export interface LayerLimits {
  /** Most bytes of one regular file. */
  maxEntryBytes: number;
  /** Most bytes of all file contents in one layer (after decompression). */
  maxTotalBytes: number;
  /** Most entries (files, dirs, links, whiteouts) in one layer. */
  maxEntries: number;
  /** Longest path, in bytes (Linux PATH_MAX). */
  maxPathBytes: number;
  /** Longest symlink / hard-link target. */
  maxLinkBytes: number;
}

/** The defaults: generous for JS apps, far below what a tar bomb needs to hurt the host. */
export const DEFAULT_LAYER_LIMITS: Readonly<LayerLimits> = Object.freeze({
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntries: 200_000,
  maxPathBytes: 4096,
  maxLinkBytes: 4096,
});

/** Most bytes of an archive (`load`) or a flat rootfs tar (`import`) after decompression. */
export const DEFAULT_MAX_ARCHIVE_BYTES = 4 * 1024 * 1024 * 1024;

/** Most bytes of one JSON document (index, manifest, config) read from a store or an archive. */
export const MAX_JSON_BYTES = 4 * 1024 * 1024;

/** The tar headers and padding allowed on top of content bytes: three 512-byte blocks per entry. */
export function maxTarBytes(limits: LayerLimits): number {
  return limits.maxTotalBytes + limits.maxEntries * 1536 + 10240;
}

/** Fills a partial limits object from the defaults, rejecting nonsense values. */
export function resolveLimits(partial: Partial<LayerLimits> = {}): LayerLimits {
  const out: LayerLimits = { ...DEFAULT_LAYER_LIMITS };
  for (const key of Object.keys(DEFAULT_LAYER_LIMITS) as (keyof LayerLimits)[]) {
    const v = partial[key];
    if (v === undefined) continue;
    if (!Number.isSafeInteger(v) || v <= 0) throw new RangeError(`limit ${key} must be a positive integer`);
    out[key] = v;
  }
  return out;
}
