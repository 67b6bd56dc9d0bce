// Build (host tooling): an esbuild plugin that makes readable-stream take the Web classes it uses
// (AbortController, AbortSignal.any, Blob) when it first needs them instead of when it loads. The
// package reads them from the global object at load, and the runtime's globals are lazy: those reads
// loaded the EventTarget, DOMException and Blob implementations into every program's first
// `require('stream')` (about a fifth of its cost) although few programs use them. The classes are
// the runtime's own (the same the globals give), not whatever a program later puts on globalThis.
// Every patch must match as often as expected, so a package update that moves the code fails the
// build instead of silently dropping the change.

import { join } from 'node:path';

/** [why, file under readable-stream/lib, pattern, replacement, matches expected]. */
function patches(root) {
  const blob = JSON.stringify(join(root, 'src/runtime/internal/blob.ts'));
  const controller =
    "const AbortController = globalThis.AbortController || require('abort-controller').AbortController\n";
  const lazyController = 'new (require("abort-controller").AbortController)()';
  // The package's isBlob, from its Blob lookup to the end of the conditional that picks it.
  const isBlob = /const Blob = globalThis\.Blob \|\| bufferModule\.Blob\n[\s\S]*?return false\n\s*}\n/;
  const lazyIsBlob = `const isBlob = function isBlob(b) {\n  return b instanceof require(${blob}).Blob\n}\n`;
  return [
    [
      'AbortSignal',
      'ours/util.js',
      "const AbortSignal = globalThis.AbortSignal || require('abort-controller').AbortSignal\n",
      '',
      1,
    ],
    ['AbortController', 'ours/util.js', controller, '', 1],
    ['Blob', 'ours/util.js', isBlob, lazyIsBlob, 1],
    // Node's AbortSignal.any (the runtime has it, so the package's fallback was never used).
    [
      'AbortSignal.any',
      'ours/util.js',
      'AbortSignalAny:\n    AbortSignal.any ||\n',
      'AbortSignalAny:\n    function any(signals) {\n      return require("abort-controller").AbortSignal.any(signals)\n    } ||\n',
      1,
    ],
    ['new AbortController', 'ours/util.js', 'new AbortController()', lazyController, 1],
    ['Blob', 'internal/streams/duplexify.js', isBlob, lazyIsBlob, 1],
    ['AbortController', 'internal/streams/duplexify.js', controller, '', 1],
    ['new AbortController', 'internal/streams/duplexify.js', 'new AbortController()', lazyController, 1],
    ['AbortController', 'internal/streams/operators.js', controller, '', 1],
    ['new AbortController', 'internal/streams/operators.js', 'new AbortController()', lazyController, 1],
    ['AbortController', 'internal/streams/pipeline.js', controller, '', 1],
    ['new AbortController', 'internal/streams/pipeline.js', 'new AbortController()', lazyController, 1],
  ];
}

function count(text, pattern) {
  if (typeof pattern === 'string') return text.split(pattern).length - 1;
  return (text.match(new RegExp(pattern.source, 'g')) ?? []).length;
}

/** The esbuild plugin; `root` is the repository root. */
export function streamPatches(root) {
  const all = patches(root);
  const files = new Set(all.map(([, file]) => file));
  return {
    name: 'tsvirt-stream-patches',
    setup(b) {
      b.onLoad({ filter: /readable-stream[\\/]lib[\\/].*\.js$/ }, async (args) => {
        const file = args.path.split(/[\\/]readable-stream[\\/]lib[\\/]/)[1]?.replaceAll('\\', '/');
        if (!file || !files.has(file)) return undefined;
        const { readFile } = await import('node:fs/promises');
        let text = await readFile(args.path, 'utf8');
        for (const [why, at, pattern, replacement, expected] of all) {
          if (at !== file) continue;
          const n = count(text, pattern);
          if (n !== expected)
            throw new Error(`readable-stream: patch "${why}" in ${file} matches ${n} times, not ${expected}`);
          text =
            typeof pattern === 'string'
              ? text.split(pattern).join(replacement)
              : text.replace(pattern, replacement);
        }
        return { contents: text, loader: 'js' };
      });
    },
  };
}
