// Unit tests for load-time source rewriting: positions of everything else stay put, and only real
// dynamic-import and import.meta sites are rewritten (not strings, comments or property names).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtinFacade,
  cjsExportNames,
  cjsFacade,
  DYNAMIC_IMPORT_ID,
  hasModuleSyntax,
  IMPORT_META_CALL,
  rewriteCjs,
  rewriteEsm,
} from './rewrite.js';

const HOOKS = 'tsvirt:esm:test';

function lines(s: string): string[] {
  return s.split('\n');
}

describe('rewriteEsm', () => {
  it('keeps every line and column of the original source', () => {
    const src = "const a = 1;\nconst m = await import('./x.mjs');\nconsole.log(import.meta.url, a);\n";
    const out = rewriteEsm(src, 'file:///app/a.mjs', HOOKS);
    const before = lines(src);
    const after = lines(out);
    for (let i = 0; i < before.length - 1; i++) expect(after[i]?.length).toBe(before[i]?.length);
    expect(after[1]).toBe(`const m = await ${DYNAMIC_IMPORT_ID}('./x.mjs');`);
    expect(after[2]).toBe(`console.log(${IMPORT_META_CALL}.url, a);`);
    expect(after.at(-1)).toContain(JSON.stringify(HOOKS));
  });

  it('leaves strings, comments and static imports alone', () => {
    const src = "import x from './x.mjs';\n// import('nope')\nconst s = \"import.meta\";\nexport { x };\n";
    expect(rewriteEsm(src, 'file:///app/a.mjs', HOOKS)).toBe(src);
  });

  it('does not touch a source without import sites', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const src = s.replace(/import/g, 'imp0rt');
        expect(rewriteEsm(src, 'file:///x.mjs', HOOKS)).toBe(src);
      }),
    );
  });

  it('appends after a trailing line comment without joining it', () => {
    const out = rewriteEsm('await import("./a.mjs") // trailing', 'file:///x.mjs', HOOKS);
    expect(lines(out)[0]).toBe(`await ${DYNAMIC_IMPORT_ID}("./a.mjs") // trailing`);
    expect(lines(out)).toHaveLength(2);
  });
});

describe('rewriteCjs', () => {
  it('rewrites import( but leaves require and property names', () => {
    const src = "const fs = require('fs');\nobj.import('x');\nimport('./m.mjs').then(() => {});\n";
    expect(rewriteCjs(src)).toBe(
      `const fs = require('fs');\nobj.import('x');\n${DYNAMIC_IMPORT_ID}('./m.mjs').then(() => {});\n`,
    );
  });
});

describe('facades', () => {
  it('exports CommonJS names detected by the lexer, skipping default', () => {
    const names = cjsExportNames(
      "exports.a = 1; module.exports.default = 2; Object.defineProperty(exports, 'b', { value: 3 });",
    );
    expect(names.exports.sort()).toEqual(['a', 'b', 'default']);
    const facade = cjsFacade('/app/x.cjs', names.exports, HOOKS);
    expect(facade).toContain('export default $m;');
    expect(facade).toContain('as "a"');
    expect(facade).not.toContain('as "default"');
  });

  it('quotes names that are not identifiers', () => {
    expect(builtinFacade('fs', ['read-file', 'x'], HOOKS)).toContain('as "read-file"');
  });
});

describe('hasModuleSyntax', () => {
  it('sees import/export statements and import.meta, not require or import()', () => {
    expect(hasModuleSyntax("import fs from 'node:fs';")).toBe(true);
    expect(hasModuleSyntax('export const x = 1;')).toBe(true);
    expect(hasModuleSyntax('console.log(import.meta.url);')).toBe(true);
    expect(hasModuleSyntax("const fs = require('fs'); import('./x.mjs');")).toBe(false);
    expect(hasModuleSyntax("const s = 'import x from y';")).toBe(false);
  });
});
