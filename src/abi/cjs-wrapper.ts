// ABI zone: the CommonJS wrapper, shared by the runtime (its eval fallback) and the kernel (which
// compiles modules with their file as the script origin). One text, so both paths give modules the
// same parameters and the same column shift on line 1.

/**
 * What goes before a module's first line: an outer function binding `$__im$` (what the kernel rewrites
 * `import(` to, same length), returning the wrapper that takes Node's five arguments.
 */
export const CJS_WRAPPER_HEAD =
  '(function ($__im$) { return function (exports, require, module, __filename, __dirname) { ';

/**
 * The global a main module compiled ahead of the process's first turn waits in (kernel:
 * modules/main-prepare.ts); the runtime takes it out before any program code runs.
 */
export const MAIN_GLOBAL = '__tsvirt_main';

/** What goes after a module's last line (on a line of its own: a trailing `//` comment stays closed). */
export const CJS_WRAPPER_TAIL = '\n}; })';
