// Guest zone: the parts of node:util the `util` package predates: styleText, debuglog (NODE_DEBUG),
// aborted, callbackify with Node's falsy-rejection error, system error names, and the types it lacks.

import { ERRNO } from '../../../abi/errno.js';
import { invalidArgType, nodeError, validateFunction } from '../../internal/errors.js';
import { format, inspectModule } from '../../internal/inspect.js';
import { nextTick } from '../../internal/loop.js';
import { isProxy } from '../../internal/proxy-registry.js';

type Proc = {
  env: Record<string, string | undefined>;
  pid: number;
  stdout: { isTTY?: boolean; getColorDepth?: () => number };
  stderr: { write(s: string): unknown };
};
const proc = () => (globalThis as unknown as { process: Proc }).process;
/** inspect's colour table (loaded with inspect: only styleText reads it). */
const colorTable = (): Record<string, [number, number]> =>
  inspectModule().inspect.colors as Record<string, [number, number]>;

function shouldColorize(stream: Proc['stdout'] | undefined): boolean {
  const env = proc().env;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  if (!stream?.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function badFormat(key: unknown): Error {
  const list = Object.keys(colorTable())
    .map((k) => `'${k}'`)
    .join(', ');
  const shown = typeof key === 'string' ? `'${key}'` : String(key);
  return nodeError(
    'ERR_INVALID_ARG_VALUE',
    `The argument 'format' must be one of: ${list}. Received ${shown}`,
    TypeError,
  );
}

/**
 * util.styleText(format, text, { validateStream, stream }). Node 20 leaves a single format uncoloured
 * when the stream cannot show colour, but always applies an array of formats; this follows it.
 */
export function styleText(
  format: string | string[],
  text: unknown,
  {
    validateStream = true,
    stream = proc().stdout,
  }: { validateStream?: boolean; stream?: Proc['stdout'] } = {},
): string {
  if (typeof text !== 'string') throw invalidArgType('text', 'of type string', text);
  const colors = colorTable();
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const code = Object.hasOwn(colors, key) ? colors[key] : undefined;
      if (!code) throw badFormat(key);
      left += `\u001b[${code[0]}m`;
      right = `\u001b[${code[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const code = Object.hasOwn(colors, format) ? colors[format] : undefined;
  if (!code) throw badFormat(format);
  if (validateStream && !shouldColorize(stream)) return text;
  return `\u001b[${code[0]}m${text}\u001b[${code[1]}m`;
}

let debugPatterns: RegExp | null | undefined;
function debugEnabled(section: string): boolean {
  if (debugPatterns === undefined) {
    const spec = proc().env.NODE_DEBUG;
    debugPatterns = spec
      ? new RegExp(
          `^(${spec
            .split(/[\s,]+/)
            .filter(Boolean)
            .map((s) => s.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*'))
            .join('|')})$`,
          'i',
        )
      : null;
  }
  return debugPatterns?.test(section) ?? false;
}

/** util.debuglog(section): logs to stderr as `SECTION pid: msg` when NODE_DEBUG names the section. */
export function debuglog(section: string, cb?: (fn: (...a: unknown[]) => void) => void) {
  let enabled: boolean | undefined;
  const isOn = () => {
    if (enabled === undefined) {
      enabled = debugEnabled(section);
      if (typeof cb === 'function') cb(logger);
    }
    return enabled;
  };
  const logger = (...args: unknown[]) => {
    if (!isOn()) return;
    proc().stderr.write(`${section.toUpperCase()} ${proc().pid}: ${format(...args)}\n`);
  };
  Object.defineProperty(logger, 'enabled', { get: isOn, enumerable: true, configurable: true });
  return logger;
}

/** util.callbackify with Node's ERR_FALSY_VALUE_REJECTION for falsy rejections. */
export function callbackify(original: unknown): (...args: unknown[]) => void {
  validateFunction(original, 'original');
  const fn = original as (...a: unknown[]) => Promise<unknown>;
  function callbackified(this: unknown, ...args: unknown[]): void {
    const cb = args.pop();
    validateFunction(cb, 'last argument');
    const done = cb as (err: unknown, v?: unknown) => void;
    fn.apply(this, args).then(
      (v) => nextTick(() => done(null, v), []),
      (reason) => {
        let err = reason;
        if (!reason) {
          err = Object.assign(
            nodeError('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value'),
            {
              reason,
            },
          );
        }
        nextTick(() => done(err), []);
      },
    );
  }
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(fn));
  Object.defineProperties(callbackified, Object.getOwnPropertyDescriptors(fn));
  return callbackified;
}

/** util.aborted(signal, resource): resolves once `signal` aborts. */
export async function aborted(signal: unknown, resource: unknown): Promise<void> {
  const AS = (globalThis as unknown as { AbortSignal?: new () => unknown }).AbortSignal;
  if (!AS || !(signal instanceof AS)) throw invalidArgType('signal', 'an instance of AbortSignal', signal);
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function'))
    throw invalidArgType('resource', 'of type object', resource);
  const s = signal as { aborted: boolean; addEventListener(t: string, f: () => void, o?: object): void };
  if (s.aborted) return;
  return new Promise((resolve) => s.addEventListener('abort', () => resolve(), { once: true }));
}

/** util.getSystemErrorName(-2) → 'ENOENT'. */
export function getSystemErrorName(errno: unknown): string {
  if (typeof errno !== 'number') throw invalidArgType('err', 'of type number', errno);
  if (errno >= 0 || !Number.isSafeInteger(errno))
    throw nodeError(
      'ERR_OUT_OF_RANGE',
      `The value of "err" is out of range. It must be a negative integer. Received ${errno}`,
      RangeError,
    );
  for (const [code, [num]] of Object.entries(ERRNO)) if (num === errno) return code;
  return `Unknown system error ${errno}`;
}

export function getSystemErrorMap(): Map<number, [string, string]> {
  const map = new Map<number, [string, string]>();
  for (const [code, [num, desc]] of Object.entries(ERRNO)) map.set(num, [code, desc]);
  return map;
}

/** util.types plus the checks the `util` package lacks. */
export function completeTypes(types: Record<string, unknown>): Record<string, unknown> {
  const g = globalThis as unknown as { CryptoKey?: new () => unknown };
  return {
    ...types,
    isExternal: (_v: unknown) => false, // no native External values exist inside an isolate
    isModuleNamespaceObject: (v: unknown) =>
      v !== null &&
      typeof v === 'object' &&
      Object.getPrototypeOf(v) === null &&
      !Object.isExtensible(v) &&
      Object.getOwnPropertyDescriptor(v, Symbol.toStringTag)?.value === 'Module',
    isProxy,
    isCryptoKey: (v: unknown) => (g.CryptoKey ? v instanceof g.CryptoKey : false),
    isKeyObject: (v: unknown) => {
      const ctor = (v as { constructor?: { name?: string } } | null)?.constructor?.name;
      return ctor === 'SecretKeyObject' || ctor === 'PublicKeyObject' || ctor === 'PrivateKeyObject';
    },
  };
}

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

/** util.promisify with Node's shared custom symbol (so builtins' custom forms are found). */
export function promisify(original: unknown): (...args: unknown[]) => Promise<unknown> {
  validateFunction(original, 'original');
  const orig = original as ((...a: unknown[]) => unknown) & { [kCustomPromisify]?: unknown };
  const custom = orig[kCustomPromisify];
  if (custom !== undefined) {
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisify, {
      value: custom,
      enumerable: false,
      writable: false,
      configurable: true,
    }) as (...args: unknown[]) => Promise<unknown>;
  }
  function fn(this: unknown, ...args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      args.push((err: unknown, value: unknown) => (err ? reject(err) : resolve(value)));
      Reflect.apply(orig, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(orig));
  Object.defineProperty(fn, kCustomPromisify, {
    value: fn,
    enumerable: false,
    writable: false,
    configurable: true,
  });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(orig));
}
promisify.custom = kCustomPromisify;

/** The globals Node gives custom promisified forms (setTimeout → timers/promises.setTimeout …). */
export function installTimerPromisify(timers: { setTimeout: unknown; setImmediate: unknown }): void {
  const g = globalThis as unknown as Record<string, Record<symbol, unknown> | undefined>;
  for (const name of ['setTimeout', 'setImmediate'] as const) {
    const f = g[name];
    if (f && !Object.hasOwn(f, kCustomPromisify))
      Object.defineProperty(f, kCustomPromisify, { value: timers[name], configurable: true, writable: true });
  }
}
