// Host zone: `build` — runs a Containerfile's stages step by step. Every step that changes the image
// (each instruction but ARG) makes a new image in the store on top of the previous one, as Docker's
// classic builder does, so a RUN can run in a real container of it and the cache can name it; those
// step images are kept out of `images` (store "intermediate") and only the last one is published
// under the tags. A step is reused from the cache when its parent, its substituted instruction and
// (for COPY/ADD) the digest of its inputs match. A failing step throws a BuildError and publishes
// nothing.

import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Digest } from '../digest.js';
import { IMAGE_ERROR, ImageError } from '../errors.js';
import { normalizeTag } from '../reference.js';
import type { ImageStore, ResolvedImage } from '../store.js';
import { BuildCache } from './cache.js';
import { readContext } from './context.js';
import { BuildError, parseContainerfile } from './parser.js';
import { StageRunner } from './stage-runner.js';
import { type BuildEvent, type BuildOptions, checkBuildOptions, planStages, type RunStep } from './stages.js';

/** A finished build. */
export interface BuildResult {
  /** The image ID (config digest), as Docker reports it. */
  id: Digest;
  manifestDigest: Digest;
  /** The references now pointing at it. */
  tags: string[];
  image: ResolvedImage;
}

/** Finds the Containerfile: the one given, else `Containerfile`, else `Dockerfile` in the context. */
async function locateFile(context: string, file: string | undefined): Promise<string> {
  if (file !== undefined) return resolve(file); // relative to the caller's cwd, as docker build -f
  for (const name of ['Containerfile', 'Dockerfile']) {
    const p = join(context, name);
    if (
      await stat(p).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return p;
  }
  throw new BuildError(`no Containerfile or Dockerfile found in ${context}`);
}

/** Builds an image from a Containerfile and a context; `run` executes RUN steps. */
export async function buildImage(
  store: ImageStore,
  options: BuildOptions,
  run: RunStep,
): Promise<BuildResult> {
  const opts = checkBuildOptions(options);
  const tags = (opts.tags ?? []).map((t) => {
    try {
      return normalizeTag(t);
    } catch (e) {
      throw new BuildError(`invalid tag "${t}": ${(e as Error).message}`);
    }
  });
  const emit = opts.onProgress ?? (() => {});
  const context = resolve(opts.context);
  const file = await locateFile(context, opts.file);
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    throw new BuildError(`unable to read ${file}: no such file`);
  }
  const fileName = basename(file);
  const parsed = parseContainerfile(source, fileName);
  const plan = planStages(parsed.instructions, fileName);
  let last = plan.stages.length - 1;
  if (opts.target !== undefined) {
    const t = plan.stages.find((s) => s.name === opts.target?.toLowerCase());
    if (!t) throw new BuildError(`target stage "${opts.target}" could not be found`);
    last = t.index;
  }
  await store.init();
  const ctx = await readContext(context, store.limits, file);
  const runner = new StageRunner({
    store,
    cache: new BuildCache(store),
    plan,
    escape: parsed.esc,
    file: fileName,
    context: ctx,
    buildArgs: new Map(Object.entries(opts.buildArgs ?? {})),
    noCache: opts.noCache === true,
    emit: (e: BuildEvent) => emit(e),
    run,
  });
  let final: Digest | undefined;
  try {
    for (const stage of plan.stages.slice(0, last + 1)) final = await runner.runStage(stage);
  } catch (e) {
    if (e instanceof ImageError) throw new BuildError(e.message, 1);
    throw e;
  }
  const unused = runner.unusedBuildArgs();
  if (unused.length > 0)
    emit({
      type: 'warning',
      message: `[Warning] One or more build-args [${unused.join(' ')}] were not consumed`,
    });
  if (final === undefined) throw new BuildError('nothing to build');
  await store.publish(final, tags);
  const image = await store.resolve(final).catch((e: unknown) => {
    if (e instanceof ImageError && e.code === IMAGE_ERROR.notFound) throw new BuildError(e.message);
    throw e;
  });
  return { id: image.id, manifestDigest: image.manifestDigest, tags, image };
}

/** `builder prune`: drops the build cache and the step images only it kept; returns what went. */
export async function pruneBuildCache(
  store: ImageStore,
): Promise<{ images: number; entries: number; bytes: number }> {
  const entries = await new BuildCache(store).clear();
  const { images, bytes } = await store.pruneIntermediate();
  return { images, entries, bytes };
}
