// Test zone: the policy tests' view of the source tree: every .ts file under src/ with its text and the
// module specifiers it imports (static imports, re-exports, dynamic import() and require()).

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SRC = join(REPO, 'src');

export interface SourceFile {
  /** Path relative to the repo, with forward slashes (`src/kernel/task.ts`). */
  rel: string;
  text: string;
  lines: number;
  /** Module specifiers as written. */
  imports: string[];
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(m?ts|mjs)$/.test(entry.name)) out.push(full);
  }
}

/** Strips comments so an import named in prose does not count (strings are kept). */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const IMPORT_RES = [
  /^\s*import\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/gm,
  /^\s*export\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/gm,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The module specifiers a source text imports. */
export function importsOf(text: string): string[] {
  const code = stripComments(text);
  const found: string[] = [];
  for (const re of IMPORT_RES) {
    for (const m of code.matchAll(re)) found.push(m[1] as string);
  }
  return found;
}

let cached: SourceFile[] | undefined;

/** Every source file under src/ (the build script included). */
export function sourceFiles(): SourceFile[] {
  if (cached) return cached;
  const files: string[] = [];
  walk(SRC, files);
  cached = files.sort().map((full) => {
    const text = readFileSync(full, 'utf8');
    return {
      rel: relative(REPO, full).split('\\').join('/'),
      text,
      lines: text.split('\n').length,
      imports: importsOf(text),
    };
  });
  return cached;
}

/** The repo-relative path a relative specifier points at (`../abi/x.js` from src/kernel/a.ts → src/abi/x.js). */
export function resolveRelative(from: string, spec: string): string {
  return join(dirname(from), spec).split('\\').join('/');
}

/** The top package name of a bare specifier (`@scope/pkg/sub` → `@scope/pkg`, `node:fs` stays). */
export function packageOf(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}
