// ABI zone: the names of Node's builtin modules the runtime provides. The host's resolver uses it to
// tell `require('fs')` from a file; the runtime's registry must have a factory for each (a unit test checks).

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

const names: ReadonlySet<string> = new Set(BUILTIN_MODULES);

/** `fs` and `node:fs` are builtins; `node:`-only names (node:test) are not provided. */
export function isBuiltinModule(id: string): boolean {
  return names.has(id.startsWith('node:') ? id.slice(5) : id);
}
