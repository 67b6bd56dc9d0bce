// Host zone: image references, parsed with Docker's grammar (distribution/reference): an optional
// registry domain, slash-separated lowercase path components, an optional tag (default `latest`) and
// an optional digest. tsvirt keeps names in Docker's "familiar" form (`base`, not
// `docker.io/library/base`).

import { type Digest, isDigest } from './digest.js';
import { IMAGE_ERROR, imageFail, quote } from './errors.js';

/** A parsed reference. `tag` is undefined only for a digest-only reference (`name@sha256:…`). */
export interface ImageReference {
  /** The repository name in familiar form, e.g. `base`, `localhost:5000/team/app`. */
  name: string;
  tag: string | undefined;
  digest: Digest | undefined;
}

export const DEFAULT_TAG = 'latest';
const MAX_NAME_LENGTH = 255;

const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const PATH_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const DOMAIN_RE = new RegExp(`^${DOMAIN}$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;

/** Splits `name` into a domain (if its first component looks like one) and the path. */
function splitDomain(name: string): [string | undefined, string] {
  const slash = name.indexOf('/');
  if (slash < 0) return [undefined, name];
  const first = name.slice(0, slash);
  const looksLikeDomain =
    first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
  return looksLikeDomain ? [first, name.slice(slash + 1)] : [undefined, name];
}

/** Docker's familiar form: `docker.io/library/x` → `x`, `docker.io/u/x` → `u/x`. */
function familiar(domain: string | undefined, path: string): string {
  if (domain === 'docker.io' || domain === 'index.docker.io') {
    return path.startsWith('library/') && path.indexOf('/', 8) < 0 ? path.slice(8) : path;
  }
  return domain === undefined ? path : `${domain}/${path}`;
}

/**
 * Parses `name[:tag][@digest]`. A missing tag becomes `latest` unless a digest is given.
 * Throws `EREFERENCE` with Docker's wording for anything else.
 */
export function parseReference(input: string): ImageReference {
  if (typeof input !== 'string' || input.length === 0) {
    imageFail(IMAGE_ERROR.reference, 'invalid reference format: empty reference');
  }
  let rest = input;
  let digest: Digest | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const d = rest.slice(at + 1);
    if (!isDigest(d))
      imageFail(IMAGE_ERROR.reference, `invalid reference format: bad digest in ${quote(input)}`);
    digest = d;
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag))
      imageFail(IMAGE_ERROR.reference, `invalid reference format: bad tag in ${quote(input)}`);
  }
  const [domain, path] = splitDomain(rest);
  if (domain !== undefined && !DOMAIN_RE.test(domain)) {
    imageFail(IMAGE_ERROR.reference, `invalid reference format: bad registry in ${quote(input)}`);
  }
  if (!PATH_RE.test(path)) {
    const why =
      path !== path.toLowerCase() ? 'repository name must be lowercase' : 'invalid reference format';
    imageFail(IMAGE_ERROR.reference, `${why}: ${quote(input)}`);
  }
  if (rest.length > MAX_NAME_LENGTH) {
    imageFail(
      IMAGE_ERROR.reference,
      `invalid reference format: repository name must not be more than 255 characters`,
    );
  }
  if (tag === undefined && digest === undefined) tag = DEFAULT_TAG;
  return { name: familiar(domain, path), tag, digest };
}

/** `name:tag` (or `name@digest`) of a parsed reference. */
export function formatReference(ref: ImageReference): string {
  if (ref.tag !== undefined) return `${ref.name}:${ref.tag}`;
  return `${ref.name}@${ref.digest}`;
}

/** Parses and re-formats a `name[:tag]` into the canonical `name:tag` the store records. */
export function normalizeTag(input: string): string {
  const ref = parseReference(input);
  if (ref.digest !== undefined) {
    imageFail(IMAGE_ERROR.reference, `refusing to create a tag with a digest reference: ${quote(input)}`);
  }
  return formatReference(ref);
}

/** True when `input` parses as a reference (no throw). */
export function isReference(input: string): boolean {
  try {
    parseReference(input);
    return true;
  } catch {
    return false;
  }
}
