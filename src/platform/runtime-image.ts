// Host zone (platform): the guest runtime bundle, loaded once per kernel, with V8's code cache so every
// new isolate compiles it from cached data instead of parsing it again. The cache is taken again after
// the first isolate has evaluated the bundle, and once more after the first process's first turn, so
// it also holds the functions compiled lazily then.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type ivm from 'isolated-vm';

/** The runtime bundle's source and the code cache V8 produced for it. */
export interface RuntimeImage {
  readonly source: string;
  readonly filename: string;
  cachedData: ivm.ExternalCopy<ArrayBuffer> | undefined;
  /** True once `cachedData` was produced after an evaluation of the bundle (see warmCodeCache). */
  cacheWarm?: boolean;
  /** True once `cachedData` was produced after a process's first turn (see refreshCodeCache). */
  cacheFromProcess?: boolean;
}

function packageRoot(): string {
  // dist/platform/runtime-image.js and src/platform/runtime-image.ts are both two levels down.
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** Reads dist/runtime.js (built by `npm run build`); a missing bundle is a clear error, not a crash later. */
export function loadRuntimeImage(): RuntimeImage {
  const filename = join(packageRoot(), 'dist', 'runtime.js');
  let source: string;
  try {
    source = readFileSync(filename, 'utf8');
  } catch {
    throw new Error(`the guest runtime bundle is missing (${filename}); run \`npm run build\``);
  }
  return { source, filename: 'tsvirt:runtime', cachedData: undefined };
}

/** Compiles the runtime in `isolate`, producing the code cache on first use and consuming it after. */
type CompiledScript = ivm.Script & {
  cachedData?: ivm.ExternalCopy<ArrayBuffer>;
  cachedDataRejected?: boolean;
};

export function compileRuntime(isolate: ivm.Isolate, image: RuntimeImage): ivm.Script {
  if (image.cachedData) {
    const script = isolate.compileScriptSync(image.source, {
      filename: image.filename,
      cachedData: image.cachedData,
    }) as CompiledScript;
    if (!script.cachedDataRejected) return script;
  }
  const script = isolate.compileScriptSync(image.source, {
    filename: image.filename,
    produceCachedData: true,
  }) as CompiledScript;
  if (script.cachedData) image.cachedData = script.cachedData;
  return script;
}

/** `compileRuntime` on isolated-vm's thread pool (the warm pool's refill uses it). */
export async function compileRuntimeAsync(isolate: ivm.Isolate, image: RuntimeImage): Promise<ivm.Script> {
  if (image.cachedData) {
    const script = (await isolate.compileScript(image.source, {
      filename: image.filename,
      cachedData: image.cachedData,
    })) as CompiledScript;
    if (!script.cachedDataRejected) return script;
  }
  return compileRuntime(isolate, image);
}

/**
 * Replaces the image's code cache with one produced in `isolate` after it evaluated the bundle: V8 then
 * serialises every function compiled so far, not only the eagerly compiled top level, which roughly
 * halves the bundle's evaluation time in later isolates. Call it only before any guest code has run in
 * `isolate`, so the cache is derived from the runtime alone. Runs once per image.
 */
export function warmCodeCache(isolate: ivm.Isolate, image: RuntimeImage): void {
  if (image.cacheWarm) return;
  image.cacheWarm = true;
  // Without cachedData, V8 finds the already-run script in this isolate's compilation cache.
  const script = isolate.compileScriptSync(image.source, {
    filename: image.filename,
    produceCachedData: true,
  }) as CompiledScript;
  if (script.cachedData) image.cachedData = script.cachedData;
  script.release();
}

/**
 * Replaces the image's code cache, once, with one taken after a process's first turn: by then V8 has
 * also compiled what booting a process, loading a main module and writing to the console use, which
 * a cache taken after the bundle's evaluation lacks (each later process would compile those lazily,
 * about 2 ms). The cache holds the runtime script's compiled functions only (bytecode V8 derives from
 * the runtime's own source), never the guest's scripts or any value it created: a guest decides at
 * most which runtime functions are precompiled for later processes.
 */
export function refreshCodeCache(isolate: ivm.Isolate, image: RuntimeImage): void {
  if (image.cacheFromProcess) return;
  image.cacheFromProcess = true;
  const script = isolate.compileScriptSync(image.source, {
    filename: image.filename,
    produceCachedData: true,
  }) as CompiledScript;
  if (script.cachedData) image.cachedData = script.cachedData;
  script.release();
}
