// Guest zone: the builtin module registry. Each builtin is a factory, so a module's code runs on its
// first `require`, not at boot: esbuild turns these `require` calls into lazy initialisers at bundle time.

import { SCHEME_ONLY_BUILTINS, UNIMPLEMENTED_BUILTINS } from '../../abi/builtins.js';
import { notImplemented } from './errors.js';

declare const require: (id: string) => unknown;

/** A sub-module (fs/promises, util/types …): a property of the parent's default export. */
function part(mod: unknown, key: string): unknown {
  const m = mod as { default?: Record<string, unknown> } & Record<string, unknown>;
  return (m.default ?? m)[key];
}

const factories: Record<string, () => unknown> = {
  assert: () => require('../node/assert.js'),
  'assert/strict': () => part(require('../node/assert.js'), 'strict'),
  buffer: () => require('../node/buffer.js'),
  child_process: () => require('../node/child_process.js'),
  console: () => require('../node/console.js'),
  constants: () => require('../node/constants.js'),
  crypto: () => require('../node/crypto.js'),
  events: () => require('../node/events.js'),
  fs: () => require('../node/fs.js'),
  'fs/promises': () => part(require('../node/fs.js'), 'promises'),
  module: () => require('../node/module.js'),
  os: () => require('../node/os.js'),
  net: () => require('../node/net.js'),
  http: () => require('../node/http.js'),
  https: () => require('../node/https.js'),
  tls: () => require('../node/tls.js'),
  diagnostics_channel: () => require('../node/diagnostics_channel.js'),
  dns: () => require('../node/dns.js'),
  'dns/promises': () => part(require('../node/dns.js'), 'promises'),
  path: () => require('../node/path.js'),
  'path/posix': () => require('../node/path.js'),
  'path/win32': () => part(require('../node/path.js'), 'win32'),
  perf_hooks: () => require('../node/perf_hooks.js'),
  process: () => require('../node/process.js'),
  punycode: () => require('../node/punycode.js'),
  querystring: () => require('../node/querystring.js'),
  readline: () => require('../node/readline.js'),
  'readline/promises': () => part(require('../node/readline.js'), 'promises'),
  repl: () => require('../node/repl.js'),
  stream: () => require('../node/stream.js'),
  'stream/promises': () => part(require('../node/stream.js'), 'promises'),
  'stream/web': () => require('../node/stream_web.js'),
  'stream/consumers': () => require('../node/stream_consumers.js'),
  // Node's old names for the stream classes and for util, still required by older packages.
  _stream_duplex: () => part(require('../node/stream.js'), 'Duplex'),
  _stream_passthrough: () => part(require('../node/stream.js'), 'PassThrough'),
  _stream_readable: () => part(require('../node/stream.js'), 'Readable'),
  _stream_transform: () => part(require('../node/stream.js'), 'Transform'),
  _stream_writable: () => part(require('../node/stream.js'), 'Writable'),
  sys: () => {
    const emit = (globalThis as unknown as { process: { emitWarning(...a: string[]): void } }).process;
    emit.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
    return require('../node/util.js');
  },
  string_decoder: () => require('../node/string_decoder.js'),
  timers: () => require('../node/timers.js'),
  'timers/promises': () => part(require('../node/timers.js'), 'promises'),
  tty: () => require('../node/tty.js'),
  url: () => require('../node/url.js'),
  util: () => require('../node/util.js'),
  v8: () => require('../node/v8.js'),
  vm: () => require('../node/vm.js'),
  worker_threads: () => require('../node/worker_threads.js'),
  'util/types': () => part(require('../node/util.js'), 'types'),
  zlib: () => require('../node/zlib.js'),
};

const cache = new Map<string, unknown>();

const unimplemented: ReadonlySet<string> = new Set(UNIMPLEMENTED_BUILTINS);
const schemeOnly: ReadonlySet<string> = new Set(SCHEME_ONLY_BUILTINS);

/** The names `require('module').builtinModules` lists. */
export const builtinNames: readonly string[] = Object.freeze(
  [...Object.keys(factories), ...unimplemented].sort(),
);

/** Strips `node:` and answers whether `id` names a builtin. */
export function isBuiltin(id: string): boolean {
  if (id.startsWith('node:')) {
    const name = id.slice(5);
    return Object.hasOwn(factories, name) || unimplemented.has(name) || schemeOnly.has(name);
  }
  return Object.hasOwn(factories, id) || unimplemented.has(id);
}

/** Loads a builtin (once) by name, with or without the `node:` prefix. */
export function loadBuiltin(id: string): unknown {
  const name = id.startsWith('node:') ? id.slice(5) : id;
  if (cache.has(name)) return cache.get(name);
  const factory = factories[name];
  if (!factory) {
    if (unimplemented.has(name) || (schemeOnly.has(name) && id.startsWith('node:')))
      throw notImplemented(`node:${name}`);
    return undefined;
  }
  const raw = factory() as { default?: unknown; __esModule?: boolean };
  // Our own modules are ESM with a default export holding the CJS-shaped module object.
  const value = raw && typeof raw === 'object' && 'default' in raw ? raw.default : raw;
  nameExports(value);
  cache.set(name, value);
  return value;
}

/**
 * Gives a module's exported functions their export names where the bundle lost them (a function made
 * by a helper has none; one the bundler renamed to dodge a clash ends in a digit): programs read
 * `fn.name` (mocking libraries, promisify wrappers, logs) and Node's builtins all have theirs.
 */
function nameExports(mod: unknown, depth = 0): void {
  if (mod === null || (typeof mod !== 'object' && typeof mod !== 'function')) return;
  for (const key of Object.keys(mod)) {
    const desc = Object.getOwnPropertyDescriptor(mod, key);
    const fn = desc?.value;
    // Namespaces inside a module (fs.promises, util.types) get the same treatment.
    if (depth === 0 && fn && typeof fn === 'object' && Object.getPrototypeOf(fn) === Object.prototype) {
      nameExports(fn, 1);
      continue;
    }
    if (typeof fn !== 'function' || /^[A-Z]/.test(key)) continue;
    const current = (fn as { name?: unknown }).name;
    if (current === key) continue;
    if (
      current !== '' &&
      !(typeof current === 'string' && /^\w+\d$/.test(current) && current.startsWith(key))
    )
      continue;
    try {
      Object.defineProperty(fn, 'name', { value: key, configurable: true });
    } catch {
      // a frozen function keeps its name
    }
  }
}
