// Build (host tooling): bundles each coreutils program src/userland/coreutils/<name>.ts with esbuild
// into dist/userland/bin/<name>: one CommonJS file run by the guest node (`#!/usr/bin/node`), mode 755.

import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', '..', 'dist', 'userland', 'bin');

/** Builds every utility; returns the names built. */
export async function buildCoreutils() {
  mkdirSync(outDir, { recursive: true });
  const names = readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3));
  await Promise.all(
    names.map(async (name) => {
      const outfile = join(outDir, name);
      await build({
        entryPoints: [join(here, `${name}.ts`)],
        outfile,
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'es2022',
        banner: { js: '#!/usr/bin/node' },
        legalComments: 'none',
        logLevel: 'warning',
      });
      chmodSync(outfile, 0o755);
    }),
  );
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = await buildCoreutils();
  process.stdout.write(`build: ${names.length} coreutils in dist/userland/bin\n`);
}
