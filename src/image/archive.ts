// Host zone: moving images in and out of the store as tar archives — `save` to docker-archive
// (manifest.json + repositories + config + layer tars) or OCI archive (oci-layout + index.json + blobs),
// `load` of either (detected, plain or gzip), and `import` of a flat rootfs tar as a one-layer image.
// Loads verify everything before writing (see prepare.ts), so a bad archive leaves the store unchanged.

import { mergeLayers } from './apply.js';
import { type ArchiveFiles, archiveFile, readArchive } from './archive-reader.js';
import { type Digest, digestHex, sha256, verifyDigest } from './digest.js';
import { IMAGE_ERROR, imageFail, quote } from './errors.js';
import { readLayer } from './layer.js';
import { DEFAULT_MAX_ARCHIVE_BYTES, maxTarBytes } from './limits.js';
import {
  CONTAINERD_NAME,
  type ContainerConfig,
  type Descriptor,
  encodeJson,
  hostArchitecture,
  isIndexType,
  MEDIA_TYPE,
  parseImageConfig,
  parseIndex,
  parseJsonObject,
  REF_NAME,
} from './oci.js';
import { buildManifest, type PreparedImage } from './prepare.js';
import { formatReference, normalizeTag, parseReference } from './reference.js';
import type { ImageStore, ResolvedImage } from './store.js';
import { decompress } from './tar-reader.js';
import { writeArchive, writeTreeTar } from './tar-writer.js';

export type ArchiveFormat = 'docker' | 'oci';

/** One image a load brought in. */
export interface LoadedImage {
  manifestDigest: Digest;
  id: Digest;
  names: string[];
}

export interface LoadResult {
  format: ArchiveFormat;
  images: LoadedImage[];
  /** Docker's report, one line per named image (`Loaded image: NAME:TAG`) or `Loaded image ID: …`. */
  messages: string[];
}

export interface LoadOptions {
  /** Most bytes the (decompressed) archive may have. */
  maxBytes?: number;
}

/** A manifest of an OCI archive's index, following one level of multi-platform index. */
function pickManifest(files: ArchiveFiles, d: Descriptor): Descriptor {
  if (!isIndexType(d.mediaType)) return d;
  const nested = parseIndex(blob(files, d.digest, true), `index ${d.digest}`);
  const arch = hostArchitecture();
  const pick =
    nested.manifests.find((m) => m.platform?.os === 'linux' && m.platform.architecture === arch) ??
    nested.manifests.find((m) => m.platform === undefined || m.platform.os === 'linux') ??
    nested.manifests[0];
  if (pick === undefined) imageFail(IMAGE_ERROR.format, `index ${d.digest} lists no manifests`);
  return pickManifest(files, pick);
}

/** A blob of an OCI archive; `check` verifies its digest (prepare.ts checks config and layers itself). */
function blob(files: ArchiveFiles, d: Digest, check = false): Uint8Array {
  const bytes = archiveFile(files, `blobs/sha256/${digestHex(d)}`);
  if (check) verifyDigest(bytes, d, `archive blob ${d}`);
  return bytes;
}

/** The `name:tag` an OCI index descriptor carries, if any. */
function ociName(d: Descriptor): string | undefined {
  const full = d.annotations?.[CONTAINERD_NAME];
  if (full !== undefined) return formatReference(parseReference(full));
  const ref = d.annotations?.[REF_NAME];
  // A bare ref.name ("latest") is only a tag, with no repository to attach it to.
  if (ref !== undefined && (ref.includes(':') || ref.includes('/'))) return normalizeTag(ref);
  return undefined;
}

async function prepareOci(store: ImageStore, files: ArchiveFiles): Promise<[PreparedImage, string[]][]> {
  parseJsonObject(archiveFile(files, 'oci-layout'), 'oci-layout');
  const index = parseIndex(archiveFile(files, 'index.json'), 'archive index.json');
  const out = new Map<Digest, [PreparedImage, string[]]>();
  for (const top of index.manifests) {
    const d = pickManifest(files, top);
    let entry = out.get(d.digest);
    if (entry === undefined) {
      const prepared = await store.prepare(blob(files, d.digest, true), async (b) => blob(files, b));
      entry = [prepared, []];
      out.set(d.digest, entry);
    }
    const name = ociName(top);
    if (name !== undefined && !entry[1].includes(name)) entry[1].push(name);
  }
  return [...out.values()];
}

interface DockerManifestEntry {
  Config: string;
  RepoTags: string[];
  Layers: string[];
}

function parseDockerManifest(bytes: Uint8Array): DockerManifestEntry[] {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    imageFail(IMAGE_ERROR.format, 'manifest.json is not valid JSON');
  }
  if (!Array.isArray(v)) imageFail(IMAGE_ERROR.format, 'manifest.json is not an array');
  return v.map((e: unknown, i) => {
    const o = e as Partial<Record<keyof DockerManifestEntry, unknown>>;
    const strs = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
    if (typeof o !== 'object' || o === null || typeof o.Config !== 'string' || !strs(o.Layers)) {
      imageFail(IMAGE_ERROR.format, `manifest.json[${i}] must have Config and Layers`);
    }
    if (o.RepoTags !== undefined && o.RepoTags !== null && !strs(o.RepoTags)) {
      imageFail(IMAGE_ERROR.format, `manifest.json[${i}].RepoTags must be an array of strings`);
    }
    return {
      Config: o.Config,
      RepoTags: (o.RepoTags as string[] | null) ?? [],
      Layers: o.Layers as string[],
    };
  });
}

async function prepareDocker(store: ImageStore, files: ArchiveFiles): Promise<[PreparedImage, string[]][]> {
  const out: [PreparedImage, string[]][] = [];
  for (const entry of parseDockerManifest(archiveFile(files, 'manifest.json'))) {
    const configBytes = archiveFile(files, entry.Config.replace(/^\.\//, ''));
    const config = parseImageConfig(configBytes, entry.Config);
    // Docker archives carry uncompressed layers; a gzip one is stored uncompressed, so its blob
    // digest is its diff_id and the manifest comes out the same as the one that was saved.
    const blobs = new Map<Digest, Uint8Array>([[sha256(configBytes), configBytes]]);
    const layers = entry.Layers.map((name, i) => {
      const diffId = config.rootfs.diff_ids[i];
      if (diffId === undefined) imageFail(IMAGE_ERROR.format, `${entry.Config}: fewer diff_ids than layers`);
      return { name, diffId };
    });
    const descs: { digest: Digest; size: number; mediaType: string }[] = [];
    for (const { name, diffId } of layers) {
      const raw = archiveFile(files, name.replace(/^\.\//, ''));
      const tar = await decompress(raw, maxTarBytes(store.limits), `layer ${quote(name)}`);
      const actual = sha256(tar);
      if (actual !== diffId) {
        imageFail(
          IMAGE_ERROR.digest,
          `layer ${quote(name)}: diff_id mismatch (expected ${diffId}, got ${actual})`,
        );
      }
      blobs.set(diffId, tar);
      descs.push({ digest: diffId, size: tar.byteLength, mediaType: MEDIA_TYPE.layerTar });
    }
    const manifestBytes = buildManifest(configBytes, descs);
    const prepared = await store.prepare(manifestBytes, async (d) => {
      const b = blobs.get(d);
      if (b === undefined) imageFail(IMAGE_ERROR.format, `docker archive is missing blob ${d}`);
      return b;
    });
    out.push([prepared, entry.RepoTags.map(normalizeTag)]);
  }
  return out;
}

/**
 * Loads a docker-archive or OCI archive (detected; plain or gzip) into the store. Every image is
 * verified before anything is written; on any error the store is unchanged.
 */
export async function loadArchive(
  store: ImageStore,
  data: Uint8Array,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const files = await readArchive(data, options.maxBytes ?? DEFAULT_MAX_ARCHIVE_BYTES);
  let format: ArchiveFormat;
  let images: [PreparedImage, string[]][];
  if (files.has('oci-layout') && files.has('index.json')) {
    format = 'oci';
    images = await prepareOci(store, files);
  } else if (files.has('manifest.json')) {
    format = 'docker';
    images = await prepareDocker(store, files);
  } else {
    imageFail(
      IMAGE_ERROR.format,
      'archive is neither a docker-archive (manifest.json) nor an OCI archive (oci-layout, index.json)',
    );
  }
  if (images.length === 0) imageFail(IMAGE_ERROR.format, 'archive contains no images');
  await store.commit(
    images.map(([p]) => p),
    images.map(([, n]) => n),
  );
  const messages: string[] = [];
  for (const [p, names] of images) {
    if (names.length === 0) messages.push(`Loaded image ID: ${p.id}`);
    for (const n of names) messages.push(`Loaded image: ${n}`);
  }
  return {
    format,
    images: images.map(([p, names]) => ({ manifestDigest: p.manifestDigest, id: p.id, names })),
    messages,
  };
}

/** The images to save and the names to save them under (a name ref keeps just that name). */
async function resolveForSave(
  store: ImageStore,
  refs: readonly string[],
): Promise<[ResolvedImage, string[]][]> {
  const out = new Map<Digest, [ResolvedImage, string[]]>();
  for (const ref of refs) {
    const img = await store.resolve(ref);
    const entry = out.get(img.manifestDigest) ?? [img, []];
    out.set(img.manifestDigest, entry);
    let name: string | undefined;
    try {
      const p = parseReference(ref);
      if (p.tag !== undefined) name = `${p.name}:${p.tag}`;
    } catch {
      // an ID: saved without a name
    }
    if (name !== undefined && img.names.includes(name) && !entry[1].includes(name)) entry[1].push(name);
  }
  return [...out.values()];
}

/** Writes images as a docker-archive (`docker save`'s classic layout). Layers are uncompressed. */
async function saveDocker(store: ImageStore, images: [ResolvedImage, string[]][]): Promise<Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const manifest: DockerManifestEntry[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  for (const [img, names] of images) {
    files.set(`${digestHex(img.id)}.json`, await store.readBlob(img.id));
    const layers: string[] = [];
    for (let i = 0; i < img.manifest.layers.length; i++) {
      const diffId = img.config.rootfs.diff_ids[i] as Digest;
      const name = `${digestHex(diffId)}/layer.tar`;
      if (!files.has(name)) files.set(name, await store.layerTar(img, i));
      layers.push(name);
    }
    manifest.push({ Config: `${digestHex(img.id)}.json`, RepoTags: names, Layers: layers });
    const top = layers[layers.length - 1];
    for (const n of names) {
      const p = parseReference(n);
      if (top === undefined || p.tag === undefined) continue;
      const repo = repositories[p.name] ?? {};
      repo[p.tag] = top.split('/')[0] as string;
      repositories[p.name] = repo;
    }
  }
  files.set('manifest.json', encodeJson(manifest));
  files.set('repositories', encodeJson(repositories));
  return writeArchive(files);
}

/** Writes images as an OCI archive (an image layout in a tar). Blobs are copied as stored. */
async function saveOci(store: ImageStore, images: [ResolvedImage, string[]][]): Promise<Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const manifests: Descriptor[] = [];
  const put = async (d: Digest) => {
    const name = `blobs/sha256/${digestHex(d)}`;
    if (!files.has(name)) files.set(name, await store.readBlob(d));
    return files.get(name) as Uint8Array;
  };
  for (const [img, names] of images) {
    const size = (await put(img.manifestDigest)).byteLength;
    await put(img.id);
    for (const l of img.manifest.layers) await put(l.digest);
    const base = { mediaType: MEDIA_TYPE.manifest, digest: img.manifestDigest, size };
    if (names.length === 0) manifests.push(base);
    // Docker's convention: ref.name is the tag, the full name is containerd's annotation.
    for (const n of names) {
      const p = parseReference(n);
      manifests.push({ ...base, annotations: { [CONTAINERD_NAME]: n, [REF_NAME]: p.tag ?? 'latest' } });
    }
  }
  files.set('oci-layout', encodeJson({ imageLayoutVersion: '1.0.0' }));
  files.set('index.json', encodeJson({ schemaVersion: 2, mediaType: MEDIA_TYPE.index, manifests }));
  return writeArchive(files);
}

/** Saves images (by reference or ID) as one archive of the given format. */
export async function saveImages(
  store: ImageStore,
  refs: readonly string[],
  format: ArchiveFormat = 'docker',
): Promise<Uint8Array> {
  if (refs.length === 0) imageFail(IMAGE_ERROR.reference, 'save needs at least one image');
  const images = await resolveForSave(store, refs);
  return format === 'oci' ? saveOci(store, images) : saveDocker(store, images);
}

export interface ImportOptions {
  /** `name[:tag]` for the new image. */
  tag?: string;
  /** Container config for the image (Docker's `import --change`). */
  config?: ContainerConfig;
  /** The history comment (Docker's `import --message`). */
  message?: string;
  created?: string;
}

/**
 * Imports a flat rootfs tar (plain or gzip, untrusted) as a one-layer image. The layer is rewritten
 * canonically (sorted, no whiteouts), so importing the same tree twice gives the same image.
 */
export async function importRootfs(
  store: ImageStore,
  data: Uint8Array,
  options: ImportOptions = {},
): Promise<ResolvedImage> {
  const tree = mergeLayers([await readLayer(data, { limits: store.limits, what: 'rootfs tar' })]);
  const layer = await writeTreeTar(tree);
  const created = options.created ?? new Date().toISOString();
  return store.createImage({
    layers: [layer],
    created,
    history: [{ created, created_by: 'tsvirt import', comment: options.message ?? 'Imported from tar' }],
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.tag !== undefined ? { tags: [options.tag] } : {}),
  });
}
