// Guest zone: loads the common builtins once, in a throwaway context the host makes only to produce
// the runtime's code cache (platform/runtime-image.ts), so V8 has compiled their module code and the
// cache holds it. A real process's first `require('util')` then deserialised bytecode instead of
// compiling ~2/3 of its cost lazily. Nothing here runs in a process's context: the host's marker is
// read (and deleted) while the bundle is evaluated, before any guest code can exist.

import { loadBuiltin } from './builtins.js';

/** The builtins whose module code the cache should hold: what most programs load first. */
const COMMON = [
  'events',
  'buffer',
  'stream',
  'util',
  'fs',
  'path',
  'url',
  'crypto',
  'http',
  'string_decoder',
  'os',
  'assert',
  'child_process',
  'net',
  'zlib',
  'querystring',
  'timers',
];

/** Whether the host asked this context to precompile (it sets the marker before the bundle runs). */
export function precompileRequested(): boolean {
  const g = globalThis as unknown as Record<string, unknown>;
  const asked = g.__tsvirt_precompile === true;
  delete g.__tsvirt_precompile;
  return asked;
}

/**
 * Loads each common builtin, ignoring failures: this context has no kernel behind its door (every
 * syscall answers ENOSYS), and a module that needs one at load is merely left out of the cache.
 */
export function precompileBuiltins(): void {
  for (const name of COMMON) {
    try {
      loadBuiltin(name);
    } catch {
      // Left for lazy compilation in the processes that use it.
    }
  }
}
