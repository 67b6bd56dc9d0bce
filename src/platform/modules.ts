// Host zone (platform): ES module graphs in one process's isolate. Compiles each module once per
// process (cached by key), links the graph through a host-compiled glue module and evaluates it. The
// glue imports the target and hands its namespace to the runtime's registry in-guest, so no host
// Reference ever reaches guest code. Callers run `importGraph` as a host turn of the process's loop.

import type ivm from 'isolated-vm';
import type { RejectionReason } from '../abi/wire.js';
import type { GuestIsolate } from './isolate.js';

/** The kernel's side of module loading: resolution and the text to compile for each module. */
export interface ModuleSourceProvider {
  /** The specifier of the runtime's hooks module, which generated sources import. */
  readonly hooksSpecifier: string;
  /** Resolves `specifier` imported by the module `referrer` (a key) to a module key; throws to fail. */
  resolve(specifier: string, referrer: string): string;
  /**
   * The text to compile for `key`: user ESM (rewritten), or a facade for CommonJS, JSON, builtins.
   * For a `node:` key, `builtinKeys` holds the builtin's export names as the runtime reported them.
   */
  source(key: string, builtinKeys: string[]): ModuleText;
}

/** What to compile for a module key, and the file name its stack frames show. */
export interface ModuleText {
  code: string;
  /** The key for user modules; the runtime's own name for facades, whose frames stacks hide. */
  filename: string;
}

/** The file name of code the loader generates: the runtime's, so guest stack traces leave it out. */
export const LOADER_FILENAME = 'tsvirt:runtime';

/** A failure the guest caused while compiling or linking (SyntaxError …): shown to it as its error. */
export class GuestModuleError extends Error {
  constructor(
    readonly errorName: string,
    message: string,
    readonly stackText: string,
  ) {
    super(message);
  }
}

/** How evaluation of a graph went: ran (maybe still awaiting top-level await), or threw. */
export type ImportOutcome = { kind: 'ok' } | { kind: 'failed'; reason: RejectionReason };

/**
 * The longest a graph loaded by require() may evaluate. It runs inside the requiring process's
 * syscall, on the kernel's thread (a synchronous require cannot wait for a later turn), so a module
 * body that spins past this is terminated, and its process with it, instead of stalling the kernel.
 */
export const REQUIRE_EVAL_TIMEOUT_MS = 2000;

interface Entry {
  module: ivm.Module;
  /** specifier → key, once every dependency has been resolved. */
  deps: Map<string, string> | null;
}

const MAX_KEYS = 10000;
const HOOK_TIMEOUT_MS = 2000;
const HOOKS_SOURCE = 'export let hooks = null; export function __init(h) { hooks = h; }';

/**
 * A guest-visible stack. For an async call (evaluate) the frames above isolated-vm's boundary are the
 * guest's and the rest the host's; a sync call (compile, link) has only host frames, so only the head.
 */
function guestStack(stack: string, head: string): string {
  const cut = stack.indexOf('\n    at (<isolated-vm boundary>)');
  return cut === -1 ? head : stack.slice(0, cut);
}

function guestError(err: unknown): GuestModuleError {
  if (err instanceof Error) {
    // isolated-vm appends the position (`[file:///x.mjs:1:9]`) to compile errors; Node puts it in the stack.
    const message = err.message.replace(/ \[[^\]\n]*:\d+:\d+\]$/, '');
    return new GuestModuleError(err.name, message, `${err.name}: ${message}`);
  }
  return new GuestModuleError('Error', String(err), `Error: ${String(err)}`);
}

function describe(err: unknown): RejectionReason {
  if (err instanceof Error) {
    const stack = guestStack(String(err.stack ?? ''), `${err.name}: ${err.message}`);
    return { kind: 'error', name: err.name, message: err.message, stack };
  }
  if (err === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof err))
    return { kind: 'value', value: err };
  return { kind: 'value', value: String(err) };
}

/** One process's module map: compiled modules by key, their resolved dependencies, the hooks module. */
export class ModuleLoader {
  private readonly cache = new Map<string, Entry>();
  private readonly byModule = new Map<ivm.Module, Entry>();
  private hooksModule: ivm.Module | undefined;

  constructor(
    private readonly guest: GuestIsolate,
    private readonly provider: ModuleSourceProvider,
  ) {}

  /**
   * Loads the graph rooted at `rootKey`, links it and evaluates it. The glue module calls the runtime's
   * `hooks.reg(id, namespace)` when evaluation completes (after any top-level await). Compile, resolve
   * and link failures throw (GuestModuleError or the provider's own errors); evaluation errors are the
   * outcome `failed`.
   */
  async importGraph(id: number, rootKey: string): Promise<ImportOutcome> {
    const host = this.guest.moduleHost();
    const hooks = this.ensureHooks(host);
    const keys = new Map<string, string[]>();
    // Builtins' export names come from the runtime (an async hook call); gather them first, then
    // walk the graph with them at hand.
    for (;;) {
      const missing = this.loadGraph(host, rootKey, (name) => keys.get(name));
      if (missing === undefined) break;
      keys.set(missing, await this.builtinKeys(missing));
    }
    const glue = this.linkGlue(host, hooks, id, rootKey);
    try {
      await this.callHook('enter', []);
      try {
        await glue.evaluate();
      } catch (err) {
        return { kind: 'failed', reason: describe(err) };
      } finally {
        // Runs the ticks the evaluation queued: user code, so no time limit, like any other turn.
        if (!this.guest.isDisposed) await this.callHook('leave', [], undefined);
      }
      return { kind: 'ok' };
    } finally {
      glue.release();
    }
  }

  /**
   * require() of an ES module (Node 20.19+): loads and links the graph like importGraph, then
   * evaluates it synchronously from inside the requiring process's syscall, within
   * REQUIRE_EVAL_TIMEOUT_MS. The glue's `hooks.reg(id, ns)` has run when this returns, unless the graph
   * waits on top-level await (the caller then reports ERR_REQUIRE_ASYNC_MODULE). With
   * `esModuleMarker`, what is registered is a facade that adds `__esModule: true`, as Node does.
   */
  requireGraph(id: number, rootKey: string, esModuleMarker: boolean): ImportOutcome {
    const host = this.guest.moduleHost();
    const hooks = this.ensureHooks(host);
    this.loadGraph(host, rootKey, (name) => this.builtinKeysSync(name));
    const glue = this.linkGlue(host, hooks, id, rootKey);
    try {
      try {
        glue.evaluateSync({ timeout: REQUIRE_EVAL_TIMEOUT_MS });
      } catch (err) {
        return { kind: 'failed', reason: describe(err) };
      }
    } finally {
      glue.release();
    }
    if (esModuleMarker) {
      // Node adds `__esModule: true` to what require() returns for a module with a default export,
      // so code compiled from ESM to CommonJS finds the default. A re-exporting facade carries it.
      const key = `${rootKey}#require`;
      if (!this.cache.has(key)) {
        const target = JSON.stringify(rootKey);
        const facade = this.compile(
          host,
          `export * from ${target}; export { default } from ${target}; export const __esModule = true;`,
          LOADER_FILENAME,
        );
        const entry = { module: facade, deps: new Map([[rootKey, rootKey]]) };
        this.cache.set(key, entry);
        this.byModule.set(facade, entry);
      }
      const again = this.linkGlue(host, hooks, id, key);
      try {
        again.evaluateSync({ timeout: REQUIRE_EVAL_TIMEOUT_MS });
      } finally {
        again.release();
      }
    }
    return { kind: 'ok' };
  }

  /** Releases every compiled module (the isolate is going away or the process ended). */
  release(): void {
    for (const e of this.cache.values()) e.module.release();
    this.cache.clear();
    this.byModule.clear();
    this.hooksModule?.release();
    this.hooksModule = undefined;
  }

  private entry(key: string): Entry {
    const e = this.cache.get(key);
    if (!e) throw new Error(`module ${key} was not loaded`);
    return e;
  }

  private compile(host: ReturnType<GuestIsolate['moduleHost']>, code: string, filename: string): ivm.Module {
    try {
      return host.isolate.compileModuleSync(code, { filename });
    } catch (err) {
      throw guestError(err);
    }
  }

  /** The glue module that imports `rootKey` and hands its namespace to `hooks.reg(id, …)`, linked. */
  private linkGlue(
    host: ReturnType<GuestIsolate['moduleHost']>,
    hooks: ivm.Module,
    id: number,
    rootKey: string,
  ): ivm.Module {
    const hooksSpec = this.provider.hooksSpecifier;
    const glue = this.compile(
      host,
      `import * as ns from ${JSON.stringify(rootKey)}; import { hooks } from ${JSON.stringify(hooksSpec)}; hooks.reg(${id}, ns);`,
      LOADER_FILENAME,
    );
    try {
      glue.instantiateSync(host.context, (specifier, referrer) => {
        if (specifier === hooksSpec) return hooks;
        if (referrer === glue) return this.entry(rootKey).module;
        const key = this.byModule.get(referrer)?.deps?.get(specifier);
        if (key === undefined) throw new Error(`unresolved module ${specifier}`);
        return this.entry(key).module;
      });
    } catch (err) {
      glue.release();
      throw guestError(err);
    }
    return glue;
  }

  /**
   * Compiles `rootKey` and everything it imports (iteratively: deep graphs must not blow the stack).
   * `keysOf` gives a builtin's export names; when it has none yet for one the graph needs, the walk
   * stops and returns that builtin's name (compiled modules stay cached for the next walk).
   */
  private loadGraph(
    host: ReturnType<GuestIsolate['moduleHost']>,
    rootKey: string,
    keysOf: (name: string) => string[] | undefined,
  ): string | undefined {
    const seen = new Set<string>();
    const todo = [rootKey];
    for (let key = todo.pop(); key !== undefined; key = todo.pop()) {
      if (seen.has(key)) continue;
      seen.add(key);
      let entry = this.cache.get(key);
      if (!entry) {
        let keys: string[] = [];
        if (key.startsWith('node:')) {
          const known = keysOf(key.slice(5));
          if (known === undefined) return key.slice(5);
          keys = known;
        }
        const text = this.provider.source(key, keys);
        const module = this.compile(host, text.code, text.filename);
        entry = { module, deps: null };
        this.cache.set(key, entry);
        this.byModule.set(module, entry);
      }
      if (!entry.deps) {
        const deps = new Map<string, string>();
        for (const spec of entry.module.dependencySpecifiers) {
          if (spec === this.provider.hooksSpecifier) continue;
          deps.set(spec, this.provider.resolve(spec, key));
        }
        entry.deps = deps;
      }
      for (const dep of entry.deps.values()) if (!seen.has(dep)) todo.push(dep);
    }
    return undefined;
  }

  /** The runtime's hooks module: compiled once per process and handed the hooks object in-guest. */
  private ensureHooks(host: ReturnType<GuestIsolate['moduleHost']>): ivm.Module {
    if (this.hooksModule) return this.hooksModule;
    const m = host.isolate.compileModuleSync(HOOKS_SOURCE, { filename: LOADER_FILENAME });
    m.instantiateSync(host.context, () => {
      throw new Error('the hooks module has no imports');
    });
    m.evaluateSync();
    const init = m.namespace.getSync('__init', { reference: true }) as ivm.Reference<unknown>;
    try {
      init.applySync(undefined, [host.hooks.derefInto()], { arguments: { copy: true } });
    } finally {
      init.release();
    }
    this.hooksModule = m;
    return m;
  }

  /**
   * Calls one of the runtime's hooks, asynchronously (guest code must never run inside a sync call
   * from the host: a guest spinning in process.exit would block the kernel) and with a time limit.
   */
  private async callHook(
    name: string,
    args: unknown[],
    timeout: number | undefined = HOOK_TIMEOUT_MS,
  ): Promise<unknown> {
    const host = this.guest.moduleHost();
    const fn = (await host.hooks.get(name, { reference: true })) as ivm.Reference<unknown>;
    try {
      return await fn.apply(undefined, args, {
        arguments: { copy: true },
        result: { copy: true },
        ...(timeout === undefined ? {} : { timeout }),
      });
    } finally {
      fn.release();
    }
  }

  /** The export names of a builtin, as the runtime reports them (validated: it is guest data). */
  private async builtinKeys(name: string): Promise<string[]> {
    return validKeys(await this.callHook('keys', [name]));
  }

  /** builtinKeys from inside a syscall (require of an ES module), with the same time limit. */
  private builtinKeysSync(name: string): string[] {
    const host = this.guest.moduleHost();
    const fn = host.hooks.getSync('keys', { reference: true }) as ivm.Reference<unknown>;
    try {
      return validKeys(
        fn.applySync(undefined, [name], {
          arguments: { copy: true },
          result: { copy: true },
          timeout: HOOK_TIMEOUT_MS,
        }),
      );
    } finally {
      fn.release();
    }
  }
}

function validKeys(out: unknown): string[] {
  if (!Array.isArray(out)) return [];
  return out.filter((k): k is string => typeof k === 'string' && k.length <= 256).slice(0, MAX_KEYS);
}
