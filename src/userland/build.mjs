// Build (host tooling): bundles each userland program (src/userland/<name>/main.ts) with esbuild
// into dist/userland/<name>.js, one CommonJS file that starts with `#!/usr/bin/node` so the
// kernel's execve runs it with the built-in node; a copy goes to dist/userland/bin/<name> (mode 755),
// beside the coreutils, so the base image can take dist/userland/bin whole as its /bin.

import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bundles every program under src/userland that has a main.ts; returns their names. */
export async function buildUserland() {
  const src = join(root, 'src/userland');
  const out = join(root, 'dist/userland');
  mkdirSync(join(out, 'bin'), { recursive: true });
  const names = readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(src, d.name, 'main.ts')))
    .map((d) => d.name);
  await Promise.all(
    names.map(async (name) => {
      await build({
        entryPoints: [join(src, name, 'main.ts')],
        outfile: join(out, `${name}.js`),
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'es2022',
        banner: { js: '#!/usr/bin/node' },
        legalComments: 'none',
        logLevel: 'warning',
      });
      copyFileSync(join(out, `${name}.js`), join(out, 'bin', name));
      chmodSync(join(out, 'bin', name), 0o755);
    }),
  );
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = await buildUserland();
  process.stdout.write(`build: userland ${names.join(', ')}\n`);
}
