// Host zone: the module family. Resolution runs here over the VFS (one crossing per require); CommonJS
// sources go back to the guest to compile; ES module graphs are compiled, linked and evaluated by the
// platform's loader as a host turn of the process's loop (module.import).

import { isBuiltinModule } from '../../abi/builtins.js';
import { CJS_WRAPPER_HEAD, CJS_WRAPPER_TAIL } from '../../abi/cjs-wrapper.js';
import { S_IFDIR, S_IFMT, S_IFREG } from '../../abi/fs-constants.js';
import type { BootInfo } from '../../abi/wire.js';
import { GuestModuleError, ModuleLoader } from '../../platform/modules.js';
import { compileWithOrigin } from '../../platform/script-origin.js';
import { Errno, isErrno } from '../errno.js';
import { EsmSource } from '../modules/esm-source.js';
import { loadedByJsHandler, moduleBody, type PreparedMain, prepareMain } from '../modules/main-prepare.js';
import { ResolveError, Resolver } from '../modules/resolve.js';
import { hasModuleSyntax, rewriteCjs, wantsEsModuleMarker } from '../modules/rewrite.js';
import type { AsyncOp, Task } from '../task.js';
import {
  arrayOf,
  bool,
  int,
  MAX_STRING,
  nullable,
  oneOf,
  optional,
  path,
  record,
  str,
  stringMap,
} from '../validate.js';
import type { SyscallFamily } from './types.js';

const requireArgs = record({ request: str, parent: nullable(path), compile: optional(bool) });
const resolveArgs = record({ request: str, parent: nullable(path), paths: optional(arrayOf(path, 1024)) });
const importArgs = record({
  specifier: str,
  referrer: nullable(str),
  inline: optional(oneOf('eval', 'stdin')),
  source: optional(str),
  attributes: optional(stringMap),
});
const rewriteArgs = record({ source: str });
const compileArgs = record({ source: str, filename: path, wrap: bool });

/**
 * How long running a compiled module script may take. Evaluating the wrapper only makes a function
 * (microseconds); only code that closes the wrapper early runs longer, on the kernel's thread, so it is
 * cut short and its process ends.
 */
const COMPILE_RUN_TIMEOUT_MS = 1000;
const requireEsmArgs = record({ filename: path, id: int(-(2 ** 31), -1) });
const resolveImportArgs = record({ specifier: str, referrer: str });

const resolvers = new WeakMap<Task, Resolver>();
/**
 * The text module-syntax detection read during this resolution (a .js file with no package "type"):
 * module.require then sends it instead of reading the file again. Taken at the end of every require.
 */
const detectedText = new WeakMap<Task, { path: string; text: string }>();
/** Files module.require compiled for each process: a second require of one is served from its cache. */
const precompiled = new WeakMap<Task, Set<string>>();
/** The main module's answer, prepared at spawn with its compile queued ahead of the first turn. */
const preparedMains = new WeakMap<Task, PreparedMain>();

function precompiledFor(task: Task): Set<string> {
  let done = precompiled.get(task);
  if (!done) {
    done = new Set();
    precompiled.set(task, done);
  }
  return done;
}

/**
 * Called at spawn, before the first turn is queued: prepares module.require's answer for the main
 * module and queues its compile with origin (modules/main-prepare.ts).
 */
export function prepareMainModule(task: Task, main: BootInfo['main']): void {
  const prepared = prepareMain(task, main, (request) => resolveAndRead(task, request, null));
  if (prepared) preparedMains.set(task, prepared);
}

/**
 * What module.require answers before compiling: the resolved file, its format and, for CommonJS and
 * JSON, its text (CommonJS rewritten), read once (module-syntax detection may have read it already).
 */
function resolveAndRead(
  task: Task,
  request: string,
  parent: string | null,
): { filename: string; format: string; source: string | null } {
  detectedText.delete(task);
  const r = resolverFor(task).resolveRequire(request, parent, task.cwd);
  const detected = detectedText.get(task);
  detectedText.delete(task);
  // An ES module is loaded by module.requireEsm (require(esm), as Node 20.19+ does).
  const text =
    r.format === 'builtin' || r.format === 'addon' || r.format === 'module'
      ? null
      : detected?.path === r.filename
        ? detected.text
        : decoder.decode(task.container.vfs.readFile(task, r.filename));
  const source = r.format === 'commonjs' && text !== null ? rewriteCjs(text) : text;
  return { filename: r.filename, format: r.format, source };
}
const loaders = new WeakMap<Task, { source: EsmSource; loader: ModuleLoader }>();
const decoder = new TextDecoder();

/** One resolver per process: package.json reads are cached for its lifetime, as Node does. */
export function resolverFor(task: Task): Resolver {
  let r = resolvers.get(task);
  if (!r) {
    const vfs = task.container.vfs;
    const detected = new Map<string, boolean>();
    r = new Resolver(
      {
        kind(p) {
          try {
            const t = vfs.stat(task, p).mode & S_IFMT;
            return t === S_IFREG ? 'file' : t === S_IFDIR ? 'dir' : null;
          } catch (err) {
            if (isErrno(err)) return null;
            throw err;
          }
        },
        readText: (p) => decoder.decode(vfs.readFile(task, p)),
        realpath: (p) => vfs.realpath(task, p),
        hasModuleSyntax(p) {
          let known = detected.get(p);
          if (known === undefined) {
            const text = decoder.decode(vfs.readFile(task, p));
            known = hasModuleSyntax(text);
            detected.set(p, known);
            detectedText.set(task, { path: p, text });
          }
          return known;
        },
      },
      isBuiltinModule,
    );
    resolvers.set(task, r);
  }
  return r;
}

/** One ES module map per process (compiled modules are cached by URL for its lifetime). */
function esmFor(task: Task): { source: EsmSource; loader: ModuleLoader } {
  let e = loaders.get(task);
  if (!e) {
    const source = new EsmSource(
      resolverFor(task),
      (p) => decoder.decode(task.container.vfs.readFile(task, p)),
      () => task.cwd,
    );
    const loader = new ModuleLoader(task.guest, source);
    e = { source, loader };
    loaders.set(task, e);
    task.onDeath(() => {
      try {
        loader.release();
      } catch {
        // The isolate is already gone, and its modules with it.
      }
    });
  }
  return e;
}

/** Compiles CommonJS `text` wrapped, with `filename` as its origin; `failed` leaves it to the runtime. */
function compileModule(task: Task, text: string, filename: string, wrap: boolean): boolean {
  const code = wrap ? `${CJS_WRAPPER_HEAD}${text}${CJS_WRAPPER_TAIL}` : text;
  const outcome = compileWithOrigin(
    task.guest,
    code,
    {
      filename,
      columnOffset: wrap ? -CJS_WRAPPER_HEAD.length : 0,
      cacheScope: task.container.codeCacheScope,
    },
    COMPILE_RUN_TIMEOUT_MS,
  );
  if (outcome === 'timeout') {
    // Code that broke out of the wrapper and spun held the kernel's thread: the process ends here.
    task.terminate({ exitCode: 137, signal: 'SIGKILL', oomKilled: false, reason: 'cpu' });
    return false;
  }
  return outcome === 'ok';
}

/**
 * module.require compiles a CommonJS file as it answers (saving the runtime a second crossing to ask),
 * once per file and process: a file required again is normally in the runtime's cache, and one taken out
 * of it goes through module.compile. Only names the runtime's `.js` handler loads (`.js`, `.cjs`, none):
 * other extensions may have a handler of the program's own. The runtime strips a BOM and comments out a
 * shebang before compiling; so does this.
 */
function precompile(task: Task, filename: string, source: string): boolean {
  if (!loadedByJsHandler(filename)) return false;
  const done = precompiledFor(task);
  if (done.has(filename)) return false;
  done.add(filename);
  return compileModule(task, moduleBody(source), filename, true);
}

type ErrorRecord = { error: { code?: string; name: string; message: string; stack?: string } };

function asError(err: unknown): { error: { code: string; message: string } } {
  if (err instanceof ResolveError) return { error: { code: err.code, message: err.message } };
  throw err;
}

/** A loader failure as the data the guest turns into its error (resolution, syntax, link errors). */
function importFailure(err: unknown): ErrorRecord | null {
  if (err instanceof ResolveError) {
    return { error: { code: err.code, name: err.errorName, message: err.message } };
  }
  if (err instanceof GuestModuleError) {
    return { error: { name: err.errorName, message: err.message, stack: err.stackText } };
  }
  return null;
}

function startImport(task: Task, a: unknown, op: AsyncOp): void {
  const { specifier, referrer, inline, source, attributes } = importArgs(a);
  if (source !== undefined && source.length > MAX_STRING) throw new Errno('E2BIG');
  const esm = esmFor(task);
  task.hostTurn(async () => {
    if (!task.alive) return;
    try {
      const key =
        inline && source !== undefined
          ? esm.source.addInline(inline, source)
          : esm.source.resolveRoot(specifier, referrer, attributes ?? {});
      const outcome = await esm.loader.importGraph(op.id, key);
      op.done(null, outcome.kind === 'ok' ? { ok: true } : { failed: outcome.reason });
    } catch (err) {
      if (!task.alive) return;
      const failure = importFailure(err);
      if (failure) op.done(null, failure);
      else if (err instanceof Errno) op.done(err.toWire('open'));
      else {
        task.onHostError(err);
        op.done({ code: 'EIO', syscall: 'import' });
      }
    }
  });
}

export const moduleSyscalls: SyscallFamily = {
  'module.require': {
    support: 'full',
    sync(task, a) {
      const { request, parent, compile } = requireArgs(a);
      const prepared = preparedMains.get(task);
      preparedMains.delete(task);
      if (prepared?.queued && parent === null && request === prepared.request) {
        precompiledFor(task).add(prepared.reply.filename);
        return { ...prepared.reply, compiled: true };
      }
      try {
        const r =
          prepared && parent === null && request === prepared.request
            ? prepared.reply
            : resolveAndRead(task, request, parent);
        const compiled =
          compile === true &&
          r.source !== null &&
          r.format === 'commonjs' &&
          precompile(task, r.filename, r.source);
        return { ...r, compiled };
      } catch (err) {
        return asError(err);
      }
    },
  },
  'module.requireEsm': {
    support: 'partial',
    note: "require() of an ES module evaluates its graph on the kernel's thread, for at most 2 s (longer kills the process); a top-level await that settles within that evaluation is allowed where Node refuses the graph",
    sync(task, a) {
      const { filename, id } = requireEsmArgs(a);
      try {
        const esm = esmFor(task);
        const marker = wantsEsModuleMarker(decoder.decode(task.container.vfs.readFile(task, filename)));
        const outcome = esm.loader.requireGraph(id, esm.source.resolveRoot(filename, null, {}), marker);
        if (outcome.kind === 'ok') return { ok: true };
        if (outcome.reason.kind === 'error' && /timed out/.test(outcome.reason.message)) {
          // A module body that spins would hold the kernel's thread: the process ends here.
          task.terminate({ exitCode: 137, signal: 'SIGKILL', oomKilled: false, reason: 'cpu' });
        }
        return { failed: outcome.reason };
      } catch (err) {
        const failure = importFailure(err);
        if (failure) return failure;
        throw err;
      }
    },
  },
  'module.resolve': {
    support: 'full',
    sync(task, a) {
      const { request, parent, paths } = resolveArgs(a);
      try {
        const r = resolverFor(task).resolveRequire(request, parent, task.cwd, paths);
        return { filename: r.filename, format: r.format };
      } catch (err) {
        return asError(err);
      }
    },
  },
  'module.import': {
    support: 'partial',
    note: 'a dynamic import of a module whose top-level await later rejects is reported as an unhandled rejection',
    errName: 'import',
    async: startImport,
  },
  'module.rewrite': {
    support: 'full',
    sync(_task, a) {
      return rewriteCjs(rewriteArgs(a).source);
    },
  },
  'module.compile': {
    support: 'full',
    sync(task, a) {
      const { source, filename, wrap } = compileArgs(a);
      // Only a file of the guest's own may be an origin: the runtime's code is named `tsvirt:runtime`,
      // and stacks hide frames from it; an absolute path can never be mistaken for it.
      if (!filename.startsWith('/')) throw new Errno('EINVAL');
      return compileModule(task, source, filename, wrap);
    },
  },
  'module.resolveImport': {
    support: 'full',
    sync(task, a) {
      const { specifier, referrer } = resolveImportArgs(a);
      try {
        return { url: esmFor(task).source.resolveUrl(specifier, referrer) };
      } catch (err) {
        return asError(err);
      }
    },
  },
};
