// Host zone: containers from images — the kernel's image store, the built-in images made once, one
// shared lower layer per image tree, and the Docker rules that merge an image's config (Cmd,
// Entrypoint, Env, WorkingDir, User) with a container spec.

import { LowerLayer } from '../fs/overlay/lower.js';
import { OverlayFs } from '../fs/overlay/overlay.js';
import {
  ensureBuiltinsWithUserland,
  IMAGE_ERROR,
  type ContainerConfig as ImageContainerConfig,
  ImageError,
  type ImageStore,
  type MergedTree,
  normalizeTag,
  type ResolvedImage,
} from '../image/index.js';
import { type ContainerSpec, envMap, SpecError } from './spec.js';

/** An image's root for a new container: the image, and an overlay over its shared tree. */
export interface ImageRoot {
  image: ResolvedImage;
  overlay: OverlayFs;
}

/** What a container starts with once the image's config and the spec are merged. */
export interface ImageDefaults {
  cmd: string[];
  /** The image's Env under the spec's. */
  env: Record<string, string>;
  workdir: string | undefined;
  user: string | undefined;
}

/** The kernel's side of the image store: lower layers shared by every container of an image. */
export class ImageRoots {
  private readonly lowers = new WeakMap<MergedTree, LowerLayer>();
  private builtins: Promise<unknown> | undefined;

  constructor(readonly store: ImageStore) {}

  /** Makes the built-in images (once per kernel; a failure is retried by the next call). */
  ensureBuiltins(): Promise<unknown> {
    this.builtins ??= ensureBuiltinsWithUserland(this.store).catch((err: unknown) => {
      this.builtins = undefined;
      throw err;
    });
    return this.builtins;
  }

  /** The lower layer for a tree: one per tree, shared by every overlay on it. */
  lowerFor(tree: MergedTree): LowerLayer {
    let lower = this.lowers.get(tree);
    if (!lower) {
      lower = new LowerLayer(tree);
      this.lowers.set(tree, lower);
    }
    return lower;
  }

  /**
   * Resolves `ref` and builds a container root over the image; unknown images are a SpecError. For an
   * image started before, this reads nothing but a stat of index.json (the store's read cache and the
   * tree cache hold the rest): a start from an image costs about what one from a rootfs does.
   */
  async open(ref: string, storageBytes: number | undefined): Promise<ImageRoot> {
    let image: ResolvedImage;
    let tree: MergedTree;
    try {
      await this.ensureBuiltins();
      ({ image, tree } = await this.resolveTree(ref));
    } catch (err) {
      if (err instanceof ImageError) throw new SpecError(err.message);
      throw err;
    }
    const overlay = new OverlayFs(this.lowerFor(tree), storageBytes ? { size: storageBytes } : {});
    return { image, overlay };
  }

  /**
   * The image and its tree. A layer blob missing while the tree is built means the image was removed
   * (another process's rmi) after it was resolved: resolve again, which then sees the new index.json
   * (an unknown image, or the image the name now points at).
   */
  private async resolveTree(ref: string): Promise<{ image: ResolvedImage; tree: MergedTree }> {
    for (let attempt = 0; ; attempt++) {
      const image = await this.store.resolve(ref).catch((err: unknown) => {
        if (!(err instanceof ImageError) || err.code !== IMAGE_ERROR.notFound) throw err;
        // Docker's words; there is no registry to pull from.
        throw new SpecError(
          `unable to find image '${displayRef(ref)}' locally (tsvirt does not pull images)`,
        );
      });
      try {
        return { image, tree: await this.store.mergedTree(image) };
      } catch (err) {
        const missingBlob = err instanceof ImageError && err.code === IMAGE_ERROR.notFound;
        if (!missingBlob || attempt >= 3) throw err;
      }
    }
  }
}

/**
 * Docker's rules: the spec's cmd replaces Cmd; the spec's entrypoint replaces Entrypoint and drops
 * Cmd unless a cmd is given too; Env is the image's with the spec's on top.
 */
export function imageDefaults(config: ImageContainerConfig, spec: ContainerSpec): ImageDefaults {
  const entrypoint = spec.entrypoint ?? config.Entrypoint ?? [];
  const cmd = spec.cmd ?? (spec.entrypoint !== undefined ? [] : (config.Cmd ?? []));
  return {
    cmd: [...entrypoint, ...cmd],
    env: { ...envMap(config.Env ?? []), ...envMap(spec.env) },
    workdir: spec.workdir ?? (config.WorkingDir || undefined),
    user: spec.user ?? (config.User || undefined),
  };
}

/** `name:tag` for a reference that parses as one, else the reference as given (an ID). */
function displayRef(ref: string): string {
  try {
    return normalizeTag(ref);
  } catch {
    return ref;
  }
}
