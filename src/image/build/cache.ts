// Host zone: the build cache — which image a build step produced, keyed by what determines it: the
// parent image (its manifest digest names the whole layer chain and config), the instruction after
// substitution, and the digest of COPY/ADD inputs. Entries are small JSON files under
// `<home>/build-cache/`, written atomically (temp file in the store's tmp dir + rename) so they
// survive across CLI processes and a crash never leaves half an entry. An entry whose image is gone
// from the store (removed, garbage-collected) is a miss.

import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { type Digest, isDigest, sha256 } from '../digest.js';
import { atomicWrite } from '../layout.js';
import type { ImageStore } from '../store.js';

/** The inputs of one step: what must be equal for its cached result to be reused. */
export interface StepKey {
  /** The parent image's manifest digest, or `scratch`. */
  parent: string;
  /** The instruction as it will be recorded (substituted; RUN with the build args in effect). */
  instruction: string;
  /** The digest of the files a COPY/ADD copies (empty for other instructions). */
  inputs?: string;
}

export class BuildCache {
  private readonly dir: string;

  constructor(private readonly store: ImageStore) {
    this.dir = join(store.home, 'build-cache');
  }

  private path(key: StepKey): string {
    const id = sha256(JSON.stringify([key.parent, key.instruction, key.inputs ?? ''])).slice(7);
    return join(this.dir, id);
  }

  /** The image a step made before, if it is still in the store. */
  async get(key: StepKey): Promise<Digest | undefined> {
    let image: unknown;
    try {
      image = (JSON.parse(await readFile(this.path(key), 'utf8')) as { image?: unknown }).image;
    } catch {
      return undefined; // absent or unreadable: a miss, never an error
    }
    if (!isDigest(image)) return undefined;
    return (await this.store.has(image)) ? image : undefined;
  }

  /** Forgets every entry (`builder prune`; the step images themselves go with the store's prune). */
  async clear(): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const n of names) await unlink(join(this.dir, n)).catch(() => {});
    return names.length;
  }

  /** Records the image a step made. */
  async put(key: StepKey, image: Digest): Promise<void> {
    await this.store.init();
    await mkdir(this.dir, { recursive: true });
    await atomicWrite(this.store.layout.tmp, this.path(key), Buffer.from(JSON.stringify({ image })));
  }
}
