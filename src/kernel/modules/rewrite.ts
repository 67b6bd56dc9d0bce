// Host zone: source rewriting for the module loader. isolated-vm has no dynamic-import or import.meta
// hook, so `import(` and `import.meta` are rewritten at load time into same-length identifiers (line and
// column positions stay right) bound by code appended at the end of the source (no line moves). Also
// writes the facade modules that present CommonJS, JSON and builtins to ES importers, as Node does.

import { createRequire } from 'node:module';
import { parse as parseEsm } from 'es-module-lexer/js';

// cjs-module-lexer's ESM build needs an async wasm init; its CommonJS build is plain JS and sync.
const cjsLexer = createRequire(import.meta.url)('cjs-module-lexer') as {
  parse(source: string, name?: string): { exports: string[]; reexports: string[] };
};

/** What `import(` becomes: six characters, like the keyword. */
export const DYNAMIC_IMPORT_ID = '$__im$';
/** What `import.meta` becomes: a call padded to eleven characters, like the expression. */
export const IMPORT_META_CALL = '$__meta$() ';

interface Site {
  at: number;
  len: number;
  text: string;
}

/** The dynamic-import and import.meta sites of a source, or null when the lexer cannot read it. */
function findSites(source: string): { sites: Site[]; meta: boolean; dynamic: boolean } | null {
  if (!source.includes('import')) return { sites: [], meta: false, dynamic: false };
  let imports: ReturnType<typeof parseEsm>[0];
  try {
    [imports] = parseEsm(source);
  } catch {
    return null;
  }
  const sites: Site[] = [];
  let meta = false;
  let dynamic = false;
  for (const imp of imports) {
    if (imp.type === 'dynamic' && source.startsWith('import', imp.importStart)) {
      sites.push({ at: imp.importStart, len: 6, text: DYNAMIC_IMPORT_ID });
      dynamic = true;
    } else if (imp.type === 'import-meta' && source.startsWith('import.meta', imp.importStart)) {
      sites.push({ at: imp.importStart, len: 11, text: IMPORT_META_CALL });
      meta = true;
    }
  }
  return { sites, meta, dynamic };
}

function splice(source: string, sites: Site[]): string {
  if (sites.length === 0) return source;
  sites.sort((a, b) => a.at - b.at);
  let out = '';
  let pos = 0;
  for (const s of sites) {
    out += source.slice(pos, s.at) + s.text;
    pos = s.at + s.len;
  }
  return out + source.slice(pos);
}

/**
 * An ES module's source as compiled: `import(` and `import.meta` rewritten, and the bindings they use
 * appended after the last line (function declarations are hoisted, imports are bound before the body runs).
 */
export function rewriteEsm(source: string, url: string, hooksSpecifier: string): string {
  const found = findSites(source);
  if (!found || found.sites.length === 0) return source;
  const u = JSON.stringify(url);
  let tail = `\n;import { hooks as $__h$ } from ${JSON.stringify(hooksSpecifier)};`;
  if (found.dynamic) tail += `function ${DYNAMIC_IMPORT_ID}(s, o) { return $__h$.imp(${u}, s, o); }`;
  if (found.meta) tail += `function $__meta$() { return $__h$.meta(${u}); }`;
  return splice(source, found.sites) + tail;
}

/**
 * A CommonJS source with `import(` rewritten to the loader's parameter (the CommonJS wrapper binds
 * it). `import.meta` is a SyntaxError in CommonJS, as in Node, so it is left alone.
 */
export function rewriteCjs(source: string): string {
  if (!/\bimport\s*\(/.test(source)) return source;
  const found = findSites(source);
  if (!found) return source;
  return splice(
    source,
    found.sites.filter((s) => s.text === DYNAMIC_IMPORT_ID),
  );
}

/** The attributes (`with { type: 'json' }`) of each static import of an ES module, by specifier. */
export function importAttributes(source: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  if (!source.includes('with') && !source.includes('assert')) return out;
  let imports: ReturnType<typeof parseEsm>[0];
  try {
    [imports] = parseEsm(source);
  } catch {
    return out;
  }
  for (const imp of imports) {
    if ((imp.type !== 'static' && imp.type !== 'reexport-star') || !imp.attributes) continue;
    out.set(imp.specifier, Object.fromEntries(imp.attributes));
  }
  return out;
}

/** Static import/export statements or import.meta: what makes Node treat an untyped .js file as ESM. */
export function hasModuleSyntax(source: string): boolean {
  if (!/\b(?:import|export)\b/.test(source)) return false;
  try {
    return parseEsm(source)[3];
  } catch {
    return false;
  }
}

/**
 * Whether require() of this ES module gets Node's `__esModule: true` marker: it has a default
 * export and does not export `__esModule` itself (es-module-lexer's view of its export names).
 */
export function wantsEsModuleMarker(source: string): boolean {
  try {
    const names = parseEsm(source)[1].map((e) => ('name' in e ? e.name : ''));
    return names.includes('default') && !names.includes('__esModule');
  } catch {
    return false;
  }
}

/** Named exports of a CommonJS module as cjs-module-lexer sees them, and the modules it re-exports. */
export function cjsExportNames(source: string): { exports: string[]; reexports: string[] } {
  try {
    return cjsLexer.parse(source);
  } catch {
    return { exports: [], reexports: [] };
  }
}

function namedExports(names: Iterable<string>): string {
  let body = '';
  const list: string[] = [];
  let i = 0;
  for (const name of new Set(names)) {
    if (name === 'default') continue;
    body += `const $e${i} = $m == null ? undefined : $m[${JSON.stringify(name)}];\n`;
    list.push(`$e${i} as ${JSON.stringify(name)}`);
    i++;
  }
  return list.length ? `${body}export { ${list.join(', ')} };\n` : body;
}

/** The module an ES importer sees for a CommonJS file: module.exports as default, plus detected names. */
export function cjsFacade(filename: string, names: Iterable<string>, hooksSpecifier: string): string {
  return (
    `import { hooks as $h } from ${JSON.stringify(hooksSpecifier)};\n` +
    `const $m = $h.cjs(${JSON.stringify(filename)});\nexport default $m;\n${namedExports(names)}`
  );
}

/** The module an ES importer sees for a builtin: the module object as default, its keys as names. */
export function builtinFacade(name: string, names: Iterable<string>, hooksSpecifier: string): string {
  return (
    `import { hooks as $h } from ${JSON.stringify(hooksSpecifier)};\n` +
    `const $m = $h.builtin(${JSON.stringify(name)});\nexport default $m;\n${namedExports(names)}`
  );
}

/** A JSON module: parsed when evaluated, so a syntax error names the file as Node's does. */
export function jsonModule(filename: string, text: string, hooksSpecifier: string): string {
  return (
    `import { hooks as $h } from ${JSON.stringify(hooksSpecifier)};\n` +
    `export default $h.json(${JSON.stringify(filename)}, ${JSON.stringify(text)});\n`
  );
}
