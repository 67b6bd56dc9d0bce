// Host zone (image): the store's read side — resolving a reference to an image (manifest, config,
// names) from index.json and blobs, with what it learns kept in the read cache (read-cache.ts), so a
// reference resolved before costs a stat of index.json and no asynchronous I/O. Readers take no lock;
// the race with a writer that garbage-collects blobs is handled here (see resolve).

import type { Digest } from './digest.js';
import { IMAGE_ERROR, ImageError } from './errors.js';
import { type Layout, readBlob } from './layout.js';
import { MAX_JSON_BYTES } from './limits.js';
import {
  type ImageConfig,
  type ImageManifest,
  type OciIndex,
  parseImageConfig,
  parseManifest,
} from './oci.js';
import { deepFreeze, type IndexSnapshot, ReadCache } from './read-cache.js';
import { findManifest, namesOf } from './refs.js';

/** An image found in the store (frozen: resolutions are shared by every caller). */
export interface ResolvedImage {
  manifestDigest: Digest;
  manifest: ImageManifest;
  /** The config digest: the image ID, as Docker reports it. */
  id: Digest;
  config: ImageConfig;
  /** `name:tag` references pointing at this image (sorted). */
  names: string[];
}

/** Reads images out of one layout, caching what cannot change and re-checking what can. */
export class StoreReader {
  private readonly cache: ReadCache<ResolvedImage>;

  constructor(private readonly layout: Layout) {
    this.cache = new ReadCache(layout.index);
  }

  /** The current index.json (cached until a stat says it changed). The layout must exist. */
  snapshot(): IndexSnapshot<ResolvedImage> {
    return this.cache.snapshot();
  }

  /** Drops the index snapshot: the store calls this after writing index.json. */
  invalidate(): void {
    this.cache.invalidate();
  }

  /** A manifest, parsed and frozen; kept by digest (its content cannot change). */
  async manifest(digest: Digest): Promise<ImageManifest> {
    const hit = this.cache.manifests.get(digest);
    if (hit !== undefined) return hit;
    const bytes = await readBlob(this.layout, digest, MAX_JSON_BYTES);
    const manifest = deepFreeze(parseManifest(bytes, `manifest ${digest}`));
    this.cache.manifests.set(digest, manifest);
    return manifest;
  }

  /** An image config, parsed and frozen; kept by digest. */
  async config(digest: Digest): Promise<ImageConfig> {
    const hit = this.cache.configs.get(digest);
    if (hit !== undefined) return hit;
    const bytes = await readBlob(this.layout, digest, MAX_JSON_BYTES);
    const config = deepFreeze(parseImageConfig(bytes, `image config ${digest}`));
    this.cache.configs.set(digest, config);
    return config;
  }

  /** The image a manifest describes, named as `index` names it. */
  async load(manifestDigest: Digest, index: OciIndex): Promise<ResolvedImage> {
    const manifest = await this.manifest(manifestDigest);
    const id = manifest.config.digest;
    const config = await this.config(id);
    const names = namesOf(index, manifestDigest);
    return deepFreeze({ manifestDigest, manifest, id, config, names });
  }

  /** The manifest digest a reference names in `index`. */
  find(ref: string, index: OciIndex): Promise<Digest> {
    return findManifest(ref, index, (d) => this.manifest(d));
  }

  /**
   * Resolves a reference, verifying the blobs it reads. The same reference under an unchanged
   * index.json resolves to the same (frozen) object without reading anything but a stat.
   */
  async resolve(ref: string): Promise<ResolvedImage> {
    // Another process may commit (and garbage-collect blobs) between our read of index.json and our
    // read of a blob it named. A blob missing under an index that has since changed means exactly
    // that race, so read the new index and try again.
    for (let attempt = 0; ; attempt++) {
      const snap = this.snapshot();
      const hit = snap.resolved.get(ref);
      if (hit !== undefined) return hit;
      try {
        const image = await this.load(await this.find(ref, snap.index), snap.index);
        snap.resolved.set(ref, image);
        return image;
      } catch (err) {
        const missingBlob =
          err instanceof ImageError && err.code === IMAGE_ERROR.notFound && /^blob /.test(err.message);
        if (!missingBlob || attempt >= 5) throw err;
        if (this.snapshot().bytes.equals(snap.bytes)) throw err;
      }
    }
  }
}
