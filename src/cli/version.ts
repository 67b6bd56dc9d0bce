// Host zone (CLI): the version `tsvirt --version` prints, read from the package manifest.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package version (the manifest sits two levels up from both src/cli and dist/cli). */
export function tsvirtVersion(): string {
  const manifest = join(dirname(fileURLToPath(import.meta.url)), '../../package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}
