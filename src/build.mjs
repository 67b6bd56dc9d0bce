// Build (host tooling): compiles the host zone with tsc into dist/, then bundles the guest runtime
// (src/runtime + the polyfill packages it uses) with esbuild into dist/runtime.js, one IIFE script
// the platform layer compiles into every isolate with V8's code cache.

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { assertPatches } from './build-assert.mjs';
import { inspectPatches } from './build-inspect.mjs';
import { streamPatches } from './build-streams.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const log = (m) => quiet || process.stdout.write(`${m}\n`);

mkdirSync(join(root, 'dist'), { recursive: true });

const t0 = performance.now();
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')],
  {
    stdio: 'inherit',
  },
);
log(`build: host compiled (${Math.round(performance.now() - t0)} ms)`);

// Polyfill packages reach for Node names; inside the isolate those are ours.
const shims = {
  process: 'src/runtime/internal/process-shim.ts',
  'process/': 'src/runtime/internal/process-shim.ts',
  'abort-controller': 'src/runtime/internal/event-target.ts',
  // The `buffer` package patched with what Node has and it lacks; it imports the package itself
  // as 'buffer/index.js', which this name does not catch.
  buffer: 'src/runtime/internal/buffer-impl.ts',
  // The url package's legacy API serialises queries as node:querystring does (see the shim).
  qs: 'src/runtime/internal/qs-shim.ts',
  // whatwg-url's IDNA mapping runs on the host (see the shim).
  tr46: 'src/runtime/internal/tr46-shim.ts',
};
// Package name → the export of src/runtime/internal/type-checks.ts that replaces it.
const typeChecks = {
  'is-arguments': 'isArgumentsObject',
  'is-generator-function': 'isGeneratorFunction',
  'which-typed-array': 'whichTypedArray',
  'is-typed-array': 'isTypedArray',
};
const typeChecksFile = join(root, 'src/runtime/internal/type-checks.ts');
const guestNames = {
  name: 'tsvirt-guest-names',
  setup(b) {
    b.onResolve({ filter: /^(process\/?|abort-controller|buffer|qs|tr46)$/ }, (args) => ({
      path: join(root, shims[args.path]),
    }));
    // whatwg-url imports this only to register legacy multi-byte encodings (for documents in
    // Shift_JIS and the like); Node's URL always encodes UTF-8, so their tables (about 200 KiB of
    // every isolate's runtime source) are left out.
    b.onResolve({ filter: /^@exodus\/bytes\/encoding\.js$/ }, () => ({
      path: 'empty',
      namespace: 'tsvirt-empty',
    }));
    b.onLoad({ filter: /.*/, namespace: 'tsvirt-empty' }, () => ({ contents: '', loader: 'js' }));
    // Its percent-encoding for URL queries, which also loads the single-byte encodings' tables (a
    // quarter of a first `require('url')`): Node's URL encodes UTF-8 only (see the file).
    b.onResolve({ filter: /^@exodus\/bytes\/whatwg\.js$/ }, () => ({
      path: join(root, 'src/runtime/internal/url-percent.ts'),
    }));
    // The util package's type predicates come from small packages built on get-intrinsic, whose
    // initialisation cost a third of a first `require('util')`; the runtime answers them directly.
    b.onResolve({ filter: new RegExp(`^(${Object.keys(typeChecks).join('|')})$`) }, (args) => ({
      path: args.path,
      namespace: 'tsvirt-type-check',
    }));
    b.onLoad({ filter: /.*/, namespace: 'tsvirt-type-check' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(typeChecksFile)}).${typeChecks[args.path]};`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

const t1 = performance.now();
const result = await build({
  entryPoints: [join(root, 'src/runtime/bootstrap.ts')],
  outfile: join(root, 'dist/runtime.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  plugins: [guestNames, inspectPatches(root), streamPatches(root), assertPatches(root)],
  define: { 'process.env.NODE_DEBUG': 'undefined', 'process.env.READABLE_STREAM': 'undefined' },
  legalComments: 'none',
  // Every isolate holds its own copy of this source (V8 needs it for lazy compilation), so a third
  // less text is a third less memory per process. Identifiers stay: names are visible to guests
  // (constructor.name, fn.name) and must be Node's.
  // (Whitespace only: minifySyntax drops the names of function expressions, which guests see.)
  minifyWhitespace: true,
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
log(`build: runtime bundled, ${(bytes / 1024).toFixed(0)} KiB (${Math.round(performance.now() - t1)} ms)`);
log(`build: userland bundled: ${(await (await import('./userland/build.mjs')).buildUserland()).join(', ')}`);

// Userland: the coreutils programs (dist/userland/bin/<name>).
const t2 = performance.now();
const coreutils = await (await import('./userland/coreutils/build.mjs')).buildCoreutils();
log(`build: ${coreutils.length} coreutils in dist/userland/bin (${Math.round(performance.now() - t2)} ms)`);
