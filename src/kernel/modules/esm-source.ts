// Host zone: what the ES module loader compiles for one process. Maps specifiers to module keys
// (`file:` URLs, `node:` names) with the kernel's resolver, and produces each key's source: user ESM
// rewritten (rewrite.ts), or a facade for CommonJS, JSON and builtins.

import { randomUUID } from 'node:crypto';
import { posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LOADER_FILENAME, type ModuleSourceProvider, type ModuleText } from '../../platform/modules.js';
import { type ModuleFormat, ResolveError, type Resolver } from './resolve.js';
import {
  builtinFacade,
  cjsExportNames,
  cjsFacade,
  importAttributes,
  jsonModule,
  rewriteEsm,
} from './rewrite.js';

const MAX_REEXPORT_DEPTH = 16;

/** The per-process source provider: resolution results are remembered so each key has one format. */
export class EsmSource implements ModuleSourceProvider {
  /** Unguessable, so guest code cannot import the runtime's hooks module by name. */
  readonly hooksSpecifier = `tsvirt:esm:${randomUUID()}`;
  private readonly files = new Map<string, { filename: string; format: ModuleFormat }>();
  private readonly inline = new Map<string, string>();
  /** Per module key: the attributes of each of its static imports, by specifier. */
  private readonly attributes = new Map<string, Map<string, Record<string, string>>>();
  private evalCount = 0;

  constructor(
    private readonly resolver: Resolver,
    private readonly readText: (path: string) => string,
    private readonly cwd: () => string,
  ) {}

  /** Registers inline code (`--input-type=module`, stdin) as a module in the cwd; returns its key. */
  addInline(name: 'eval' | 'stdin', code: string): string {
    const base = this.cwd().replace(/\/$/, '');
    const label = name === 'eval' ? `[eval${++this.evalCount}]` : '[stdin]';
    // Node prints the label unescaped: file:///app/[eval1].
    const key = `${pathToFileURL(`${base}/`).href}${label}`;
    this.inline.set(key, code);
    return key;
  }

  /** Resolves the graph's root: a specifier imported by a file (a path or a file: URL) or the cwd. */
  resolveRoot(specifier: string, referrer: string | null, attributes: Record<string, string>): string {
    const from = referrer === null ? null : referrer.startsWith('file:') ? toPath(referrer) : referrer;
    // Relative bases would resolve against the host's cwd: the guest must name an absolute module.
    if (from !== null && !from.startsWith('/')) {
      throw new ResolveError('ERR_INVALID_ARG_VALUE', `The referrer must be an absolute path or file: URL`);
    }
    return this.checked(this.keyFor(specifier, from), attributes);
  }

  resolve(specifier: string, referrer: string): string {
    const key = this.keyFor(specifier, referrer.startsWith('file:') ? toPath(referrer) : null);
    return this.checked(key, this.attributes.get(referrer)?.get(specifier) ?? {});
  }

  /** Node's import-attribute rules: JSON needs `type: 'json'`, nothing else may have a type. */
  private checked(key: string, attributes: Record<string, string>): string {
    for (const [name, value] of Object.entries(attributes)) {
      if (name !== 'type') {
        throw new ResolveError(
          'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
          `Import attribute "${name}" with value "${value}" is not supported`,
          'TypeError',
        );
      }
    }
    const type = attributes.type;
    const isJson = this.files.get(key)?.format === 'json';
    if (type !== undefined && type !== 'json') {
      throw new ResolveError(
        'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED',
        `Import attribute type "${type}" is unsupported`,
        'TypeError',
      );
    }
    if (isJson && type !== 'json') {
      throw new ResolveError(
        'ERR_IMPORT_ASSERTION_TYPE_MISSING',
        `Module "${key}" needs an import attribute of type "json"`,
        'TypeError',
      );
    }
    if (!isJson && type === 'json') {
      throw new ResolveError(
        'ERR_IMPORT_ASSERTION_TYPE_FAILED',
        `Module "${key}" is not of type "json"`,
        'TypeError',
      );
    }
    return key;
  }

  /**
   * `import.meta.resolve`: the URL a specifier resolves to from a module. As in Node, a relative URL
   * resolves whether or not the file exists (loading it is what fails).
   */
  resolveUrl(specifier: string, referrer: string): string {
    try {
      return this.resolve(specifier, referrer);
    } catch (err) {
      const relative = /^(?:\.{0,2}\/|file:)/.test(specifier);
      if (!relative || !(err instanceof ResolveError)) throw err;
      if (err.code !== 'ERR_MODULE_NOT_FOUND' && err.code !== 'ERR_UNSUPPORTED_DIR_IMPORT') throw err;
      return new URL(specifier, referrer).href;
    }
  }

  source(key: string, builtinKeys: string[]): ModuleText {
    const code = this.inline.get(key);
    if (code !== undefined) return { code: this.esm(key, code), filename: key };
    if (key.startsWith('node:')) {
      return {
        code: builtinFacade(key.slice(5), builtinKeys, this.hooksSpecifier),
        filename: LOADER_FILENAME,
      };
    }
    const file = this.files.get(key);
    if (!file) throw new Error(`module ${key} was never resolved`);
    switch (file.format) {
      case 'module':
        return { code: this.esm(key, this.readText(file.filename)), filename: key };
      case 'json':
        return {
          code: jsonModule(file.filename, this.readText(file.filename), this.hooksSpecifier),
          filename: LOADER_FILENAME,
        };
      case 'commonjs':
        return {
          code: cjsFacade(file.filename, this.cjsNames(file.filename, new Set()), this.hooksSpecifier),
          filename: LOADER_FILENAME,
        };
      default:
        throw new ResolveError(
          'ERR_UNKNOWN_FILE_EXTENSION',
          `Unknown file extension "${posix.extname(file.filename)}" for ${file.filename}`,
        );
    }
  }

  private esm(key: string, code: string): string {
    this.attributes.set(key, importAttributes(code));
    return rewriteEsm(code, key, this.hooksSpecifier);
  }

  private keyFor(specifier: string, referrer: string | null): string {
    const r = this.resolver.resolveImport(specifier, referrer, this.cwd());
    if (r.format === 'builtin') {
      return `node:${r.filename.startsWith('node:') ? r.filename.slice(5) : r.filename}`;
    }
    const ext = posix.extname(r.filename);
    if (ext !== '' && !['.js', '.mjs', '.cjs', '.json'].includes(ext)) {
      throw new ResolveError(
        'ERR_UNKNOWN_FILE_EXTENSION',
        `Unknown file extension "${ext}" for ${r.filename}`,
      );
    }
    // A query or fragment names a separate module instance of the same file, as in Node.
    const suffix = /^(?:\.{0,2}\/|file:)/.test(specifier) ? (/[?#].*$/.exec(specifier)?.[0] ?? '') : '';
    const key = pathToFileURL(r.filename).href + suffix;
    if (!this.files.has(key)) this.files.set(key, r);
    return key;
  }

  /** Export names Node would give a CommonJS module, following re-exports (`module.exports = require(…)`). */
  private cjsNames(filename: string, seen: Set<string>): string[] {
    if (seen.has(filename) || seen.size > MAX_REEXPORT_DEPTH) return [];
    seen.add(filename);
    const { exports, reexports } = cjsExportNames(this.readText(filename));
    const names = [...exports];
    for (const request of reexports) {
      try {
        const r = this.resolver.resolveRequire(request, filename, this.cwd());
        if (r.format === 'commonjs') names.push(...this.cjsNames(r.filename, seen));
      } catch (err) {
        if (!(err instanceof ResolveError)) throw err;
      }
    }
    return names;
  }
}

function toPath(url: string): string {
  try {
    return fileURLToPath(url);
  } catch {
    throw new ResolveError('ERR_INVALID_URL', `Invalid URL: ${url}`);
  }
}
