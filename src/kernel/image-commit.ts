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

/** The merged root of a container as a flat tar (hard links kept, sorted, deterministic). */
export function exportContainer(overlay: OverlayFs): Promise<Uint8Array> {
  return writeTreeTar(snapshotTree(overlay));
}

/**
 * Stores the container's changes as one layer on top of its image; returns the new image. Mount
 * points the kernel made for the container (/proc, /dev, volume targets) are its runtime's, not
 * changes: like Docker's init layer, they stay out of the commit unless the image had them.
 */
/** Files the kernel rewrites at every start; never part of a commit. */
const KERNEL_WRITTEN = ['/etc/hosts', '/etc/resolv.conf'];

export async function commitContainer(
  image: { store: ImageStore; resolved: ResolvedImage; overlay: OverlayFs },
  mountPoints: readonly string[],
  ref: string | undefined,
  options: CommitOptions,
): Promise<ResolvedImage> {
  const lower = image.overlay.lower.tree;
  const layer = upperLayer(image.overlay);
  const entries = new Map(layer.entries);
  for (const p of mountPoints) {
    const node = entries.get(p);
    if (node?.type === 'dir' && !lower.nodes.has(p)) entries.delete(p);
  }
  // The kernel writes these at every start (net-setup.ts), as Docker bind-mounts them: not changes.
  for (const p of KERNEL_WRITTEN) entries.delete(p);
  const tar = await writeLayerTar({ ...layer, entries });
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
