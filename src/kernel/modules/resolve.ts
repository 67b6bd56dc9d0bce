// Host zone: Node's module resolution (CommonJS `require` and ES `import`), run on the host over the
// container's VFS so a require costs one crossing instead of a dozen stats. Pure over `ResolveFs`.

import { posix } from 'node:path';
import { missingBuiltin } from '../../abi/builtins.js';
import { Errno } from '../errno.js';

export interface ResolveFs {
  /** 'file', 'dir' or null when missing (symlinks followed). */
  kind(path: string): 'file' | 'dir' | null;
  readText(path: string): string;
  realpath(path: string): string;
  /** Whether a file has ES module syntax (import/export statements, import.meta): Node's detection. */
  hasModuleSyntax?(path: string): boolean;
}

export type ModuleFormat = 'commonjs' | 'json' | 'module' | 'addon' | 'builtin';

export interface Resolved {
  filename: string;
  format: ModuleFormat;
}

/** A resolution failure with Node's code and message (MODULE_NOT_FOUND, ERR_PACKAGE_PATH_NOT_EXPORTED …). */
export class ResolveError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The class of the error the guest sees (Node throws some of these as TypeError). */
    readonly errorName: 'Error' | 'TypeError' = 'Error',
  ) {
    super(message);
  }
}

interface PackageJson {
  name?: unknown;
  main?: unknown;
  type?: unknown;
  exports?: unknown;
  imports?: unknown;
}

export class Resolver {
  private readonly pkgCache = new Map<string, PackageJson | null>();

  constructor(
    private readonly fs: ResolveFs,
    private readonly isBuiltin: (id: string) => boolean,
  ) {}

  /** `require(request)` from the module `parent` (a filename, or null for the entry / REPL). */
  resolveRequire(request: string, parent: string | null, cwd: string, paths?: string[]): Resolved {
    const file = this.resolveCjsPath(request, parent, cwd, paths);
    if (file.startsWith('node:') || this.isBuiltin(file)) return { filename: file, format: 'builtin' };
    return { filename: file, format: this.formatOf(file) };
  }

  private resolveCjsPath(request: string, parent: string | null, cwd: string, paths?: string[]): string {
    if (request.startsWith('node:')) {
      if (this.isBuiltin(request)) return request;
      throw new ResolveError('ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${request}`);
    }
    if (this.isBuiltin(request)) return request;
    const base = parent ? posix.dirname(parent) : cwd;
    if (
      request.startsWith('./') ||
      request.startsWith('../') ||
      request === '.' ||
      request === '..' ||
      request.startsWith('/')
    ) {
      const abs = posix.resolve(base, request);
      const found = this.loadAsFile(abs) ?? this.loadAsDirectory(abs);
      if (found) return this.fs.realpath(found);
      throw this.notFound(request, parent);
    }
    if (request.startsWith('#')) {
      const viaImports = this.packageImports(request, base, ['node', 'require', 'default']);
      if (viaImports) return this.fs.realpath(viaImports);
      throw this.notFound(request, parent);
    }
    const self = this.packageSelf(request, base, ['node', 'require', 'default']);
    if (self) return this.fs.realpath(self);
    const dirs = paths ?? nodeModulesPaths(base);
    for (const dir of dirs) {
      const found = this.loadFromNodeModules(request, dir, ['node', 'require', 'default']);
      if (found) return this.fs.realpath(found);
    }
    throw this.notFound(request, parent);
  }

  /** ES `import specifier` from `referrer` (a filename, or null for the entry point). */
  resolveImport(specifier: string, referrer: string | null, cwd: string): Resolved {
    const conditions = ['node', 'import', 'default'];
    const missing = missingBuiltin(specifier);
    if (missing) {
      // Node has it; tsvirt does not: the error require() gives, not a node_modules lookup.
      throw new ResolveError('ERR_NOT_IMPLEMENTED', `node:${missing} is not implemented in tsvirt`);
    }
    if (specifier.startsWith('node:') || this.isBuiltin(specifier)) {
      if (!this.isBuiltin(specifier))
        throw new ResolveError('ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${specifier}`);
      return { filename: specifier, format: 'builtin' };
    }
    const base = referrer ? posix.dirname(referrer) : cwd;
    let file: string | null = null;
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(specifier)?.[1]?.toLowerCase();
    if (scheme === 'data') {
      throw new ResolveError('ERR_NOT_IMPLEMENTED', 'data: URL imports are not implemented in tsvirt');
    }
    if (scheme !== undefined && scheme !== 'file') {
      throw new ResolveError(
        'ERR_UNSUPPORTED_ESM_URL_SCHEME',
        `Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '${scheme}:'`,
      );
    }
    if (specifier.startsWith('file:')) {
      file = decodeURIComponent(new URL(specifier).pathname);
    } else if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../')) {
      file = posix.resolve(base, specifier.replace(/[?#].*$/, ''));
    } else if (specifier.startsWith('#')) {
      file = this.packageImports(specifier, base, conditions);
    } else {
      file = this.packageSelf(specifier, base, conditions);
      if (!file) {
        for (const dir of nodeModulesPaths(base)) {
          file = this.loadFromNodeModules(specifier, dir, conditions, true);
          if (file) break;
        }
      }
    }
    if (!file) {
      throw new ResolveError(
        'ERR_MODULE_NOT_FOUND',
        `Cannot find package '${specifier}' imported from ${referrer ?? cwd}`,
      );
    }
    const kind = this.fs.kind(file);
    if (kind === 'dir') {
      throw this.withHint(
        new ResolveError(
          'ERR_UNSUPPORTED_DIR_IMPORT',
          `Directory import '${file}' is not supported resolving ES modules imported from ${referrer ?? cwd}`,
        ),
        specifier,
        base,
      );
    }
    if (kind !== 'file') {
      throw this.withHint(
        new ResolveError(
          'ERR_MODULE_NOT_FOUND',
          `Cannot find module '${file}' imported from ${referrer ?? cwd}`,
        ),
        specifier,
        base,
      );
    }
    const real = this.fs.realpath(file);
    return { filename: real, format: this.formatOf(real) };
  }

  /** The format Node would load a file as: by extension, then by the nearest package.json's type. */
  formatOf(file: string): ModuleFormat {
    if (file.endsWith('.mjs')) return 'module';
    if (file.endsWith('.cjs')) return 'commonjs';
    if (file.endsWith('.json')) return 'json';
    if (file.endsWith('.node')) return 'addon';
    const scope = this.packageScope(posix.dirname(file));
    if (scope?.pkg.type === 'module') return 'module';
    if (scope?.pkg.type === 'commonjs') return 'commonjs';
    // No "type": Node 20.19+ detects module syntax in .js and extensionless files.
    return this.fs.hasModuleSyntax?.(file) ? 'module' : 'commonjs';
  }

  /** Node's hint for a relative import CommonJS would have found: `Did you mean to import "./x.js"?` */
  private withHint(err: ResolveError, specifier: string, base: string): ResolveError {
    if (!specifier.startsWith('./') && !specifier.startsWith('../')) return err;
    const abs = posix.resolve(base, specifier);
    const found = this.loadAsFile(abs) ?? this.loadAsDirectory(abs);
    if (!found) return err;
    let rel = posix.relative(base, found);
    if (!rel.startsWith('../')) rel = `./${rel}`;
    if (rel !== specifier) err.message += `\nDid you mean to import ${JSON.stringify(rel)}?`;
    return err;
  }

  /** The package.json whose scope holds `file` (named in ERR_REQUIRE_ESM), or null. */
  packageScopeFile(file: string): string | null {
    const scope = this.packageScope(posix.dirname(file));
    return scope ? posix.join(scope.dir, 'package.json') : null;
  }

  private notFound(request: string, parent: string | null): ResolveError {
    const err = new ResolveError('MODULE_NOT_FOUND', `Cannot find module '${request}'`);
    if (parent) err.message += `\nRequire stack:\n- ${parent}`;
    return err;
  }

  private loadAsFile(abs: string): string | null {
    if (this.fs.kind(abs) === 'file') return abs;
    for (const ext of ['.js', '.json', '.node']) {
      if (this.fs.kind(abs + ext) === 'file') return abs + ext;
    }
    return null;
  }

  private loadIndex(dir: string): string | null {
    for (const name of ['index.js', 'index.json', 'index.node']) {
      const p = posix.join(dir, name);
      if (this.fs.kind(p) === 'file') return p;
    }
    return null;
  }

  private loadAsDirectory(dir: string): string | null {
    if (this.fs.kind(dir) !== 'dir') return null;
    const pkg = this.readPackage(dir);
    if (pkg && typeof pkg.main === 'string' && pkg.main) {
      const m = posix.resolve(dir, pkg.main);
      const found = this.loadAsFile(m) ?? this.loadIndex(m);
      if (found) return found;
    }
    return this.loadIndex(dir);
  }

  private loadFromNodeModules(
    request: string,
    nodeModules: string,
    conditions: string[],
    esm = false,
  ): string | null {
    const [name, subpath] = splitPackage(request);
    const pkgDir = posix.join(nodeModules, name);
    if (this.fs.kind(pkgDir) !== 'dir') {
      if (esm) return null;
      const abs = posix.join(nodeModules, request);
      return this.loadAsFile(abs) ?? this.loadAsDirectory(abs);
    }
    const pkg = this.readPackage(pkgDir);
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      const target = resolveExports(pkg.exports, `.${subpath}`, conditions);
      if (target === null) {
        throw new ResolveError(
          'ERR_PACKAGE_PATH_NOT_EXPORTED',
          subpath
            ? `Package subpath '.${subpath}' is not defined by "exports" in ${pkgDir}/package.json`
            : `No "exports" main defined in ${pkgDir}/package.json`,
        );
      }
      const file = posix.resolve(pkgDir, target);
      if (esm) return file;
      return this.loadAsFile(file) ?? this.loadAsDirectory(file) ?? file;
    }
    const abs = posix.join(pkgDir, subpath);
    if (esm) {
      if (!subpath) {
        const main = pkg && typeof pkg.main === 'string' ? posix.resolve(pkgDir, pkg.main) : null;
        return (main && (this.loadAsFile(main) ?? this.loadIndex(main))) ?? this.loadIndex(pkgDir);
      }
      return this.fs.kind(abs) ? abs : this.loadAsFile(abs);
    }
    return this.loadAsFile(abs) ?? this.loadAsDirectory(abs);
  }

  private packageSelf(request: string, base: string, conditions: string[]): string | null {
    const scope = this.packageScope(base);
    if (!scope || typeof scope.pkg.name !== 'string' || scope.pkg.exports == null) return null;
    const [name, subpath] = splitPackage(request);
    if (name !== scope.pkg.name) return null;
    const target = resolveExports(scope.pkg.exports, `.${subpath}`, conditions);
    return target === null ? null : posix.resolve(scope.dir, target);
  }

  private packageImports(request: string, base: string, conditions: string[]): string | null {
    const scope = this.packageScope(base);
    if (!scope || !scope.pkg.imports || typeof scope.pkg.imports !== 'object') return null;
    const target = resolveMap(scope.pkg.imports as Record<string, unknown>, request, conditions);
    if (target === null) return null;
    if (!target.startsWith('./')) {
      for (const dir of nodeModulesPaths(scope.dir)) {
        const found = this.loadFromNodeModules(target, dir, conditions);
        if (found) return found;
      }
      return null;
    }
    return posix.resolve(scope.dir, target);
  }

  /** The nearest package.json at or above `dir`. */
  private packageScope(dir: string): { dir: string; pkg: PackageJson } | null {
    for (let d = dir; ; d = posix.dirname(d)) {
      if (posix.basename(d) === 'node_modules') return null;
      const pkg = this.readPackage(d);
      if (pkg) return { dir: d, pkg };
      if (d === '/') return null;
    }
  }

  private readPackage(dir: string): PackageJson | null {
    const file = posix.join(dir, 'package.json');
    if (this.pkgCache.has(file)) return this.pkgCache.get(file) ?? null;
    let pkg: PackageJson | null = null;
    if (this.fs.kind(file) === 'file') {
      try {
        const parsed: unknown = JSON.parse(this.fs.readText(file));
        pkg = parsed && typeof parsed === 'object' ? (parsed as PackageJson) : null;
      } catch (err) {
        if (err instanceof Errno) throw err;
        throw new ResolveError('ERR_INVALID_PACKAGE_CONFIG', `Invalid package config ${file}.`);
      }
    }
    this.pkgCache.set(file, pkg);
    return pkg;
  }
}

/** `@scope/name/sub` → ['@scope/name', '/sub']; `name` → ['name', '']. */
function splitPackage(request: string): [string, string] {
  const parts = request.split('/');
  const n = request.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, n).join('/');
  const rest = parts.slice(n).join('/');
  return [name, rest ? `/${rest}` : ''];
}

/** /a/b/c → /a/b/c/node_modules, /a/b/node_modules, /a/node_modules, /node_modules. */
export function nodeModulesPaths(from: string): string[] {
  const out: string[] = [];
  for (let d = posix.resolve(from); ; d = posix.dirname(d)) {
    if (posix.basename(d) !== 'node_modules') out.push(posix.join(d, 'node_modules'));
    if (d === '/') break;
  }
  return out;
}

function resolveExports(exports: unknown, subpath: string, conditions: string[]): string | null {
  if (typeof exports === 'string' || Array.isArray(exports)) {
    return subpath === '.' ? resolveTarget(exports, '', conditions) : null;
  }
  if (!exports || typeof exports !== 'object') return null;
  const keys = Object.keys(exports);
  const isSubpathMap = keys.length > 0 && keys.every((k) => k.startsWith('.'));
  if (!isSubpathMap) return subpath === '.' ? resolveTarget(exports, '', conditions) : null;
  return resolveMap(exports as Record<string, unknown>, subpath, conditions);
}

/** Exact key, then the longest matching `*` pattern, then legacy trailing-slash folders. */
function resolveMap(map: Record<string, unknown>, key: string, conditions: string[]): string | null {
  if (Object.hasOwn(map, key) && !key.includes('*')) return resolveTarget(map[key], '', conditions);
  let best: string | null = null;
  for (const k of Object.keys(map)) {
    const star = k.indexOf('*');
    if (star === -1) {
      if (k.endsWith('/') && key.startsWith(k) && (!best || k.length > best.length)) best = k;
      continue;
    }
    const prefix = k.slice(0, star);
    const suffix = k.slice(star + 1);
    if (key.startsWith(prefix) && key.endsWith(suffix) && key.length >= k.length - 1) {
      if (!best || prefix.length > best.indexOf('*')) best = k;
    }
  }
  if (!best) return null;
  const star = best.indexOf('*');
  if (star === -1) return resolveTarget(map[best], key.slice(best.length), conditions, true);
  const match = key.slice(star, key.length - (best.length - star - 1));
  return resolveTarget(map[best], match, conditions);
}

function resolveTarget(target: unknown, match: string, conditions: string[], folder = false): string | null {
  if (typeof target === 'string') {
    if (folder) return target + match;
    return target.includes('*') ? target.split('*').join(match) : target;
  }
  if (Array.isArray(target)) {
    for (const t of target) {
      const r = resolveTarget(t, match, conditions, folder);
      if (r !== null) return r;
    }
    return null;
  }
  if (target && typeof target === 'object') {
    for (const [cond, value] of Object.entries(target)) {
      if (cond === 'default' || conditions.includes(cond)) {
        const r = resolveTarget(value, match, conditions, folder);
        if (r !== null) return r;
      }
    }
  }
  return null;
}
