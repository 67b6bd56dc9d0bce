// Host zone: the image subsystem's one error type. Every failure is a single line naming the problem
// (the CLI prints it as `tsvirt: <message>`), with a stable code a caller can branch on.

/** What kind of failure an `ImageError` is. */
export const IMAGE_ERROR = {
  /** A reference (`name[:tag]`, digest, ID) that does not parse. */
  reference: 'EREFERENCE',
  /** No image (or blob) by that name. */
  notFound: 'ENOIMAGE',
  /** A layer or archive that is hostile or malformed: traversal, link escapes, devices, corruption. */
  layer: 'ELAYER',
  /** A configured limit was exceeded: entry size, total bytes, entry count. */
  limit: 'ELIMIT',
  /** Content does not match its digest. */
  digest: 'EDIGEST',
  /** JSON (index, manifest, config, archive manifest) that is missing or has the wrong shape. */
  format: 'EFORMAT',
  /** The operation conflicts with the store's state (image in use, ambiguous ID). */
  conflict: 'ECONFLICT',
  /** The store lock could not be taken in time. */
  locked: 'ELOCKED',
} as const;

export type ImageErrorCode = (typeof IMAGE_ERROR)[keyof typeof IMAGE_ERROR];

/** A one-line, user-facing image error. */
export class ImageError extends Error {
  readonly code: ImageErrorCode;

  constructor(code: ImageErrorCode, message: string) {
    super(message.replace(/[\r\n]+/g, ' '));
    this.name = 'ImageError';
    this.code = code;
  }
}

/** Throws an `ImageError` (a shorthand for guard clauses). */
export function imageFail(code: ImageErrorCode, message: string): never {
  throw new ImageError(code, message);
}

/** Quotes a name from hostile input for an error message: JSON-escaped and bounded. */
export function quote(name: string): string {
  const s = JSON.stringify(name.length > 200 ? `${name.slice(0, 200)}…` : name);
  return s;
}
