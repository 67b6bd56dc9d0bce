// Guest zone: node:vm within the process's own context: runInThisContext, Script and compileFunction
// evaluate in this isolate's global scope. A second context cannot exist inside one isolate, so
// everything that needs one (createContext, runInNewContext …) fails clearly.

import { invalidArgType, notImplemented, validateString } from '../internal/errors.js';

type ScriptOptions = {
  filename?: string;
  lineOffset?: number;
  columnOffset?: number;
  produceCachedData?: boolean;
};

// biome-ignore lint/security/noGlobalEval: vm.runInThisContext is eval in the global scope, by definition
const indirectEval = globalThis.eval;
const FunctionCtor = Function;

function options(o: unknown): ScriptOptions {
  if (typeof o === 'string') return { filename: o };
  if (o === undefined || o === null) return {};
  if (typeof o !== 'object') throw invalidArgType('options', 'of type object', o);
  const opts = o as ScriptOptions;
  if (opts.filename !== undefined) validateString(opts.filename, 'options.filename');
  return opts;
}

/** Names the code in stack traces the way Node's `filename` option does. */
function withSource(code: string, filename: string | undefined): string {
  return filename ? `${code}\n//# sourceURL=${filename}` : code;
}

function contextError(what: string): Error {
  return notImplemented(`vm.${what} (a tsvirt process is one V8 context; new contexts are not available)`);
}

/** vm.Script: compiled (syntax-checked) at construction, run in this context. */
export class Script {
  readonly #code: string;
  readonly #filename: string;
  readonly cachedDataRejected = false;

  constructor(code: unknown, opts?: unknown) {
    const src = code === undefined ? '' : String(code);
    const o = options(opts);
    this.#filename = o.filename ?? 'evalmachine.<anonymous>';
    // Parse now, so a SyntaxError is thrown by the constructor as in Node (the body is not run).
    new FunctionCtor(withSource(src, this.#filename));
    this.#code = src;
  }

  runInThisContext(_options?: unknown): unknown {
    return indirectEval(withSource(this.#code, this.#filename));
  }

  runInContext(): never {
    throw contextError('Script.runInContext()');
  }

  runInNewContext(): never {
    throw contextError('Script.runInNewContext()');
  }

  createCachedData(): never {
    throw notImplemented('vm.Script.createCachedData()');
  }

  get sourceMapURL(): string | undefined {
    return /\/\/# sourceMappingURL=(\S+)\s*$/.exec(this.#code)?.[1];
  }
}

function runInThisContext(code: unknown, opts?: unknown): unknown {
  return new Script(code, opts).runInThisContext();
}

function compileFunction(
  code: unknown,
  params: unknown = [],
  opts: unknown = {},
): (...a: unknown[]) => unknown {
  validateString(code, 'code');
  if (!Array.isArray(params) || !params.every((p) => typeof p === 'string'))
    throw invalidArgType('params', 'an instance of Array', params);
  const o = (opts ?? {}) as { filename?: string; parsingContext?: unknown; contextExtensions?: unknown[] };
  if (o.parsingContext !== undefined) throw contextError('compileFunction() with parsingContext');
  if (o.contextExtensions?.length) throw contextError('compileFunction() with contextExtensions');
  return new FunctionCtor(...params, withSource(code, o.filename)) as (...a: unknown[]) => unknown;
}

function isContext(obj: unknown): boolean {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function'))
    throw invalidArgType('object', 'of type object', obj);
  return false;
}

export default {
  Script,
  runInThisContext,
  compileFunction,
  isContext,
  createContext(): never {
    throw contextError('createContext()');
  },
  runInContext(): never {
    throw contextError('runInContext()');
  },
  runInNewContext(): never {
    throw contextError('runInNewContext()');
  },
  measureMemory(): never {
    throw notImplemented('vm.measureMemory()');
  },
  constants: {
    USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
    DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
  },
};
