// Guest zone: whether guest code runs in the synchronous part of a task the kernel started (a
// macrotask, an ES module graph's evaluation) or inside a microtask. isolated-vm ends every call the
// kernel makes into this isolate from inside a syscall (compiling a module with its file as the
// origin, module.compile) with a microtask checkpoint: inside a microtask V8 skips it, but in
// synchronous code it would run queued promise reactions in the middle of that code, which Node never
// does. The loader asks here before it lets the kernel compile.

let depth = 0;
/** Set while the main module is being loaded, before any of the program's code has run. */
let mainFresh = false;

/** The kernel's task starts running guest code (dispatch, an ES module graph's evaluation). */
export function enterTask(): void {
  depth++;
}

/** That task's synchronous part ended. */
export function leaveTask(): void {
  if (depth > 0) depth--;
}

/** Around loading the main module: no program code has run yet, so no reaction can be pending. */
export function setMainFresh(on: boolean): void {
  mainFresh = on;
}

/**
 * Whether a microtask checkpoint now would run nothing of the program's out of order: inside a
 * microtask (V8 skips nested checkpoints) or before the program's first line.
 */
export function checkpointHarmless(): boolean {
  return depth === 0 || mainFresh;
}
