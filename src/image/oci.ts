// Host zone: the OCI image-spec documents (index, manifest, image config) as types, with validators
// that turn untrusted JSON into them. Unknown fields are kept out (a validator copies only what tsvirt
// uses); fields that are present but of the wrong type are a one-line `EFORMAT` error.

import { type Digest, parseDigest } from './digest.js';
import { IMAGE_ERROR, imageFail } from './errors.js';
import { MAX_JSON_BYTES } from './limits.js';

export const MEDIA_TYPE = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerTar: 'application/vnd.oci.image.layer.v1.tar',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

const LAYER_TYPES = new Set<string>([
  MEDIA_TYPE.layerTar,
  MEDIA_TYPE.layerGzip,
  MEDIA_TYPE.dockerLayer,
  'application/vnd.docker.image.rootfs.diff.tar',
]);

/** The annotation holding a reference name on an index descriptor. */
export const REF_NAME = 'org.opencontainers.image.ref.name';
/** containerd's / Docker's annotation with the full image name (used when loading archives). */
export const CONTAINERD_NAME = 'io.containerd.image.name';

export interface Platform {
  architecture: string;
  os: string;
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: Digest;
  size: number;
  annotations?: Record<string, string>;
  platform?: Platform;
}

export interface OciIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

/** The runtime defaults an image gives its containers (the `config` object of an image config). */
export interface ContainerConfig {
  User?: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  Volumes?: Record<string, Record<string, never>>;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  author?: string;
  comment?: string;
  empty_layer?: boolean;
}

export interface ImageConfig {
  created?: string;
  author?: string;
  architecture: string;
  os: string;
  config: ContainerConfig;
  rootfs: { type: 'layers'; diff_ids: Digest[] };
  history: HistoryEntry[];
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses bytes as a JSON object, bounded in size. */
export function parseJsonObject(bytes: Uint8Array, what: string): Json {
  if (bytes.byteLength > MAX_JSON_BYTES)
    imageFail(IMAGE_ERROR.limit, `${what} is larger than ${MAX_JSON_BYTES} bytes`);
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    imageFail(IMAGE_ERROR.format, `${what} is not valid JSON`);
  }
  if (!isObject(v)) imageFail(IMAGE_ERROR.format, `${what} is not a JSON object`);
  return v;
}

function str(o: Json, key: string, what: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') imageFail(IMAGE_ERROR.format, `${what}: ${key} must be a string`);
  return v;
}

function strArray(o: Json, key: string, what: string): string[] | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    imageFail(IMAGE_ERROR.format, `${what}: ${key} must be an array of strings`);
  }
  return [...v];
}

function strRecord(o: Json, key: string, what: string): Record<string, string> | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (!isObject(v) || !Object.values(v).every((x) => typeof x === 'string')) {
    imageFail(IMAGE_ERROR.format, `${what}: ${key} must be an object of strings`);
  }
  return Object.assign(Object.create(null), v) as Record<string, string>;
}

function keySet(o: Json, key: string, what: string): Record<string, Record<string, never>> | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) imageFail(IMAGE_ERROR.format, `${what}: ${key} must be an object`);
  // Keys come from untrusted JSON: a null-prototype object keeps `__proto__` an ordinary key.
  const out = Object.create(null) as Record<string, Record<string, never>>;
  for (const k of Object.keys(v).sort()) out[k] = {};
  return out;
}

/** Validates a descriptor. */
export function parseDescriptor(v: unknown, what: string): Descriptor {
  if (!isObject(v)) imageFail(IMAGE_ERROR.format, `${what} is not an object`);
  const mediaType = str(v, 'mediaType', what) ?? '';
  const digest = parseDigest(v.digest, what);
  const size = v.size;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    imageFail(IMAGE_ERROR.format, `${what}: size must be a non-negative integer`);
  }
  const d: Descriptor = { mediaType, digest, size };
  const annotations = strRecord(v, 'annotations', what);
  if (annotations !== undefined) d.annotations = annotations;
  if (isObject(v.platform)) {
    const architecture = str(v.platform, 'architecture', what) ?? '';
    const os = str(v.platform, 'os', what) ?? '';
    d.platform = { architecture, os };
  }
  return d;
}

function parseDescriptors(v: unknown, what: string): Descriptor[] {
  if (!Array.isArray(v)) imageFail(IMAGE_ERROR.format, `${what} must be an array`);
  return v.map((d, i) => parseDescriptor(d, `${what}[${i}]`));
}

/** Validates an image index (index.json). */
export function parseIndex(bytes: Uint8Array, what = 'index.json'): OciIndex {
  const o = parseJsonObject(bytes, what);
  if (o.schemaVersion !== 2) imageFail(IMAGE_ERROR.format, `${what}: unsupported schemaVersion`);
  return {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.index,
    manifests: parseDescriptors(o.manifests, `${what} manifests`),
  };
}

/** True when a descriptor names an index (a multi-platform list) rather than one image. */
export function isIndexType(mediaType: string): boolean {
  return mediaType === MEDIA_TYPE.index || mediaType === MEDIA_TYPE.dockerManifestList;
}

/** Validates an image manifest; only tar/gzip layers are accepted. */
export function parseManifest(bytes: Uint8Array, what = 'manifest'): ImageManifest {
  const o = parseJsonObject(bytes, what);
  if (o.schemaVersion !== 2) imageFail(IMAGE_ERROR.format, `${what}: unsupported schemaVersion`);
  const mediaType = str(o, 'mediaType', what);
  if (
    mediaType !== undefined &&
    mediaType !== MEDIA_TYPE.manifest &&
    mediaType !== MEDIA_TYPE.dockerManifest
  ) {
    imageFail(IMAGE_ERROR.format, `${what}: unsupported media type ${JSON.stringify(mediaType)}`);
  }
  const config = parseDescriptor(o.config, `${what} config`);
  const layers = parseDescriptors(o.layers, `${what} layers`);
  for (const l of layers) {
    if (!LAYER_TYPES.has(l.mediaType)) {
      imageFail(IMAGE_ERROR.format, `${what}: unsupported layer media type ${JSON.stringify(l.mediaType)}`);
    }
  }
  const m: ImageManifest = { schemaVersion: 2, config, layers };
  if (mediaType !== undefined) m.mediaType = mediaType;
  const annotations = strRecord(o, 'annotations', what);
  if (annotations !== undefined) m.annotations = annotations;
  return m;
}

function parseContainerConfig(v: unknown, what: string): ContainerConfig {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) imageFail(IMAGE_ERROR.format, `${what} must be an object`);
  const c: ContainerConfig = {};
  const set = <K extends keyof ContainerConfig>(k: K, val: ContainerConfig[K] | undefined) => {
    if (val !== undefined) c[k] = val;
  };
  set('User', str(v, 'User', what));
  set('ExposedPorts', keySet(v, 'ExposedPorts', what));
  set('Env', strArray(v, 'Env', what));
  set('Entrypoint', strArray(v, 'Entrypoint', what));
  set('Cmd', strArray(v, 'Cmd', what));
  set('Volumes', keySet(v, 'Volumes', what));
  set('WorkingDir', str(v, 'WorkingDir', what));
  set('Labels', strRecord(v, 'Labels', what));
  set('StopSignal', str(v, 'StopSignal', what));
  return c;
}

function parseHistory(v: unknown, what: string): HistoryEntry[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) imageFail(IMAGE_ERROR.format, `${what} must be an array`);
  return v.map((h, i) => {
    const w = `${what}[${i}]`;
    if (!isObject(h)) imageFail(IMAGE_ERROR.format, `${w} must be an object`);
    const e: HistoryEntry = {};
    for (const k of ['created', 'created_by', 'author', 'comment'] as const) {
      const s = str(h, k, w);
      if (s !== undefined) e[k] = s;
    }
    if (h.empty_layer === true) e.empty_layer = true;
    return e;
  });
}

/** Validates an image config (the JSON whose digest is the image ID). */
export function parseImageConfig(bytes: Uint8Array, what = 'image config'): ImageConfig {
  const o = parseJsonObject(bytes, what);
  const rootfs = o.rootfs;
  if (!isObject(rootfs) || rootfs.type !== 'layers' || !Array.isArray(rootfs.diff_ids)) {
    imageFail(IMAGE_ERROR.format, `${what}: rootfs must be {type: "layers", diff_ids: [...]}`);
  }
  const diffIds = rootfs.diff_ids.map((d, i) => parseDigest(d, `${what} diff_ids[${i}]`));
  const cfg: ImageConfig = {
    architecture: str(o, 'architecture', what) ?? '',
    os: str(o, 'os', what) ?? '',
    config: parseContainerConfig(o.config, `${what} config`),
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: parseHistory(o.history, `${what} history`),
  };
  const created = str(o, 'created', what);
  if (created !== undefined) cfg.created = created;
  const author = str(o, 'author', what);
  if (author !== undefined) cfg.author = author;
  return cfg;
}

/** Serialises a document as the bytes that are stored and hashed (compact, key order as built). */
export function encodeJson(doc: unknown): Uint8Array {
  return Buffer.from(JSON.stringify(doc), 'utf8');
}

/** The OCI architecture name for this host (JS is portable, but tools expect a real one). */
export function hostArchitecture(): string {
  const map: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    s390x: 's390x',
    ppc64: 'ppc64le',
  };
  return map[process.arch] ?? process.arch;
}
