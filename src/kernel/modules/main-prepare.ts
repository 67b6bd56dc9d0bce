// Host zone: the main module of a process, compiled with its file as the script origin before the
// process's first turn. Compiled inside the main module's own module.require (from inside a syscall),
// it cost ~130 µs per start: every host call into an isolate that waits in the door is that dear.
// Queued on the isolate's own thread just ahead of the `main` turn, it costs the kernel's thread only
// the resolution and read that module.require would have done anyway, and module.require then answers
// from what was prepared. The compiled function waits in a global the runtime takes before any program
// code runs; a program cannot have run in this isolate yet.

import { CJS_WRAPPER_HEAD, CJS_WRAPPER_TAIL, MAIN_GLOBAL } from '../../abi/cjs-wrapper.js';
import type { BootInfo } from '../../abi/wire.js';
import type { Task } from '../task.js';

/** What module.require answers for the main module, prepared at spawn. */
export interface PreparedMain {
  /** The request the runtime makes for it (the absolute path of BootInfo's main file). */
  request: string;
  /** The resolved file, its format and its text, as module.require would have found them. */
  reply: { filename: string; format: string; source: string | null };
  /** Its compile with origin is queued ahead of the first turn (else module.require compiles it). */
  queued: boolean;
}

/** Main modules larger than this keep the compile in module.require, where V8's code cache serves them. */
const MAX_PREPARED = 1024;

/**
 * Resolves and reads `main` as module.require would, and returns that answer for module.require to
 * give (the file is not resolved and read twice); for a small CommonJS file, also queues its compile
 * with origin ahead of the first turn. A main that does not resolve returns undefined: module.require
 * then meets the error the program should see.
 */
export function prepareMain(
  task: Task,
  main: BootInfo['main'],
  resolve: (request: string) => { filename: string; format: string; source: string | null },
): PreparedMain | undefined {
  if (main.kind !== 'file') return undefined;
  const request = main.path.startsWith('/') ? main.path : `${task.cwd}/${main.path}`.replace(/\/+/g, '/');
  let r: ReturnType<typeof resolve>;
  try {
    r = resolve(request);
  } catch {
    return undefined;
  }
  const { filename, format, source } = r;
  if (
    format !== 'commonjs' ||
    source === null ||
    source.length > MAX_PREPARED ||
    !loadedByJsHandler(filename)
  )
    return { request, reply: r, queued: false };
  // Stored through a call, not an assignment: V8 would name the function after an assignment's target,
  // and the module's frames would print that name instead of Node's `Object.<anonymous>`.
  const head = `Reflect.set(globalThis, '${MAIN_GLOBAL}', ${CJS_WRAPPER_HEAD}`;
  task.guest.evalBeforeMain(`${head}${moduleBody(source)}${CJS_WRAPPER_TAIL})`, {
    filename,
    columnOffset: -head.length,
  });
  return { request, reply: r, queued: true };
}

/**
 * Whether the runtime's `.js` handler loads `filename` (`.js`, `.cjs`, no extension): only those are
 * compiled by the kernel, since other extensions may have a handler of the program's own.
 */
export function loadedByJsHandler(filename: string): boolean {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot) : '';
  return ext === '.js' || ext === '.cjs' || ext === '';
}

/** A module's source as the runtime compiles it: without a BOM, a shebang line commented out. */
export function moduleBody(source: string): string {
  const body = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return body.startsWith('#!') ? `//${body}` : body;
}
