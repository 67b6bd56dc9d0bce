// Guest zone: node:util: inspect/format from node-inspect-extracted (Node's own algorithm), the
// rest (promisify, inherits, deprecate, types …) from the `util` package.

import * as utilPkg from 'util';
import { invalidArgType } from '../internal/errors.js';
import { format, inspectModule, stripVTControlCharacters, utilInspect } from '../internal/inspect.js';
import { TextDecoder, TextEncoder } from '../internal/text-codec.js';
import {
  aborted,
  callbackify,
  completeTypes,
  debuglog,
  getSystemErrorMap,
  getSystemErrorName,
  installTimerPromisify,
  promisify,
  styleText,
} from './util/extras.js';
import { MIMEParams, MIMEType } from './util/mime.js';
import { parseArgs } from './util/parse-args.js';
import { parseEnv, transferableAbortController, transferableAbortSignal } from './util/parse-env.js';

const pkg = utilPkg as unknown as Record<string, unknown> & {
  deprecate: (fn: (...a: unknown[]) => unknown, msg: string, code?: string) => unknown;
};

const warned = new Set<string>();

/** Node's deprecate: warns once per code (or message) through process.emitWarning. */
function deprecate<T extends (...args: unknown[]) => unknown>(fn: T, msg: string, code?: string): T {
  const key = code ?? msg;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    if (!warned.has(key)) {
      warned.add(key);
      const proc = (
        globalThis as unknown as {
          process: { emitWarning(m: string, o: object): void; noDeprecation?: boolean };
        }
      ).process;
      if (!proc.noDeprecation)
        proc.emitWarning(msg, { type: 'DeprecationWarning', ...(code ? { code } : {}) });
    }
    return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
  };
  Object.setPrototypeOf(wrapped, fn);
  if (fn.prototype) wrapped.prototype = fn.prototype;
  // Node's wrapper is a function named `deprecated`, whatever it wraps.
  Object.defineProperty(wrapped, 'name', { value: 'deprecated', configurable: true });
  return wrapped as unknown as T;
}

function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  try {
    // assert's deepStrictEqual is the reference algorithm; reuse it rather than a second copy.
    const mod = requireBuiltinAssert();
    mod.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
}

declare const require: (id: string) => unknown;
function requireBuiltinAssert(): { deepStrictEqual(a: unknown, b: unknown): void } {
  return (require('./assert.js') as { default: { deepStrictEqual(a: unknown, b: unknown): void } }).default;
}

/** util.inherits with Node's argument checks (the package accepts anything). */
function inherits(ctor: unknown, superCtor: unknown): void {
  if (typeof ctor !== 'function') throw invalidArgType('ctor', 'of type function', ctor);
  if (typeof superCtor !== 'function') throw invalidArgType('superCtor', 'of type function', superCtor);
  if (superCtor.prototype === undefined)
    throw invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function stripAnsi(s: string): string {
  return stripVTControlCharacters(s);
}

/** util.formatWithOptions: the real one (it validates the options and colours primitives). */
function formatWithOptions(options: object, ...args: unknown[]): string {
  return inspectModule().formatWithOptions(options, ...args);
}

const util = {
  ...pkg,
  format,
  formatWithOptions,
  inspect: utilInspect(),
  stripVTControlCharacters: stripAnsi,
  deprecate,
  inherits,
  isDeepStrictEqual,
  TextEncoder,
  TextDecoder,
  toUSVString: (s: string) => String(s).replace(/\p{Surrogate}/gu, '\ufffd'),
  getSystemErrorName,
  getSystemErrorMap,
  callbackify,
  debuglog,
  debug: debuglog,
  aborted,
  styleText,
  parseArgs,
  parseEnv,
  transferableAbortSignal,
  transferableAbortController,
  promisify,
  MIMEType,
  MIMEParams,
  types: completeTypes(pkg.types as Record<string, unknown>),
};

installTimerPromisify(
  (require('./timers.js') as { default: { promises: { setTimeout: unknown; setImmediate: unknown } } })
    .default.promises,
);

export default util;
