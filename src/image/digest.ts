// Host zone: content digests (sha256 only, as OCI images use) and their checks.

import { createHash } from 'node:crypto';
import { IMAGE_ERROR, imageFail, quote } from './errors.js';

/** `sha256:` followed by 64 lowercase hex digits. */
export type Digest = `sha256:${string}`;

const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;

/** The sha256 digest of some bytes. */
export function sha256(data: Uint8Array | string): Digest {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** True for a well-formed sha256 digest. */
export function isDigest(value: unknown): value is Digest {
  return typeof value === 'string' && DIGEST_RE.test(value);
}

/** Narrows to a digest or throws a format error naming `what`. */
export function parseDigest(value: unknown, what: string): Digest {
  if (!isDigest(value)) {
    imageFail(IMAGE_ERROR.format, `${what}: invalid digest ${quote(String(value))}`);
  }
  return value;
}

/** The hex part of a digest (the blob's file name). */
export function digestHex(d: Digest): string {
  return d.slice('sha256:'.length);
}

/** Throws a digest error unless `data` hashes to `expected`. */
export function verifyDigest(data: Uint8Array, expected: Digest, what: string): void {
  const actual = sha256(data);
  if (actual !== expected) {
    imageFail(IMAGE_ERROR.digest, `${what}: digest mismatch (expected ${expected}, got ${actual})`);
  }
}

/** Docker's short image ID: the first 12 hex digits. */
export function shortId(d: Digest): string {
  return digestHex(d).slice(0, 12);
}
