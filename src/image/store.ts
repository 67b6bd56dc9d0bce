// Host zone: the image store — an OCI image layout under `$TSVIRT_HOME/images` holding manifests,
// configs and layers as content-addressed blobs, with `name:tag` references as
// `org.opencontainers.image.ref.name` annotations on index.json's descriptors.
//
// Concurrency and atomicity. Every file is written to a temp file in the layout's `tmp/` (same
// filesystem), fsynced and renamed into place, so a reader (another CLI process, a crash) sees either
// the old or the new file, never a partial one. Blobs are content-addressed and immutable; index.json
// is the only mutable file, and every change to the store (blob writes, index.json read-modify-write,
// blob garbage collection) runs under one lock file (`index.lock`, created with O_EXCL, stale locks
// of dead or hung holders broken — see lock.ts). Everything that can fail on bad input (parsing,
// digests, hostile layers, tree building — prepare.ts) happens before the lock is taken and before
// anything is written, so a failed load or build leaves the store byte-for-byte as it was. Readers
// take no lock: they read index.json (always whole) and then blobs, verifying every blob's digest;
// a blob garbage-collected between the two reads surfaces as "image not found". What readers learn
// is kept (reader.ts, read-cache.ts): blobs by digest, index.json until a stat says it changed, so
// resolving an image that was resolved before does no asynchronous I/O.

import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { type Digest, isDigest, sha256 } from './digest.js';
import { IMAGE_ERROR, ImageError, imageFail, quote } from './errors.js';
import { readLayerTar } from './layer.js';
import { atomicWrite, blobBytes, defaultHome, initLayout, Layout, readBlob, writeBlob } from './layout.js';
import { type LayerLimits, MAX_JSON_BYTES, maxTarBytes, resolveLimits } from './limits.js';
import { processAlive, withLock } from './lock.js';
import {
  type ContainerConfig,
  type Descriptor,
  encodeJson,
  type HistoryEntry,
  type ImageManifest,
  MEDIA_TYPE,
  type OciIndex,
  parseIndex,
} from './oci.js';
import { composeImage, layerTarOf, type PreparedImage, prepareImage } from './prepare.js';
import { type ResolvedImage, StoreReader } from './reader.js';
import { normalizeTag, parseReference } from './reference.js';
import { refName, removeName, setName } from './refs.js';
import { decompress } from './tar-reader.js';
import type { MergedTree } from './tree.js';
import { TreeCache } from './tree-cache.js';
import { type HistoryRow, type ImageInspect, imageHistory, inspectImage } from './views.js';

export type { ResolvedImage } from './reader.js';

/** One row of `images`. */
export interface ImageSummary {
  id: Digest;
  manifestDigest: Digest;
  names: string[];
  created: string | undefined;
  /** Bytes of the image's blobs (config and layers as stored). */
  size: number;
}

/** Says whether an image is in use, e.g. by a container; a string names the user (for the error). */
export type InUseCheck = (image: { id: Digest; manifestDigest: Digest }) => string | boolean | undefined;

export interface ImageStoreOptions {
  /** The tsvirt home; the image layout is `<home>/images`. Default: `defaultHome()`. */
  home?: string;
  /** Limits for every layer read (loads, imports, builds, trees). */
  limits?: Partial<LayerLimits>;
  /** Consulted by `rmi` before deleting an image. */
  inUse?: InUseCheck;
  /** How long a writer waits for the store lock (ms). */
  lockTimeoutMs?: number;
  /** Share merged trees with other stores of this process (default: one cache per store). */
  treeCache?: TreeCache;
}

/** Options for a new image built on a base (or scratch). */
export interface CreateImageOptions {
  /** Base image reference; omitted or null for scratch. */
  base?: string | null;
  /** Layer tars (plain or gzip) to add on top, in order; each is checked like untrusted input. */
  layers?: readonly Uint8Array[];
  /** Container config fields replacing the base's. */
  config?: ContainerConfig;
  history?: readonly HistoryEntry[];
  /** RFC 3339 creation time (default: now). Fix it for reproducible digests. */
  created?: string;
  author?: string;
  /** `name[:tag]` references to point at the new image. */
  tags?: readonly string[];
  /** A build step's image: kept (the build cache points at it) but left out of `list()`. */
  intermediate?: boolean;
}

export interface RmiOptions {
  force?: boolean;
  inUse?: InUseCheck;
}

/** The index.json annotation marking a build step's image (hidden from `list()`). */
const INTERMEDIATE = 'io.tsvirt.build.intermediate';

export class ImageStore {
  readonly home: string;
  readonly layout: Layout;
  readonly limits: LayerLimits;
  private readonly cache: TreeCache;
  private readonly inUse: InUseCheck | undefined;
  private readonly lockTimeoutMs: number;
  private ready: Promise<void> | undefined;
  private readonly reader: StoreReader;

  constructor(options: ImageStoreOptions = {}) {
    this.home = options.home ?? defaultHome();
    this.layout = new Layout(this.home);
    this.limits = resolveLimits(options.limits);
    this.inUse = options.inUse;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 30_000;
    this.cache = options.treeCache ?? new TreeCache();
    this.reader = new StoreReader(this.layout);
  }

  /** Creates the layout if needed (every method calls it). */
  init(): Promise<void> {
    this.ready ??= initLayout(this.layout).catch((e: unknown) => {
      this.ready = undefined;
      throw e;
    });
    return this.ready;
  }

  /** The current index.json (read-only: it is shared with every reader until the file changes). */
  async readIndex(): Promise<OciIndex> {
    await this.init();
    return this.reader.snapshot().index;
  }

  /** Reads a blob, checking its digest. */
  async readBlob(digest: Digest): Promise<Uint8Array> {
    await this.init();
    return readBlob(this.layout, digest);
  }

  /** Every image (one row per manifest), newest first. */
  async list(): Promise<ImageSummary[]> {
    const index = await this.readIndex();
    const seen = new Set<Digest>();
    const out: ImageSummary[] = [];
    for (const d of index.manifests) {
      if (seen.has(d.digest) || d.annotations?.[INTERMEDIATE] !== undefined) continue;
      seen.add(d.digest);
      const img = await this.reader.load(d.digest, index);
      const size = img.manifest.config.size + img.manifest.layers.reduce((n, l) => n + l.size, 0);
      out.push({
        id: img.id,
        manifestDigest: img.manifestDigest,
        names: img.names,
        created: img.config.created,
        size,
      });
    }
    return out.sort((a, b) => (b.created ?? '').localeCompare(a.created ?? ''));
  }

  private find(ref: string, index: OciIndex): Promise<Digest> {
    return this.reader.find(ref, index);
  }

  private readManifest(digest: Digest): Promise<ImageManifest> {
    return this.reader.manifest(digest);
  }

  /**
   * Resolves a reference to an image (manifest, config, names), verifying the blobs it reads. The
   * result is frozen and shared: the same reference under an unchanged index.json resolves to the
   * same object without reading anything but a stat.
   */
  async resolve(ref: string): Promise<ResolvedImage> {
    await this.init();
    return this.reader.resolve(ref);
  }

  /** Docker's `image inspect` record for a reference. */
  async inspect(ref: string): Promise<ImageInspect> {
    return inspectImage(await this.resolve(ref));
  }

  /** Docker's `history` rows for a reference, newest first. */
  async history(ref: string): Promise<HistoryRow[]> {
    return imageHistory(await this.resolve(ref));
  }

  /** True when the reference names an image in the store. */
  async has(ref: string): Promise<boolean> {
    try {
      await this.resolve(ref);
      return true;
    } catch (e) {
      if (e instanceof ImageError && e.code === IMAGE_ERROR.notFound) return false;
      throw e;
    }
  }

  /** The uncompressed, diff_id-checked tar of layer `i` of an image. */
  async layerTar(image: ResolvedImage, i: number): Promise<Uint8Array> {
    const desc = image.manifest.layers[i];
    const diffId = image.config.rootfs.diff_ids[i];
    if (desc === undefined || diffId === undefined) throw new RangeError(`image has no layer ${i}`);
    const blob = await readBlob(this.layout, desc.digest);
    return layerTarOf(blob, desc.digest, diffId, this.limits, `layer ${desc.digest}`);
  }

  /**
   * The image's read-only root filesystem: its layers applied in order. Built once per process and
   * shared (by layer chain) with every other caller for as long as anyone holds it.
   */
  async mergedTree(image: string | ResolvedImage): Promise<MergedTree> {
    const img = typeof image === 'string' ? await this.resolve(image) : image;
    return this.cache.get(img.config.rootfs.diff_ids, async (i) =>
      readLayerTar(await this.layerTar(img, i), {
        limits: this.limits,
        what: `layer ${img.manifest.layers[i]!.digest}`,
      }),
    );
  }

  /** Verifies an image from a manifest and a blob source, without writing anything. */
  prepare(manifestBytes: Uint8Array, source: (d: Digest) => Promise<Uint8Array>): Promise<PreparedImage> {
    return prepareImage(manifestBytes, source, this.limits, this.cache);
  }

  /**
   * Writes prepared images and points names at them, all under the store lock. `names[i]` are the
   * references for `images[i]` (canonical `name:tag`); an image with none is stored untagged.
   */
  async commit(
    images: readonly PreparedImage[],
    names: readonly (readonly string[])[],
    options: { intermediate?: boolean } = {},
  ): Promise<void> {
    await this.init();
    await this.locked(async (index) => {
      for (const img of images) {
        for (const [d, bytes] of img.blobs) await writeBlob(this.layout, bytes, d);
        await writeBlob(this.layout, img.manifestBytes, img.manifestDigest);
      }
      images.forEach((img, i) => {
        const desc: Descriptor = {
          mediaType: MEDIA_TYPE.manifest,
          digest: img.manifestDigest,
          size: img.manifestBytes.byteLength,
          ...(options.intermediate ? { annotations: { [INTERMEDIATE]: 'true' } } : {}),
        };
        const refs = names[i] ?? [];
        if (refs.length === 0 && !index.manifests.some((d) => d.digest === img.manifestDigest))
          index.manifests.push(desc);
        for (const n of refs) setName(index, desc, n);
      });
    });
  }

  /** Builds a new image from a base and layer tars, stores it and returns it. */
  async createImage(options: CreateImageOptions): Promise<ResolvedImage> {
    const base = options.base ? await this.resolve(options.base) : undefined;
    const tars: Uint8Array[] = [];
    for (const layer of options.layers ?? [])
      tars.push(await decompress(layer, maxTarBytes(this.limits), 'new layer'));
    const tags = (options.tags ?? []).map(normalizeTag);
    const { configBytes, manifestBytes } = composeImage({
      base: base?.config,
      baseLayers: base?.manifest.layers ?? [],
      layers: tars,
      ...pick(options),
    });
    const pending = new Map<Digest, Uint8Array>([[sha256(configBytes), configBytes]]);
    for (const t of tars) pending.set(sha256(t), t);
    const prepared = await this.prepare(
      manifestBytes,
      async (d) => pending.get(d) ?? readBlob(this.layout, d),
    );
    await this.commit([prepared], [tags], { intermediate: options.intermediate === true });
    return this.resolve(prepared.manifestDigest);
  }

  /** Makes a build's last step image a listed image: named by `tags`, or untagged (`<none>`). */
  async publish(digest: Digest, tags: readonly string[]): Promise<void> {
    const names = tags.map(normalizeTag);
    await this.locked(async (index) => {
      const at = index.manifests.findIndex((d) => d.digest === digest);
      const desc = index.manifests[at];
      if (desc === undefined) imageFail(IMAGE_ERROR.notFound, `No such image: ${digest}`);
      if (desc.annotations?.[INTERMEDIATE] !== undefined)
        index.manifests[at] = { mediaType: desc.mediaType, digest, size: desc.size };
      for (const n of names) setName(index, desc, n);
    });
  }

  /**
   * Removes every build step's image (the hidden, intermediate ones) and the blobs only they used:
   * `builder prune`. Returns how many were removed and the bytes the store shrank by.
   */
  async pruneIntermediate(): Promise<{ images: number; bytes: number }> {
    const before = await blobBytes(this.layout);
    const images = await this.locked(async (index) => {
      const n = index.manifests.length;
      index.manifests = index.manifests.filter((d) => d.annotations?.[INTERMEDIATE] === undefined);
      return n - index.manifests.length;
    }, true);
    return { images, bytes: Math.max(0, before - (await blobBytes(this.layout))) };
  }

  /** Points `target` (`name[:tag]`) at the image `source` names. */
  async tag(source: string, target: string): Promise<void> {
    const name = normalizeTag(target);
    await this.locked(async (index) => {
      const digest = await this.find(source, index);
      const size = (await readBlob(this.layout, digest, MAX_JSON_BYTES)).byteLength;
      setName(index, { mediaType: MEDIA_TYPE.manifest, digest, size }, name);
    });
  }

  /**
   * Removes a reference, and the image once no reference is left (Docker's rmi). Returns Docker's
   * report lines (`Untagged: …`, `Deleted: …`). Refuses an image in use unless forced (and then only
   * untags it).
   */
  async rmi(ref: string, options: RmiOptions = {}): Promise<string[]> {
    const inUse = options.inUse ?? this.inUse;
    return this.locked(async (index) => {
      const digest = await this.find(ref, index);
      const manifest = await this.readManifest(digest);
      const names = index.manifests
        .filter((d) => d.digest === digest)
        .map(refName)
        .filter((n): n is string => !!n);
      let byName: string | undefined;
      try {
        const p = parseReference(ref);
        if (p.tag !== undefined && names.includes(`${p.name}:${p.tag}`)) byName = `${p.name}:${p.tag}`;
      } catch {
        // an ID
      }
      if (byName !== undefined && names.length > 1) {
        removeName(index, byName);
        return [`Untagged: ${byName}`];
      }
      if (byName === undefined && names.length > 1 && !options.force) {
        imageFail(
          IMAGE_ERROR.conflict,
          `conflict: unable to delete ${ref} (must be forced) - image is referenced in multiple repositories`,
        );
      }
      const user = inUse?.({ id: manifest.config.digest, manifestDigest: digest });
      if (user) {
        const who = typeof user === 'string' ? `container ${user}` : 'a container';
        if (!options.force) {
          const what = byName !== undefined ? `repository reference ${quote(byName)}` : ref;
          imageFail(
            IMAGE_ERROR.conflict,
            `conflict: unable to remove ${what} (must force) - ${who} is using its referenced image ${manifest.config.digest.slice(7, 19)}`,
          );
        }
        for (const n of names) removeName(index, n);
        return names.map((n) => `Untagged: ${n}`);
      }
      index.manifests = index.manifests.filter((d) => d.digest !== digest);
      const lines = names.map((n) => `Untagged: ${n}`);
      lines.push(`Deleted: ${digest}`);
      return lines;
    }, true);
  }

  /** Runs `fn` on index.json under the store lock and writes the index back; optionally collects garbage. */
  private async locked<T>(fn: (index: OciIndex) => Promise<T>, gc = false): Promise<T> {
    await this.init();
    return withLock(
      this.layout.lock,
      async () => {
        const index = parseIndex(await readFile(this.layout.index), this.layout.index);
        const before = JSON.stringify(index);
        const result = await fn(index);
        if (JSON.stringify(index) !== before) {
          try {
            await atomicWrite(this.layout.tmp, this.layout.index, encodeJson(index));
          } finally {
            // Even on a stat that cannot tell (see read-cache.ts), this process reads what it wrote.
            this.reader.invalidate();
          }
        }
        if (gc) await this.collectGarbage(index);
        return result;
      },
      { timeoutMs: this.lockTimeoutMs },
    );
  }

  /** Deletes blobs no manifest in `index` references (caller holds the lock). */
  private async collectGarbage(index: OciIndex): Promise<void> {
    const live = new Set<string>();
    for (const d of index.manifests) {
      live.add(d.digest);
      const m = await this.readManifest(d.digest);
      live.add(m.config.digest);
      for (const l of m.layers) live.add(l.digest);
    }
    for (const hex of await readdir(this.layout.blobs)) {
      const d = `sha256:${hex}`;
      if (isDigest(d) && !live.has(d)) await unlink(this.layout.blobPath(d)).catch(() => {});
    }
    // Temp files of writers that died mid-write (named `<pid>-<random>`; live writers' are kept).
    for (const name of await readdir(this.layout.tmp)) {
      const pid = Number(name.split('-')[0]);
      if (Number.isSafeInteger(pid) && pid > 0 && !processAlive(pid)) {
        await unlink(join(this.layout.tmp, name)).catch(() => {});
      }
    }
  }
}

function pick(o: CreateImageOptions): Partial<Parameters<typeof composeImage>[0]> {
  const out: Partial<Parameters<typeof composeImage>[0]> = {};
  if (o.config !== undefined) out.config = o.config;
  if (o.history !== undefined) out.history = o.history;
  if (o.created !== undefined) out.created = o.created;
  if (o.author !== undefined) out.author = o.author;
  return out;
}
