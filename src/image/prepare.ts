// Host zone: turning an image's bytes into a verified image before anything is written: the manifest
// and config parse, every blob matches its digest and size, every layer decompresses to its diff_id
// and passes the hostile-layer checks, and the layers apply into a merged tree. Loads, imports and new
// images all pass through here, so a failure leaves the store untouched.

import { encodeConfig } from './canonical.js';
import { type Digest, sha256, verifyDigest } from './digest.js';
import { IMAGE_ERROR, imageFail } from './errors.js';
import { readLayerTar } from './layer.js';
import { type LayerLimits, maxTarBytes } from './limits.js';
import {
  type ContainerConfig,
  type Descriptor,
  encodeJson,
  type HistoryEntry,
  hostArchitecture,
  type ImageConfig,
  type ImageManifest,
  MEDIA_TYPE,
  parseImageConfig,
  parseManifest,
} from './oci.js';
import { decompress } from './tar-reader.js';
import type { MergedTree } from './tree.js';
import type { TreeCache } from './tree-cache.js';

/** Where a blob's bytes come from: a pending archive, or the store. */
export type BlobSource = (digest: Digest) => Promise<Uint8Array>;

/** A fully verified image, ready to be committed. */
export interface PreparedImage {
  manifestDigest: Digest;
  manifestBytes: Uint8Array;
  manifest: ImageManifest;
  /** The config digest: Docker's image ID. */
  id: Digest;
  configBytes: Uint8Array;
  config: ImageConfig;
  /** The blobs (config and layers) this image needs, by digest, as read. */
  blobs: Map<Digest, Uint8Array>;
  tree: MergedTree;
}

/** Decompresses a layer blob (whose digest is `blobDigest`) and checks it against its diff_id. */
export async function layerTarOf(
  blob: Uint8Array,
  blobDigest: Digest,
  diffId: Digest,
  limits: LayerLimits,
  what: string,
): Promise<Uint8Array> {
  const tar = await decompress(blob, maxTarBytes(limits), what);
  const actual = tar === blob ? blobDigest : sha256(tar);
  if (actual !== diffId)
    imageFail(IMAGE_ERROR.digest, `${what}: diff_id mismatch (expected ${diffId}, got ${actual})`);
  return tar;
}

/** Verifies an image given its manifest and a source for its blobs; builds (and caches) its tree. */
export async function prepareImage(
  manifestBytes: Uint8Array,
  source: BlobSource,
  limits: LayerLimits,
  cache: TreeCache,
): Promise<PreparedImage> {
  const manifestDigest = sha256(manifestBytes);
  const manifest = parseManifest(manifestBytes, `manifest ${manifestDigest}`);
  const id = manifest.config.digest;
  const configBytes = await source(id);
  verifyDigest(configBytes, id, `image config ${id}`);
  if (configBytes.byteLength !== manifest.config.size)
    imageFail(IMAGE_ERROR.format, `image config ${id}: size mismatch`);
  const config = parseImageConfig(configBytes, `image config ${id}`);
  const diffIds = config.rootfs.diff_ids;
  if (diffIds.length !== manifest.layers.length) {
    imageFail(
      IMAGE_ERROR.format,
      `manifest ${manifestDigest}: ${manifest.layers.length} layers but ${diffIds.length} diff_ids`,
    );
  }
  const blobs = new Map<Digest, Uint8Array>([[id, configBytes]]);
  // Every layer blob is read and hashed, even where the tree cache would let us skip it.
  for (const desc of manifest.layers) {
    const blob = await source(desc.digest);
    verifyDigest(blob, desc.digest, `layer ${desc.digest}`);
    if (blob.byteLength !== desc.size) imageFail(IMAGE_ERROR.format, `layer ${desc.digest}: size mismatch`);
    blobs.set(desc.digest, blob);
  }
  const tree = await cache.get(diffIds, async (i) => {
    const desc = manifest.layers[i]!;
    const what = `layer ${desc.digest}`;
    const tar = await layerTarOf(blobs.get(desc.digest)!, desc.digest, diffIds[i]!, limits, what);
    return readLayerTar(tar, { limits, what });
  });
  return { manifestDigest, manifestBytes, manifest, id, configBytes, config, blobs, tree };
}

/** The manifest tsvirt writes for a config and uncompressed layer tars: canonical, so it is reproducible. */
export function buildManifest(
  configBytes: Uint8Array,
  layers: readonly { digest: Digest; size: number; mediaType: string }[],
): Uint8Array {
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.manifest,
    config: { mediaType: MEDIA_TYPE.config, digest: sha256(configBytes), size: configBytes.byteLength },
    layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
  };
  return encodeJson(manifest);
}

/** Inputs for a new image on top of a base (or scratch). */
export interface ComposeInput {
  base: ImageConfig | undefined;
  /** The base image's layer descriptors (kept as they are, compressed or not). */
  baseLayers?: readonly Descriptor[];
  /** Uncompressed layer tars to add, in order. */
  layers: readonly Uint8Array[];
  /** Fields that replace the base's container config. */
  config?: ContainerConfig;
  /** History entries to append; by default one per new layer. */
  history?: readonly HistoryEntry[];
  created?: string;
  author?: string;
}

/** Builds the config bytes and layer descriptors of a new image (not yet verified). */
export function composeImage(input: ComposeInput): { configBytes: Uint8Array; manifestBytes: Uint8Array } {
  const created = input.created ?? new Date().toISOString();
  const layerDescs = input.layers.map((tar) => ({
    digest: sha256(tar),
    size: tar.byteLength,
    mediaType: MEDIA_TYPE.layerTar,
  }));
  const history = input.history ?? input.layers.map(() => ({ created, created_by: 'tsvirt' }));
  const configBytes = encodeConfig({
    created,
    ...(input.author !== undefined ? { author: input.author } : {}),
    architecture: input.base?.architecture || hostArchitecture(),
    os: input.base?.os || 'linux',
    config: { ...(input.base?.config ?? {}), ...(input.config ?? {}) },
    rootfs: {
      type: 'layers',
      diff_ids: [...(input.base?.rootfs.diff_ids ?? []), ...layerDescs.map((l) => l.digest)],
    },
    history: [...(input.base?.history ?? []), ...history],
  });
  return {
    configBytes,
    manifestBytes: buildManifest(configBytes, [...(input.baseLayers ?? []), ...layerDescs]),
  };
}
