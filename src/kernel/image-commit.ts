// Host zone: a container's filesystem back out as image data — `export` (its merged root as a flat
// tar) and `commit` (its writable layer, diffed against the image, as a new image on top of it).

import type { OverlayFs } from '../fs/overlay/overlay.js';
import { snapshotTree, upperLayer } from '../fs/overlay/snapshot.js';
import {
  type ContainerConfig as ImageContainerConfig,
  type ImageStore,
  type ResolvedImage,
  writeLayerTar,
  writeTreeTar,
} from '../image/index.js';

/** What `container.commit` may add to the new image. */
export interface CommitOptions {
  /** Config fields replacing the image's (Cmd, Env, Entrypoint, WorkingDir, User, Labels…). */
  config?: ImageContainerConfig;
  /** The history comment (docker commit -m). */
  comment?: string;
  /** The image author (docker commit -a). */
  author?: string;
}

/** Files the kernel writes into every networked container (Docker bind-mounts them from outside). */
export const KERNEL_FILES: readonly string[] = ['/etc/hosts', '/etc/resolv.conf', '/etc/hostname'];

/** The merged root of a container as a flat tar (hard links kept, sorted, deterministic). */
export function exportContainer(overlay: OverlayFs): Promise<Uint8Array> {
  return writeTreeTar(snapshotTree(overlay));
}

/**
 * The container's changes as one layer tar over its image (what commit stores and a build's RUN step
 * keeps). Mount points the kernel made for the container (/proc, /dev, volume targets) are its
 * runtime's, not changes: like Docker's init layer, they stay out unless the image had them.
 */
export function containerLayerTar(overlay: OverlayFs, mountPoints: readonly string[]): Promise<Uint8Array> {
  const lower = overlay.lower.tree;
  const layer = upperLayer(overlay);
  const entries = new Map(layer.entries);
  for (const p of mountPoints) {
    const node = entries.get(p);
    if (node?.type === 'dir' && !lower.nodes.has(p)) entries.delete(p);
  }
  // The files the kernel writes for the network are Docker's bind mounts, never part of a commit;
  // nor is an /etc made, or copied up (its mtime changed), only to hold them.
  for (const p of KERNEL_FILES) entries.delete(p);
  const etc = entries.get('/etc');
  const below = lower.nodes.get('/etc');
  if (
    etc?.type === 'dir' &&
    (below === undefined ||
      (below.type === 'dir' && below.mode === etc.mode && below.uid === etc.uid && below.gid === etc.gid)) &&
    ![...entries.keys()].some((k) => k.startsWith('/etc/'))
  )
    entries.delete('/etc');
  return writeLayerTar({ ...layer, entries });
}

/** Stores the container's changes as one layer on top of its image; returns the new image. */
export async function commitContainer(
  image: { store: ImageStore; resolved: ResolvedImage; overlay: OverlayFs },
  mountPoints: readonly string[],
  ref: string | undefined,
  options: CommitOptions,
): Promise<ResolvedImage> {
  const tar = await containerLayerTar(image.overlay, mountPoints);
  const created = new Date().toISOString();
  return image.store.createImage({
    base: image.resolved.manifestDigest,
    layers: [tar],
    ...(options.config ? { config: options.config } : {}),
    history: [
      {
        created,
        created_by: 'tsvirt commit',
        ...(options.comment !== undefined ? { comment: options.comment } : {}),
        ...(options.author !== undefined ? { author: options.author } : {}),
      },
    ],
    created,
    ...(options.author !== undefined ? { author: options.author } : {}),
    ...(ref !== undefined ? { tags: [ref] } : {}),
  });
}
