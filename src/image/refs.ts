// Host zone: the store's reference index — which `name:tag` (an `org.opencontainers.image.ref.name`
// annotation on an index.json descriptor) points at which manifest, and how a user's reference (a
// name, a digest reference, or an ID prefix) finds a manifest.

import type { Digest } from './digest.js';
import { IMAGE_ERROR, imageFail, quote } from './errors.js';
import { type Descriptor, type ImageManifest, type OciIndex, REF_NAME } from './oci.js';
import { parseReference } from './reference.js';

/** The reference a descriptor carries, if any. */
export function refName(d: Descriptor): string | undefined {
  return d.annotations?.[REF_NAME];
}

/** Every reference pointing at a manifest, sorted. */
export function namesOf(index: OciIndex, digest: Digest): string[] {
  return index.manifests
    .filter((d) => d.digest === digest)
    .map(refName)
    .filter((n): n is string => n !== undefined)
    .sort();
}

/** Removes reference `name`, leaving its image untagged (dangling) if that was its last name. */
export function removeName(index: OciIndex, name: string): void {
  const at = index.manifests.findIndex((d) => refName(d) === name);
  if (at < 0) return;
  const old = index.manifests[at] as Descriptor;
  index.manifests.splice(at, 1);
  if (!index.manifests.some((d) => d.digest === old.digest)) {
    index.manifests.push({ mediaType: old.mediaType, digest: old.digest, size: old.size });
  }
}

/** Points reference `name` at `desc`'s manifest, moving it from any other image. */
export function setName(index: OciIndex, desc: Descriptor, name: string): void {
  removeName(index, name);
  const untagged = index.manifests.findIndex((d) => d.digest === desc.digest && refName(d) === undefined);
  const named: Descriptor = {
    mediaType: desc.mediaType,
    digest: desc.digest,
    size: desc.size,
    annotations: { [REF_NAME]: name },
  };
  if (untagged >= 0) index.manifests[untagged] = named;
  else index.manifests.push(named);
}

const HEX_ID = /^(?:sha256:)?([0-9a-f]{4,64})$/;

/** Finds the manifest digest for a reference: `name[:tag]`, `name@sha256:…`, or an ID / digest prefix. */
export async function findManifest(
  ref: string,
  index: OciIndex,
  readManifest: (d: Digest) => Promise<ImageManifest>,
): Promise<Digest> {
  let parsed: ReturnType<typeof parseReference> | undefined;
  try {
    parsed = parseReference(ref);
  } catch (e) {
    if (!HEX_ID.test(ref)) throw e;
  }
  if (parsed?.digest !== undefined) {
    if (index.manifests.some((d) => d.digest === parsed.digest)) return parsed.digest;
  } else if (parsed !== undefined) {
    const name = `${parsed.name}:${parsed.tag}`;
    const hit = index.manifests.find((d) => refName(d) === name);
    if (hit !== undefined) return hit.digest;
  }
  const m = HEX_ID.exec(ref);
  if (m !== null) {
    const prefix = m[1] as string;
    const matches = new Set<Digest>();
    for (const d of index.manifests) {
      const manifest = await readManifest(d.digest);
      if (d.digest.slice(7).startsWith(prefix) || manifest.config.digest.slice(7).startsWith(prefix)) {
        matches.add(d.digest);
      }
    }
    if (matches.size > 1)
      imageFail(IMAGE_ERROR.conflict, `ambiguous image ID ${quote(ref)}: matches ${matches.size} images`);
    const only = [...matches][0];
    if (only !== undefined) return only;
  }
  imageFail(IMAGE_ERROR.notFound, `No such image: ${ref}`);
}
