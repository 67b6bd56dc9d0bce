// Guest zone: ES modules, the runtime's half. The kernel compiles, links and evaluates module graphs
// (module.import, a host turn); it reaches this file only through modules it compiles, which import the
// `hooks` object below: glue modules hand finished namespaces to `reg`, rewritten sources call `imp`
// for import() and `meta` for import.meta, facades call `cjs`, `builtin` and `json`.

import type { RejectionReason } from '../../abi/wire.js';
import { isBuiltin, loadBuiltin } from './builtins.js';
import { Module, setEsmImport, setEsmRequire } from './cjs-loader.js';
import { compileSlot } from './compile-slot.js';
import { start, sys } from './door.js';
import { nodeError } from './errors.js';
import { holdTicks, queueMicrotask } from './loop.js';
import { enterNestedEvaluation, leaveNestedEvaluation } from './process.js';
import { enterTask, leaveTask } from './turn-state.js';

/** A module namespace object, as V8 made it. */
export type Namespace = Record<string, unknown>;

type ImportReply =
  | { ok: true }
  | { failed: RejectionReason }
  | { error: { code?: string; name: string; message: string; stack?: string } };

interface Waiter {
  resolve(ns: Namespace): void;
  reject(err: unknown): void;
  /** The kernel finished evaluating; the namespace comes when top-level await settles. */
  evaluated: boolean;
}

const FUNCTION_OWN = new Set(['length', 'name', 'prototype', 'caller', 'arguments']);
const waiting = new Map<number, Waiter>();
const arrived = new Map<number, Namespace>();
const metas = new Map<string, object>();
const ErrorCtors: Record<string, ErrorConstructor> = {
  Error,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
};

function urlToPath(url: string): string {
  return decodeURIComponent(url.startsWith('file://') ? url.slice(7) : url);
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

/** An error the kernel described as data, rebuilt as the guest's own Error of the same class. */
function rebuild(e: { code?: string; name: string; message: string; stack?: string }): unknown {
  const Ctor = ErrorCtors[e.name] ?? Error;
  if (e.code) return nodeError(e.code, e.message, Ctor);
  const err = new Ctor(e.message);
  if (e.stack) {
    Object.defineProperty(err, 'stack', {
      value: e.stack.replace(/\n\s+at \(<isolated-vm boundary>\)[\s\S]*$/, ''),
      writable: true,
      configurable: true,
    });
  }
  return err;
}

function rebuildReason(r: RejectionReason): unknown {
  return r.kind === 'error' ? rebuild(r) : r.value;
}

function settle(id: number, w: Waiter, err: Error | null, value: unknown): void {
  waiting.delete(id);
  if (err) {
    waiting.delete(id);
    w.reject(err);
    return;
  }
  const reply = value as ImportReply;
  const ns = arrived.get(id);
  if ('error' in reply) {
    w.reject(rebuild(reply.error));
  } else if ('failed' in reply) {
    arrived.delete(id);
    if (ns) {
      // The graph evaluated; what failed was some other promise nobody handled during the turn.
      w.resolve(ns);
      Promise.reject(rebuildReason(reply.failed));
    } else {
      w.reject(rebuildReason(reply.failed));
    }
  } else if (ns) {
    arrived.delete(id);
    w.resolve(ns);
  } else {
    // Top-level await still pending: the glue's call to hooks.reg will resolve it.
    w.evaluated = true;
    waiting.set(id, w);
  }
}

/** Starts loading a module graph; the promise settles with its namespace once evaluation finished. */
export function importModule(
  specifier: string,
  referrer: string | null,
  inline?: { kind: 'eval' | 'stdin'; source: string },
  attributes?: Record<string, string>,
): Promise<Namespace> {
  return new Promise<Namespace>((resolve, reject) => {
    const args = inline
      ? { specifier, referrer, inline: inline.kind, source: inline.source }
      : { specifier, referrer, ...(attributes ? { attributes } : {}) };
    const w: Waiter = { resolve, reject, evaluated: false };
    const id = start('module.import', args, (err, value) => settle(id, w, err, value), queueMicrotask);
    if (id >= 0) waiting.set(id, w);
  });
}

let nextRequireId = -1;
/** require() calls in progress (nested when a required module's body requires another). */
const requiring = new Set<number>();

/**
 * require() of an ES module (Node 20.19+): the kernel evaluates the graph inside the syscall, so its
 * namespace has arrived when the call returns, unless the graph awaits at top level, which require()
 * cannot wait for (ERR_REQUIRE_ASYNC_MODULE).
 */
export function requireModule(filename: string, parent: string | null): Namespace {
  const id = nextRequireId;
  nextRequireId = nextRequireId <= -(2 ** 31) + 1 ? -1 : nextRequireId - 1;
  requiring.add(id);
  let reply: ImportReply;
  enterNestedEvaluation();
  try {
    reply = sys<ImportReply>('module.requireEsm', { filename, id });
  } finally {
    requiring.delete(id);
    leaveNestedEvaluation();
  }
  const ns = arrived.get(id);
  arrived.delete(id);
  if ('error' in reply) throw rebuild(reply.error);
  if ('failed' in reply) throw rebuildReason(reply.failed);
  if (!ns) {
    throw nodeError(
      'ERR_REQUIRE_ASYNC_MODULE',
      'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.' +
        `${parent ? `\n  From ${parent} ` : ''}\n  Requiring ${filename} `,
    );
  }
  return ns;
}

/** `import(specifier, options)` from the module at `referrer`: Node's argument checks, then load. */
function dynamicImport(referrer: string, specifier: unknown, options?: unknown): Promise<Namespace> {
  let spec: string;
  try {
    spec = String(specifier);
  } catch (err) {
    return Promise.reject(err);
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    return Promise.reject(new TypeError('The second argument to import() must be an object'));
  }
  const opts = options as { with?: unknown; assert?: unknown } | undefined;
  const given = opts?.with ?? opts?.assert;
  if (given === undefined) return importModule(spec, referrer);
  if (given === null || typeof given !== 'object') {
    return Promise.reject(new TypeError("The 'with' option must be an object"));
  }
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(given)) {
    if (typeof v !== 'string')
      return Promise.reject(new TypeError('Import attribute value must be a string'));
    attributes[k] = v;
  }
  return importModule(spec, referrer, undefined, attributes);
}

function metaFor(url: string): object {
  let m = metas.get(url);
  if (m) return m;
  const filename = urlToPath(url);
  m = Object.create(null) as object;
  Object.assign(m, {
    dirname: dirname(filename),
    filename,
    resolve(specifier: unknown): string {
      const reply = sys<{ url: string } | { error: { code: string; message: string } }>(
        'module.resolveImport',
        { specifier: String(specifier), referrer: url },
      );
      if ('error' in reply) throw nodeError(reply.error.code, reply.error.message);
      return reply.url;
    },
    url,
  });
  metas.set(url, m);
  return m;
}

const hooks = Object.freeze({
  /** Where module.compile puts the function it compiled (the kernel writes it; see compile-slot.ts). */
  slot: compileSlot,
  reg(id: number, ns: Namespace): void {
    // A require() whose graph finished its top-level await late: nobody is waiting any more.
    if (id < 0 && !requiring.has(id)) return;
    const w = waiting.get(id);
    if (w?.evaluated) {
      waiting.delete(id);
      w.resolve(ns);
      return;
    }
    arrived.set(id, ns);
  },
  imp: (url: string, specifier: unknown, options?: unknown) => dynamicImport(url, specifier, options),
  meta: metaFor,
  cjs: (filename: string) => Module._load(filename, null, false),
  builtin: (name: string) => loadBuiltin(name),
  keys(name: string): string[] {
    if (!isBuiltin(name)) return [];
    const m = loadBuiltin(name);
    if (typeof m === 'function') {
      // A class (node:module): its static methods are not enumerable but are exports all the same.
      return Object.getOwnPropertyNames(m).filter((k) => !FUNCTION_OWN.has(k));
    }
    return m !== null && typeof m === 'object' ? Object.keys(m) : [];
  },
  /** Around a graph's evaluation (called by the kernel, in the same host turn). */
  enter: () => {
    enterTask();
    holdTicks(true);
  },
  leave: () => {
    try {
      holdTicks(false);
    } finally {
      leaveTask();
    }
  },
  json(filename: string, text: string): unknown {
    try {
      return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (err) {
      (err as Error).message = `${filename}: ${(err as Error).message}`;
      throw err;
    }
  },
});

// The kernel takes this at boot (a host-side Reference) and deletes the global before user code runs.
(globalThis as Record<string, unknown>).__tsvirt_esm = hooks;
setEsmImport((specifier, referrer) => importModule(specifier, referrer));
setEsmRequire(requireModule);
