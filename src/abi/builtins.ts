// ABI zone: the names of Node's builtin modules: those the runtime provides (its registry must have a
// factory for each; a unit test checks) and those it lacks. The host's resolver uses them to tell
// `require('fs')` from a file, and the runtime's registry to answer isBuiltin.

export const BUILTIN_MODULES = [
  'assert',
  'assert/strict',
  'buffer',
  'child_process',
  'console',
  'constants',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'module',
  'os',
  'net',
  'http',
  'https',
  'tls',
  'diagnostics_channel',
  'dns',
  'dns/promises',
  'path',
  'path/posix',
  'path/win32',
  'perf_hooks',
  'process',
  'punycode',
  'querystring',
  'readline',
  'readline/promises',
  'repl',
  'stream',
  'stream/promises',
  'stream/web',
  'stream/consumers',
  '_stream_duplex',
  '_stream_passthrough',
  '_stream_readable',
  '_stream_transform',
  '_stream_writable',
  'sys',
  'string_decoder',
  'timers',
  'timers/promises',
  'tty',
  'url',
  'util',
  'util/types',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
] as const;

/**
 * Node 20 builtins tsvirt does not provide. To require() they are builtins all the same (no
 * node_modules lookup, listed by builtinModules, as in Node), and loading one is ERR_NOT_IMPLEMENTED.
 */
export const UNIMPLEMENTED_BUILTINS = [
  '_http_agent',
  '_http_client',
  '_http_common',
  '_http_incoming',
  '_http_outgoing',
  '_http_server',
  '_stream_wrap',
  '_tls_common',
  '_tls_wrap',
  'async_hooks',
  'cluster',
  'dgram',
  'domain',
  'http2',
  'inspector',
  'inspector/promises',
  'trace_events',
  'wasi',
] as const;

/** Builtins that exist only with the `node:` scheme (Node 20: node:test), none provided. */
export const SCHEME_ONLY_BUILTINS = ['test', 'test/reporters'] as const;

const names: ReadonlySet<string> = new Set(BUILTIN_MODULES);

/**
 * `fs` and `node:fs` are builtins the runtime provides. The host resolves only those: an import of
 * one tsvirt lacks stays a module-not-found error (the runtime's require says ERR_NOT_IMPLEMENTED).
 */
export function isBuiltinModule(id: string): boolean {
  return names.has(id.startsWith('node:') ? id.slice(5) : id);
}

const missingNames: ReadonlySet<string> = new Set(UNIMPLEMENTED_BUILTINS);
const schemeOnly: ReadonlySet<string> = new Set(SCHEME_ONLY_BUILTINS);

/** The name of a Node 20 builtin tsvirt lacks that `id` names (`cluster`, `node:test`), if it names one. */
export function missingBuiltin(id: string): string | undefined {
  const bare = id.startsWith('node:') ? id.slice(5) : id;
  if (missingNames.has(bare) || (id.startsWith('node:') && schemeOnly.has(bare))) return bare;
  return undefined;
}
