// Guest zone: CommonJS. Resolution happens in the kernel (module.require: one crossing per module);
// here we keep Module objects, the cache, the wrapper and `require` itself, shaped like Node's.

import { builtinNames, isBuiltin, loadBuiltin } from './builtins.js';
import { sys } from './door.js';
import { nodeError } from './errors.js';
import { boot } from './state.js';

type Format = 'commonjs' | 'json' | 'module' | 'addon' | 'builtin';
type RequireReply =
  | { filename: string; format: Format; source: string | null }
  | { error: { code: string; message: string } };

const indirectEval = eval;

export interface RequireFunction {
  (id: string): unknown;
  resolve: ((request: string, options?: { paths?: string[] }) => string) & {
    paths(request: string): string[] | null;
  };
  cache: Record<string, Module>;
  main: Module | undefined;
  extensions: Record<string, unknown>;
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function nodeModulePaths(from: string): string[] {
  const out: string[] = [];
  const parts = from.split('/').filter(Boolean);
  for (let i = parts.length; i >= 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    out.push(`/${[...parts.slice(0, i), 'node_modules'].join('/')}`);
  }
  return out;
}

function resolveError(e: { code: string; message: string }, request: string): Error {
  const err = nodeError(e.code, e.message) as Error & { requireStack?: string[] };
  if (e.code === 'MODULE_NOT_FOUND') {
    const stack = e.message.split('\n- ').slice(1);
    err.requireStack = stack;
    void request;
  }
  return err;
}

/** ESM loading hook, installed by the ESM loader (require of an ES module is ERR_REQUIRE_ESM in Node 20). */
let esmImport: ((specifier: string, referrer: string | null) => Promise<unknown>) | undefined;
export function setEsmImport(fn: (specifier: string, referrer: string | null) => Promise<unknown>): void {
  esmImport = fn;
}

export class Module {
  static _cache: Record<string, Module> = Object.create(null);
  static _extensions: Record<string, (m: Module, filename: string) => void> = Object.create(null);
  static builtinModules = builtinNames.slice();
  static wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
  static Module = Module;

  id: string;
  path: string;
  exports: unknown = {};
  filename: string | null = null;
  loaded = false;
  children: Module[] = [];
  paths: string[] = [];
  parent: Module | null | undefined;

  constructor(id = '', parent?: Module | null) {
    this.id = id;
    this.path = dirname(id);
    this.parent = parent;
    if (parent) parent.children.push(this);
  }

  static wrap(script: string): string {
    return Module.wrapper[0] + script + Module.wrapper[1];
  }

  static isBuiltin(id: string): boolean {
    return isBuiltin(id);
  }

  static _nodeModulePaths(from: string): string[] {
    return nodeModulePaths(from);
  }

  static _resolveFilename(
    request: string,
    parent: Module | null | undefined,
    _isMain?: boolean,
    options?: { paths?: string[] },
  ): string {
    if (isBuiltin(request)) return request;
    const reply = sys<{ filename: string } | { error: { code: string; message: string } }>('module.resolve', {
      request,
      parent: parent?.filename ?? null,
      ...(options?.paths ? { paths: options.paths.flatMap((p) => nodeModulePaths(p)) } : {}),
    });
    if ('error' in reply) throw resolveError(reply.error, request);
    return reply.filename;
  }

  static _load(request: string, parent: Module | null, isMain = false): unknown {
    if (request.startsWith('node:') || isBuiltin(request)) {
      const m = loadBuiltin(request);
      if (m === undefined)
        throw nodeError('ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${request}`);
      return m;
    }
    const reply = sys<RequireReply>('module.require', { request, parent: parent?.filename ?? null });
    if ('error' in reply) throw resolveError(reply.error, request);
    const { filename, format, source } = reply;
    if (format === 'builtin') return loadBuiltin(filename);
    const cached = Module._cache[filename];
    if (cached) {
      updateChildren(parent, cached);
      return cached.exports;
    }
    const module = new Module(filename, parent);
    module.filename = filename;
    module.paths = nodeModulePaths(dirname(filename));
    if (isMain) {
      mainModule = module;
      module.id = '.';
    }
    Module._cache[filename] = module;
    let threw = true;
    try {
      module.loadSource(filename, format, source ?? '');
      threw = false;
    } finally {
      if (threw) delete Module._cache[filename];
    }
    return module.exports;
  }

  /** Loads this module's source in the given format (the kernel already read it). */
  loadSource(filename: string, format: Format, source: string): void {
    if (format === 'json') {
      try {
        this.exports = JSON.parse(stripBom(source));
      } catch (err) {
        (err as Error).message = `${filename}: ${(err as Error).message}`;
        throw err;
      }
    } else if (format === 'addon') {
      throw nodeError(
        'ERR_DLOPEN_FAILED',
        `Cannot load native addon '${filename}': native addons are not supported in tsvirt`,
      );
    } else if (format === 'module') {
      throw nodeError(
        'ERR_REQUIRE_ESM',
        `require() of ES Module ${filename} not supported.\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`,
      );
    } else {
      this._compile(stripBom(source), filename);
    }
    this.loaded = true;
  }

  _compile(content: string, filename: string): unknown {
    const body = content.startsWith('#!') ? `//${content}` : content;
    // The wrapper keeps line numbers; sourceURL makes stack traces name the guest file.
    const wrapper = indirectEval(
      `(function (exports, require, module, __filename, __dirname, $__im$) { ${body}\n})\n//# sourceURL=${filename}`,
    ) as (...args: unknown[]) => unknown;
    const require = makeRequire(this);
    const dir = dirname(filename);
    const dynImport = (specifier: unknown) => {
      if (!esmImport) return Promise.reject(nodeError('ERR_NOT_IMPLEMENTED', 'import() is not available'));
      return esmImport(String(specifier), filename);
    };
    return wrapper.call(this.exports, this.exports, require, this, filename, dir, dynImport);
  }

  require(id: string): unknown {
    if (typeof id !== 'string') {
      const err = new TypeError(
        `The "id" argument must be of type string. Received ${typeof id}`,
      ) as TypeError & { code: string };
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (id === '') {
      const err = new TypeError("The argument 'id' must be a non-empty string. Received ''") as TypeError & {
        code: string;
      };
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    return Module._load(id, this, false);
  }

  static createRequire(filename: string | { href: string }): RequireFunction {
    const href = typeof filename === 'string' ? filename : filename.href;
    const path = href.startsWith('file://')
      ? decodeURIComponent(
          new (globalThis as unknown as { URL: new (h: string) => { pathname: string } }).URL(href).pathname,
        )
      : href;
    const m = new Module(path, null);
    m.filename = path.endsWith('/') ? `${path}[eval]` : path;
    m.paths = nodeModulePaths(dirname(m.filename));
    return makeRequire(m);
  }

  static runMain(): void {}
  static syncBuiltinESMExports(): void {}
  static findSourceMap(): undefined {
    return undefined;
  }
  static register(): void {
    throw nodeError('ERR_NOT_IMPLEMENTED', 'module.register() is not implemented in tsvirt');
  }
}

let mainModule: Module | undefined;

function updateChildren(parent: Module | null, child: Module): void {
  if (parent && !parent.children.includes(child)) parent.children.push(child);
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

export function makeRequire(mod: Module): RequireFunction {
  const require = ((id: string) => mod.require(id)) as RequireFunction;
  const resolve = ((request: string, options?: { paths?: string[] }) => {
    if (typeof request !== 'string') throw new TypeError('The "request" argument must be of type string');
    return Module._resolveFilename(request, mod, false, options);
  }) as RequireFunction['resolve'];
  resolve.paths = (request: string) => (isBuiltin(request) ? null : nodeModulePaths(mod.path));
  require.resolve = resolve;
  require.cache = Module._cache;
  Object.defineProperty(require, 'main', { get: () => mainModule, enumerable: true, configurable: true });
  require.extensions = Module._extensions;
  return require;
}

/** Runs the program's main CommonJS module (the kernel decided it is CommonJS). */
export function runMainCjs(path: string): void {
  Module._load(path.startsWith('/') ? path : `${boot().cwd}/${path}`.replace(/\/+/g, '/'), null, true);
}

/** Code from `node -e` / `node -p`: runs as a CommonJS module named [eval] in the cwd. */
export function runEval(
  code: string,
  print: boolean,
  write: (s: string) => void,
  inspect: (v: unknown) => string,
): void {
  const filename = `${boot().cwd.replace(/\/$/, '')}/[eval]`;
  const m = new Module('[eval]', null);
  m.filename = filename;
  m.paths = nodeModulePaths(boot().cwd);
  const require = makeRequire(m);
  const g = globalThis as Record<string, unknown>;
  g.require = require;
  g.module = m;
  g.exports = m.exports;
  g.__filename = '[eval]';
  g.__dirname = '.';
  const result = indirectEval(`${code}\n//# sourceURL=[eval]`);
  if (print) write(`${inspect(result)}\n`);
}

export function getMainModule(): Module | undefined {
  return mainModule;
}
