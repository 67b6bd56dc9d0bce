// Host zone (platform): the guest runtime bundle, loaded once per kernel, with V8's code cache so every
// new isolate compiles it from cached data instead of parsing it again. The cache is taken again after
// the first isolate has evaluated the bundle, and once more after the first process's first turn, so
// it also holds the functions compiled lazily then.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ivm from 'isolated-vm';
import { codeCachePath, readCodeCache, writeCodeCache } from './code-cache-file.js';

/** The runtime bundle's source and the code cache V8 produced for it. */
export interface RuntimeImage {
  readonly source: string;
  readonly filename: string;
  cachedData: ivm.ExternalCopy<ArrayBuffer> | undefined;
  /** True once `cachedData` was produced after an evaluation of the bundle (see warmCodeCache). */
  cacheWarm?: boolean;
  /** True once `cachedData` was produced after a process's first turn (see refreshCodeCache). */
  cacheFromProcess?: boolean;
  /** Size of the cache taken after the bundle's evaluation: a refreshed one may be at most 1.5× it. */
  baseCacheBytes?: number;
  /** Attempts left to refresh the cache (a first program that compiles half the runtime is skipped). */
  refreshesLeft?: number;
  /** Where the cache is kept on disk (attachCodeCacheFile), and whether `cachedData` came from there. */
  file?: { path: string; dir: string; log: (message: string) => void; loaded: boolean };
}

/**
 * Uses the code cache kept on disk under `dir` (see code-cache-file.ts) when there is a good one, and
 * has refreshCodeCache write one there otherwise.
 */
export function attachCodeCacheFile(image: RuntimeImage, dir: string, log: (message: string) => void): void {
  const path = codeCachePath(dir, image.source);
  const data = readCodeCache(path);
  image.file = { path, dir, log, loaded: data !== undefined };
  if (!data) return;
  const bytes = new ArrayBuffer(data.byteLength);
  new Uint8Array(bytes).set(data);
  image.cachedData = new ivm.ExternalCopy(bytes);
  image.cacheWarm = true;
  image.cacheFromProcess = true;
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
    forgetCache(image);
  }
  const script = isolate.compileScriptSync(image.source, {
    filename: image.filename,
    produceCachedData: true,
  }) as CompiledScript;
  if (script.cachedData) image.cachedData = script.cachedData;
  return script;
}

/** V8 refused the cache (another V8 build or flags): start over, so a good one is made (and kept). */
function forgetCache(image: RuntimeImage): void {
  image.cachedData = undefined;
  image.cacheWarm = false;
  image.cacheFromProcess = false;
  if (image.file) image.file.loaded = false;
}

/** `compileRuntime` on isolated-vm's thread pool (the warm pool's refill uses it). */
export async function compileRuntimeAsync(isolate: ivm.Isolate, image: RuntimeImage): Promise<ivm.Script> {
  if (image.cachedData) {
    const script = (await isolate.compileScript(image.source, {
      filename: image.filename,
      cachedData: image.cachedData,
    })) as CompiledScript;
    if (!script.cachedDataRejected) return script;
    forgetCache(image);
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
  if (script.cachedData) {
    image.cachedData = script.cachedData;
    image.baseCacheBytes = script.cachedData.copy().byteLength;
  }
  script.release();
}

/**
 * Replaces the image's code cache, once, with one taken after a process's first turn and the exit
 * probe behind it: by then V8 has also compiled what booting a process, loading a main module, writing
 * to the console and a quiet exit use, which a cache taken after the bundle's evaluation lacks (each
 * later process would compile those lazily, about 2 ms). The cache holds the runtime script's compiled functions only (bytecode V8 derives from
 * the runtime's own source), never the guest's scripts or any value it created: a guest decides at
 * most which runtime functions are precompiled for later processes.
 */
export function refreshCodeCache(isolate: ivm.Isolate, image: RuntimeImage): void {
  if (image.cacheFromProcess) return;
  image.refreshesLeft ??= MAX_REFRESHES;
  if (image.refreshesLeft <= 0) return;
  image.refreshesLeft--;
  const script = isolate.compileScriptSync(image.source, {
    filename: image.filename,
    produceCachedData: true,
  }) as CompiledScript;
  const data = script.cachedData;
  script.release();
  if (!data) return;
  const bytes = new Uint8Array(data.copy());
  // Every later isolate deserialises the whole cache: one bloated by a big first program (a compiler
  // that touched most of the runtime) would slow every cold start, so wait for a more typical one.
  if (image.baseCacheBytes !== undefined && bytes.byteLength > image.baseCacheBytes * 1.5) return;
  image.cachedData = data;
  image.cacheFromProcess = true;
  const file = image.file;
  if (file && !file.loaded) {
    file.loaded = true;
    const err = writeCodeCache(file.path, file.dir, bytes);
    if (err) file.log(`runtime code cache not saved (${err.message})`);
  }
}

/** How many first turns may be tried for a refreshed cache. */
const MAX_REFRESHES = 5;
