// Host zone: the built-in images. `base` is the repo's rootfs/ tree (plus a fixed skeleton of
// directories git cannot carry: empty ones, /tmp with its sticky bit) and any extra files the build
// adds (userland programs); `hello-world` is one small program. Both are built deterministically —
// sorted entries, fixed mtimes and creation time — so their digests only change when their content
// does, and `ensureBuiltinImages` rebuilds them exactly then.

import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeLayers } from './apply.js';
import { sha256 } from './digest.js';
import { IMAGE_ERROR, ImageError } from './errors.js';
import { HELLO_JS } from './hello-world.js';
import type { ContainerConfig } from './oci.js';
import { composeImage } from './prepare.js';
import type { ImageStore } from './store.js';
import { writeTreeTar } from './tar-writer.js';
import type { LayerEntry, LayerTree } from './tree.js';

/** The time every built-in file and image carries (reproducible builds). */
const EPOCH = '1970-01-01T00:00:00Z';

/** Directories every base image has, whatever rootfs/ holds (git keeps no empty dirs or modes). */
const SKELETON: readonly [path: string, mode: number, owner?: number][] = [
  ['/bin', 0o755],
  ['/etc', 0o755],
  ['/home', 0o755],
  ['/home/node', 0o755, 1000],
  ['/root', 0o700],
  ['/tmp', 0o1777],
  ['/usr', 0o755],
  ['/usr/bin', 0o755],
  ['/usr/local', 0o755],
  ['/usr/local/bin', 0o755],
  ['/var', 0o755],
];

/** The repo's rootfs/ directory (from src/image or dist/image, it is two levels up). */
export function defaultRootfsDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rootfs');
}

/** An extra file for the base image (e.g. a userland program). */
export interface ExtraFile {
  data: Uint8Array;
  mode?: number;
}

const dir = (mode: number, owner = 0): LayerEntry =>
  Object.freeze({ type: 'dir', mode, uid: owner, gid: owner, mtime: 0 });
const file = (data: Uint8Array, mode: number): LayerEntry =>
  Object.freeze({ type: 'file', mode, uid: 0, gid: 0, mtime: 0, data });

/** Walks a host directory into layer entries: files 0644 (0755 if executable on the host), dirs 0755. */
async function walk(hostDir: string, at: string, into: Map<string, LayerEntry>): Promise<void> {
  const names = (await readdir(hostDir)).sort();
  for (const name of names) {
    const host = join(hostDir, name);
    const path = at === '/' ? `/${name}` : `${at}/${name}`;
    const st = await stat(host);
    if (st.isDirectory()) {
      if (!into.has(path)) into.set(path, dir(0o755));
      await walk(host, path, into);
    } else if (st.isFile()) {
      into.set(path, file(await readFile(host), st.mode & 0o111 ? 0o755 : 0o644));
    }
  }
}

/** The base image's single layer tree. */
export async function baseLayer(
  rootfsDir: string,
  extra: ReadonlyMap<string, ExtraFile> = new Map(),
): Promise<LayerTree> {
  const entries = new Map<string, LayerEntry>();
  for (const [path, mode, owner] of SKELETON) entries.set(path, dir(mode, owner));
  await walk(rootfsDir, '/', entries);
  for (const [path, f] of extra) entries.set(path, file(f.data, f.mode ?? 0o755));
  return { entries, whiteouts: new Set(), opaque: new Set() };
}

/** The hello-world image's layer tree. */
export function helloLayer(): LayerTree {
  const entries = new Map<string, LayerEntry>([['/hello.js', file(Buffer.from(HELLO_JS), 0o755)]]);
  return { entries, whiteouts: new Set(), opaque: new Set() };
}

export const BASE_CONFIG: ContainerConfig = {
  Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HOME=/root'],
  Cmd: ['sh'],
  WorkingDir: '/',
  Labels: { 'org.opencontainers.image.title': 'tsvirt base', 'org.opencontainers.image.vendor': 'tsvirt' },
};

export const HELLO_CONFIG: ContainerConfig = {
  Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  Cmd: ['node', '/hello.js'],
  WorkingDir: '/',
  Labels: {
    'org.opencontainers.image.title': 'tsvirt hello-world',
    'org.opencontainers.image.vendor': 'tsvirt',
  },
};

export interface BuiltinOptions {
  /** Where the base image's tree comes from (default: the repo's rootfs/). */
  rootfsDir?: string;
  /** Files the build adds to base (userland programs), by absolute path. */
  extraFiles?: ReadonlyMap<string, ExtraFile>;
}

/** What `ensureBuiltinImages` did per image. */
export interface BuiltinResult {
  name: string;
  manifestDigest: string;
  rebuilt: boolean;
}

/** Builds one built-in image and stores it, unless the store already has exactly that image under `name`. */
async function ensureOne(
  store: ImageStore,
  name: string,
  layer: LayerTree,
  config: ContainerConfig,
  createdBy: string,
): Promise<BuiltinResult> {
  const tar = await writeTreeTar(mergeLayers([layer]));
  const history = [{ created: EPOCH, created_by: createdBy }];
  const { manifestBytes } = composeImage({ base: undefined, layers: [tar], config, history, created: EPOCH });
  const want = sha256(manifestBytes);
  const old = (await store.has(name)) ? await store.resolve(name) : undefined;
  if (old?.manifestDigest === want) return { name, manifestDigest: want, rebuilt: false };
  const img = await store.createImage({ layers: [tar], config, history, created: EPOCH, tags: [name] });
  // The previous build is now untagged: drop it unless something still uses it (then it stays dangling).
  if (old !== undefined && old.names.length === 1) {
    await store.rmi(old.manifestDigest).catch((e: unknown) => {
      // In use (kept dangling), or already removed by a racing process: both fine.
      const benign =
        e instanceof ImageError && (e.code === IMAGE_ERROR.conflict || e.code === IMAGE_ERROR.notFound);
      if (!benign) throw e;
    });
  }
  return { name, manifestDigest: img.manifestDigest, rebuilt: true };
}

/**
 * Makes sure `base:latest` and `hello-world:latest` exist and match their sources, (re)building them
 * when rootfs/ (or the extra files) changed. Cheap when nothing changed: the trees are hashed, not stored.
 */
export async function ensureBuiltinImages(
  store: ImageStore,
  options: BuiltinOptions = {},
): Promise<BuiltinResult[]> {
  const base = await baseLayer(options.rootfsDir ?? defaultRootfsDir(), options.extraFiles);
  return [
    await ensureOne(store, 'base:latest', base, BASE_CONFIG, 'tsvirt: COPY rootfs/ /'),
    await ensureOne(store, 'hello-world:latest', helloLayer(), HELLO_CONFIG, 'tsvirt: COPY hello.js /'),
  ];
}
