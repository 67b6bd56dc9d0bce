// Build (host tooling): an esbuild plugin that brings the `assert` package (a port of an older Node's
// node:assert) to Node 20's messages: it inspects with the runtime's inspect (Node 20's), and the
// message rules that changed since are patched. As in build-inspect.mjs, each patch must match exactly
// once, so a package update that moves the code fails the build instead of dropping the fix.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** File (under the package's build/) → [why, exact text, replacement][]. */
const PATCHES = {
  'internal/assert/assertion_error.js': [
    ['runtime inspect', "require('util/')", 'require(SHIM)'],
    // The generated message is Node 20's (src/runtime/node/assert/message.ts); the package's own
    // branches after this test stay as dead code.
    [
      'Node 20 messages',
      "if (operator === 'deepStrictEqual' || operator === 'strictEqual') {",
      "if (true) { _this = _super.call(this, require(MESSAGE).assertionMessage(actual, expected, operator, { blue: blue, green: green, red: red, white: white })); } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {",
    ],
  ],
  'internal/util/comparisons.js': [
    // ...and so does its loose deep equality (deepEqual, notDeepEqual), inside objects too.
    [
      'deepEqual NaN',
      '        return val1 == val2;',
      '        return val1 == val2 || (numberIsNaN(val1) && numberIsNaN(val2));',
    ],
  ],
  'assert.js': [
    ['runtime inspect', "require('util/')", 'require(SHIM)'],
    // Node 20's loose equality takes NaN as equal to NaN (equal passes, notEqual fails).
    [
      'equal NaN',
      'if (actual != expected) {',
      'if (actual != expected && !(Number.isNaN(actual) && Number.isNaN(expected))) {',
    ],
    [
      'notEqual NaN',
      'if (actual == expected) {',
      'if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {',
    ],
    // The bundler renames the class expression `Comparison` (its name shadows the variable holding
    // it): throws' diff prints the class name, which must be Node's.
    [
      'Comparison name',
      'var a = new Comparison(actual, keys);',
      "if (Comparison.name !== 'Comparison') Object.defineProperty(Comparison, 'name', { value: 'Comparison' });\n      var a = new Comparison(actual, keys);",
    ],
  ],
};

/** The esbuild plugin; `root` is the repository root. */
export function assertPatches(root) {
  const shim = JSON.stringify(join(root, 'src/runtime/node/assert/util-shim.ts'));
  const message = JSON.stringify(join(root, 'src/runtime/node/assert/message.ts'));
  return {
    name: 'tsvirt-assert-patches',
    setup(b) {
      b.onLoad({ filter: /[\\/]node_modules[\\/]assert[\\/]build[\\/].*\.js$/ }, (args) => {
        const rel = args.path.split(/[\\/]node_modules[\\/]assert[\\/]build[\\/]/)[1]?.replaceAll('\\', '/');
        const patches = rel ? PATCHES[rel] : undefined;
        if (!patches) return undefined;
        let text = readFileSync(args.path, 'utf8');
        for (const [why, from, to] of patches) {
          const first = text.indexOf(from);
          if (first === -1) throw new Error(`assert: patch "${why}" does not match in ${rel}`);
          // The util require may appear more than once in a file; every other patch exactly once.
          if (why !== 'runtime inspect' && text.indexOf(from, first + 1) !== -1)
            throw new Error(`assert: patch "${why}" matches more than once in ${rel}`);
          text = text.split(from).join(to.replace('SHIM', shim).replace('MESSAGE', message));
        }
        return { contents: text, loader: 'js' };
      });
    },
  };
}
