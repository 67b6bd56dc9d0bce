// Guest zone: CommonJS. Resolution happens in the kernel (module.require: one crossing per module);
// here we keep Module objects, the cache, the wrapper, the extension handlers and `require` itself,
// shaped like Node's (Module._load / _resolveFilename / _extensions / wrap, require.cache, cycles).

import { CJS_WRAPPER_HEAD, CJS_WRAPPER_TAIL } from '../../abi/cjs-wrapper.js';
import { builtinNames, isBuiltin, loadBuiltin } from './builtins.js';
import { compileWithOrigin, takeCompiled } from './compile-slot.js';
import { sys } from './door.js';
import { invalidArgType, invalidArgValue, nodeError } from './errors.js';
import { absolute, dirname, isRelative, nodeModulePaths } from './module-paths.js';
import { setWrapperPrefix } from './stack.js';
import { boot } from './state.js';
import type { TextDecoder } from './text-codec.js';
import { checkpointHarmless } from './turn-state.js';

declare const require: (id: string) => unknown;

type Format = 'commonjs' | 'json' | 'module' | 'addon' | 'builtin';
type KernelError = { error: { code: string; message: string } };
/** The wrapper's outer function (it binds `$__im$` and returns the five-argument module function). */
type Compiled = (imp: unknown) => (...args: unknown[]) => unknown;
export type RequireReply =
  | {
      filename: string;
      format: Format;
      source: string | null;
      /** The kernel compiled the file with its origin and left the function in the compile slot. */
      compiled?: boolean;
      /** That function, taken from the slot as soon as the reply arrived (requireCall). */
      fn?: Compiled;
    }
  | KernelError;

/**
 * module.require, with the function the kernel compiled (if any) taken out of the slot at once. The
 * kernel compiles only when asked: only where its nested call's microtask checkpoint is harmless.
 */
export function requireCall(request: string, parent: string | null): RequireReply {
  const compile = checkpointHarmless();
  const reply = sys<RequireReply>('module.require', { request, parent, compile });
  if ('compiled' in reply && reply.compiled === true) {
    const fn = takeCompiled();
    if (fn) reply.fn = fn;
  }
  return reply;
}

/** The kernel's answer for the main module, already fetched by the caller of runMainCjs. */
let mainReply: RequireReply | undefined;

const indirectEval = eval;
let decoder: TextDecoder | undefined;
/** UTF-8 decoding of sources read here (the kernel usually sends them as text), made on first use. */
function decode(bytes: Uint8Array): string {
  decoder ??= new (require('./text-codec.js') as { TextDecoder: typeof TextDecoder }).TextDecoder();
  return decoder.decode(bytes);
}

export interface RequireFunction {
  (id: string): unknown;
  resolve: ((request: string, options?: { paths?: string[] }) => string) & {
    paths(request: string): string[] | null;
  };
  cache: Record<string, Module>;
  main: Module | undefined;
  extensions: Record<string, unknown>;
}

type ExtensionHandler = (m: Module, filename: string) => void;

/** The chain of requiring modules, innermost first, as Node lists it under "Require stack:". */
function requireStackOf(parent: Module | null | undefined): string[] {
  const stack: string[] = [];
  for (let m = parent; m && stack.length < 64; m = m.parent) stack.push(m.filename ?? m.id);
  return stack;
}

/** A kernel resolution failure as Node throws it (MODULE_NOT_FOUND carries the require stack). */
function resolveError(e: { code: string; message: string }, parent: Module | null | undefined): Error {
  if (e.code !== 'MODULE_NOT_FOUND') return nodeError(e.code, e.message);
  const requireStack = requireStackOf(parent);
  let message = e.message.split('\nRequire stack:')[0] ?? e.message;
  if (requireStack.length) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message) as Error & { code: string; requireStack: string[] };
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  return err;
}

/** ESM loading hook, installed by the ESM loader (import() from CommonJS goes through it). */
let esmImport: ((specifier: string, referrer: string | null) => Promise<unknown>) | undefined;
let esmRequire: ((filename: string, parent: string | null) => unknown) | undefined;

/** The ES module loader's require() of an ES module (set by esm-loader.ts, which imports this file). */
export function setEsmRequire(fn: (filename: string, parent: string | null) => unknown): void {
  esmRequire = fn;
}

function requireEsm(filename: string, parent: string | null): unknown {
  if (!esmRequire) throw nodeError('ERR_REQUIRE_ESM', `require() of ES Module ${filename} not supported.`);
  return esmRequire(filename, parent);
}
export function setEsmImport(fn: (specifier: string, referrer: string | null) => Promise<unknown>): void {
  esmImport = fn;
}

/**
 * Source the kernel already read for the module being loaded, consumed by the built-in handlers, and
 * the function it compiled from it (with the file as the origin) when it did.
 */
let pendingSource: { filename: string; source: string; fn: Compiled | undefined } | undefined;

function takeSource(filename: string): string {
  const p = pendingSource;
  pendingSource = undefined;
  if (p && p.filename === filename) return p.source;
  return decode(sys<Uint8Array>('fs.readFile', { path: filename }));
}

/** The kernel's compiled function for `filename`, unless the program changed how modules compile. */
function takePrecompiled(m: Module, filename: string): Compiled | undefined {
  const p = pendingSource;
  if (!p?.fn || p.filename !== filename) return undefined;
  if (m._compile !== ORIGINAL_COMPILE || wrapperPatched()) return undefined;
  pendingSource = undefined;
  return p.fn;
}

function wrapperPatched(): boolean {
  return Module.wrapper[0] !== ORIGINAL_WRAPPER[0] || Module.wrapper[1] !== ORIGINAL_WRAPPER[1];
}

const ORIGINAL_WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
/** Parent-directory + request → filename, so a cached require costs no crossing (Node's relativeResolveCache). */
const resolveCache = new Map<string, string>();

export class Module {
  static _cache: Record<string, Module> = Object.create(null);
  static _extensions: Record<string, ExtensionHandler> = Object.create(null);
  static _pathCache: Record<string, string> = Object.create(null);
  static builtinModules = builtinNames.slice();
  static wrapper = ORIGINAL_WRAPPER.slice();
  static globalPaths: string[] = [];
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
    if (request.startsWith('node:') || isBuiltin(request)) {
      if (isBuiltin(request)) return request;
      throw nodeError('ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${request}`);
    }
    const parentFile = parent?.filename ?? null;
    if (!options?.paths) {
      const reply = sys<{ filename: string } | KernelError>('module.resolve', {
        request,
        parent: parentFile,
      });
      if ('error' in reply) throw resolveError(reply.error, parent);
      return reply.filename;
    }
    if (isRelative(request)) {
      // Relative requests are tried against each of the given directories in turn.
      for (const dir of options.paths) {
        const reply = sys<{ filename: string } | KernelError>('module.resolve', {
          request: absolute(`${absolute(dir)}/${request}`),
          parent: parentFile,
        });
        if (!('error' in reply)) return reply.filename;
        if (reply.error.code !== 'MODULE_NOT_FOUND') throw resolveError(reply.error, parent);
      }
      throw resolveError({ code: 'MODULE_NOT_FOUND', message: `Cannot find module '${request}'` }, parent);
    }
    const paths: string[] = [];
    for (const dir of options.paths) {
      for (const p of nodeModulePaths(dir)) if (!paths.includes(p)) paths.push(p);
    }
    const reply = sys<{ filename: string } | KernelError>('module.resolve', {
      request,
      parent: parentFile,
      paths,
    });
    if ('error' in reply) throw resolveError(reply.error, parent);
    return reply.filename;
  }

  static _load(request: string, parent: Module | null, isMain = false): unknown {
    if (request.startsWith('node:') || isBuiltin(request)) {
      const m = loadBuiltin(request);
      if (m === undefined)
        throw nodeError('ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${request}`);
      return m;
    }
    const cacheKey = `${parent?.path ?? boot().cwd}\0${request}`;
    const known = isMain ? undefined : resolveCache.get(cacheKey);
    const hit = known === undefined ? undefined : Module._cache[known];
    if (hit) {
      updateChildren(parent, hit);
      return hit.exports;
    }
    const reply = isMain && mainReply ? mainReply : requireCall(request, parent?.filename ?? null);
    mainReply = undefined;
    if ('error' in reply) throw resolveError(reply.error, parent);
    const { filename, format, source, fn } = reply;
    if (format === 'builtin') return loadBuiltin(filename);
    resolveCache.set(cacheKey, filename);
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
      if (format === 'module') {
        module.exports = requireEsm(filename, parent?.filename ?? null);
        module.loaded = true;
      } else module.loadSource(filename, format, source ?? '', fn);
      threw = false;
    } finally {
      if (threw) {
        delete Module._cache[filename];
        resolveCache.delete(cacheKey);
        const siblings = parent?.children;
        const i = siblings ? siblings.indexOf(module) : -1;
        if (siblings && i !== -1) siblings.splice(i, 1);
      }
    }
    return module.exports;
  }

  /** Loads this module's source (the kernel already read it) through the extension handler for it. */
  loadSource(filename: string, format: Format, source: string, fn?: Compiled): void {
    if (format === 'addon') {
      throw nodeError(
        'ERR_DLOPEN_FAILED',
        `Cannot load native addon '${filename}': native addons are not supported in tsvirt`,
      );
    }
    const handler = Module._extensions[extensionOf(filename)] ?? Module._extensions['.js'];
    pendingSource = { filename, source, fn };
    try {
      handler?.(this, filename);
    } finally {
      pendingSource = undefined;
    }
    this.loaded = true;
  }

  load(filename: string): void {
    this.filename = filename;
    this.paths = nodeModulePaths(dirname(filename));
    const handler = Module._extensions[extensionOf(filename)] ?? Module._extensions['.js'];
    handler?.(this, filename);
    this.loaded = true;
  }

  _compile(content: string, filename: string): unknown {
    const body = content.startsWith('#!') ? `//${content}` : content;
    const patched = wrapperPatched();
    // Compiled by the kernel with the file as its origin, as Node does: call sites name the file and
    // are not eval code, and columns on line 1 do not count the wrapper. Only where the microtask
    // checkpoint that ends the kernel's call into this isolate cannot run a reaction early.
    let outer = checkpointHarmless()
      ? (compileWithOrigin(patched ? Module.wrap(body) : body, filename, !patched) as Compiled | undefined)
      : undefined;
    if (outer === undefined) {
      // Not compiled with an origin (synchronous code is running, the name is not an absolute path, or
      // the code fails): evaluated here, with a sourceURL naming the file (a SyntaxError is then the
      // program's own, thrown in its realm); V8 then calls its frames eval code.
      const text = patched
        ? `${Module.wrap(body)}\n//# sourceURL=${filename}`
        : `${CJS_WRAPPER_HEAD}${body}${CJS_WRAPPER_TAIL}\n//# sourceURL=${filename}`;
      // Node compiles an unpatched wrapper without a textual prefix: columns on line 1 must not count ours.
      setWrapperPrefix(filename, patched ? 0 : CJS_WRAPPER_HEAD.length);
      outer = indirectEval(text) as Compiled;
    } else {
      setWrapperPrefix(filename, 0);
    }
    return runWrapper(this, outer, patched, filename);
  }

  require(id: string): unknown {
    if (typeof id !== 'string') throw invalidArgType('id', 'of type string', id);
    if (id === '') throw invalidArgValue('id', id, 'must be a non-empty string');
    return Module._load(id, this, false);
  }

  static createRequire(filename: string | { href: string }): RequireFunction {
    const href = typeof filename === 'string' ? filename : filename?.href;
    if (typeof href !== 'string' || (!href.startsWith('file:') && !href.startsWith('/'))) {
      throw invalidArgValue(
        'filename',
        filename,
        'must be a file URL object, file URL string, or absolute path string',
      );
    }
    const path = href.startsWith('file://') ? decodeURIComponent(href.slice(7).replace(/[?#].*$/, '')) : href;
    const m = new Module(path, null);
    m.filename = path.endsWith('/') ? `${path}noop.js` : path;
    m.paths = nodeModulePaths(dirname(m.filename));
    return makeRequire(m);
  }

  static runMain(): void {
    const script = boot().argv[1];
    if (script) runMainCjs(script);
  }
  static syncBuiltinESMExports(): void {}
  static findSourceMap(): undefined {
    return undefined;
  }
  static register(): void {
    throw nodeError('ERR_NOT_IMPLEMENTED', 'module.register() is not implemented in tsvirt');
  }
}

/** Calls a compiled module: the outer function binds `$__im$` (unless patched), then Node's five arguments. */
function runWrapper(m: Module, outer: Compiled, patched: boolean, filename: string): unknown {
  const require = makeRequire(m);
  const dir = dirname(filename);
  const dynImport = (specifier: unknown) => {
    if (!esmImport) return Promise.reject(nodeError('ERR_NOT_IMPLEMENTED', 'import() is not available'));
    let spec: string;
    try {
      spec = String(specifier);
    } catch (err) {
      return Promise.reject(err);
    }
    return esmImport(spec, filename);
  };
  const wrapper = patched ? (outer as unknown as (...args: unknown[]) => unknown) : outer(dynImport);
  return wrapper.call(m.exports, m.exports, require, m, filename, dir);
}

const ORIGINAL_COMPILE = Module.prototype._compile;

function extensionOf(filename: string): string {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  // Longest registered extension first (`.test.js` before `.js`), as Node's findLongestRegisteredExtension.
  for (let i = base.indexOf('.', 1); i !== -1; i = base.indexOf('.', i + 1)) {
    const ext = base.slice(i);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module._extensions['.js'] = (m, filename) => {
  const fn = takePrecompiled(m, filename);
  if (fn) {
    setWrapperPrefix(filename, 0);
    runWrapper(m, fn, false, filename);
    return;
  }
  m._compile(stripBom(takeSource(filename)), filename);
};
Module._extensions['.json'] = (m, filename) => {
  const text = takeSource(filename);
  try {
    m.exports = JSON.parse(stripBom(text));
  } catch (err) {
    (err as Error).message = `${filename}: ${(err as Error).message}`;
    throw err;
  }
};
Module._extensions['.node'] = (_m, filename) => {
  throw nodeError(
    'ERR_DLOPEN_FAILED',
    `Cannot load native addon '${filename}': native addons are not supported in tsvirt`,
  );
};

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
    if (typeof request !== 'string') throw invalidArgType('request', 'of type string', request);
    return Module._resolveFilename(request, mod, false, options);
  }) as RequireFunction['resolve'];
  resolve.paths = (request: string) => {
    if (typeof request !== 'string') throw invalidArgType('request', 'of type string', request);
    if (request.startsWith('node:') || isBuiltin(request)) return null;
    if (isRelative(request)) return [mod.path];
    return nodeModulePaths(mod.path).concat(Module.globalPaths);
  };
  require.resolve = resolve;
  require.cache = Module._cache;
  Object.defineProperty(require, 'main', { get: () => mainModule, enumerable: true, configurable: true });
  require.extensions = Module._extensions;
  return require;
}

/** Runs the program's main CommonJS module (the kernel decided it is CommonJS). */
/** Loads the main module `path`; `reply` is module.require's answer for it when the caller has it. */
export function runMainCjs(path: string, reply?: RequireReply): void {
  mainReply = reply;
  try {
    Module._load(absolute(path), null, true);
  } finally {
    mainReply = undefined;
  }
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
  // import() in inline code: the kernel rewrites it to `$__im$(`, bound here for the code's lifetime.
  g.$__im$ = (specifier: unknown) => {
    if (!esmImport) return Promise.reject(nodeError('ERR_NOT_IMPLEMENTED', 'import() is not available'));
    return esmImport(String(specifier), filename);
  };
  const source = /\bimport\s*\(/.test(code) ? sys<string>('module.rewrite', { source: code }) : code;
  const result = indirectEval(`${source}\n//# sourceURL=[eval]`);
  // node -p prints like console.log: strings as they are, anything else inspected.
  if (print) write(`${typeof result === 'string' ? result : inspect(result)}\n`);
}

export function getMainModule(): Module | undefined {
  return mainModule;
}
