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
  reply: { filename: string; format: 'commonjs'; source: string; compiled: true };
}

/** Main modules larger than this keep the compile in module.require, where V8's code cache serves them. */
const MAX_PREPARED = 1024;

/**
 * Resolves and reads `main` as module.require would; for a small CommonJS file, queues its compile
 * with origin ahead of the first turn and returns the answer module.require should give. Anything
 * else (ES modules, JSON, larger files, errors) returns undefined: module.require does it as before.
 */
export function prepareMain(
  task: Task,
  main: BootInfo['main'],
  resolve: (request: string) => { filename: string; format: string; text: string | null },
  rewrite: (text: string) => string,
): PreparedMain | undefined {
  if (main.kind !== 'file') return undefined;
  const request = main.path.startsWith('/') ? main.path : `${task.cwd}/${main.path}`.replace(/\/+/g, '/');
  let r: ReturnType<typeof resolve>;
  try {
    r = resolve(request);
  } catch {
    return undefined;
  }
  if (r.format !== 'commonjs' || r.text === null || r.text.length > MAX_PREPARED) return undefined;
  const base = r.filename.slice(r.filename.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot) : '';
  if (ext !== '.js' && ext !== '.cjs' && ext !== '') return undefined;
  const source = rewrite(r.text);
  let body = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (body.startsWith('#!')) body = `//${body}`;
  // Stored through a call, not an assignment: V8 would name the function after an assignment's target,
  // and the module's frames would print that name instead of Node's `Object.<anonymous>`.
  const head = `Reflect.set(globalThis, '${MAIN_GLOBAL}', ${CJS_WRAPPER_HEAD}`;
  task.guest.evalBeforeMain(`${head}${body}${CJS_WRAPPER_TAIL})`, {
    filename: r.filename,
    columnOffset: -head.length,
  });
  return { request, reply: { filename: r.filename, format: 'commonjs', source, compiled: true } };
}
