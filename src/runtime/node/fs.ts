// Guest zone: node:fs and fs/promises. Every operation is described once (fs/ops.ts); the sync form
// calls the door, the callback form starts an async syscall, the promise form wraps the callback one.

import * as C from '../../abi/fs-constants.js';
import { sysTry } from '../internal/door.js';
import { notImplemented, validateFunction } from '../internal/errors.js';
import { nextTick } from '../internal/loop.js';
import { toPath } from './fs/args.js';
import { cachedReply } from './fs/cache.js';
import { cp, cpSync } from './fs/cp.js';
import { Dir, opendir, opendirSync, readdirRecursive, readdirRecursiveSync } from './fs/dir.js';
import { read, readSync, readv, readvSync, write, writeSync, writev, writevSync } from './fs/io.js';
import { type OpName, ops } from './fs/ops.js';
import { promises } from './fs/promises.js';
import { type Cb, makeCallback, makeSync } from './fs/run.js';
import { Dirent, Stats } from './fs/stats.js';
import type { StreamFs } from './fs/streams.js';
import { statfs, statfsSync, unwatchFile, watch, watchFile } from './fs/watch.js';

function existsSync(path: unknown): boolean {
  let p: string;
  try {
    p = toPath(path);
  } catch {
    return false;
  }
  const args = { path: p, mode: C.F_OK };
  return (cachedReply('fs.access', args) ?? sysTry('fs.access', args))[0] === null;
}

function exists(path: unknown, cb: (exists: boolean) => void): void {
  validateFunction(cb, 'cb');
  const result = existsSync(path);
  nextTick(() => cb(result), []);
}

const names = Object.keys(ops) as OpName[];
const fs: Record<string, unknown> = {};

declare const require: (id: string) => unknown;
type StreamsModule = typeof import('./fs/streams.js');
let streamsModule: StreamsModule | undefined;

/** fs/streams.js, loaded (and given this fs) on first use. */
function fsStreams(): StreamsModule {
  if (!streamsModule) {
    streamsModule = require('./fs/streams.js') as StreamsModule;
    streamsModule.setStreamFs(fs as unknown as StreamFs);
  }
  return streamsModule;
}
for (const name of names) {
  fs[`${name}Sync`] = makeSync(name);
  fs[name] = makeCallback(name);
}
const readdirSync = fs.readdirSync as (...a: unknown[]) => unknown;
const readdir = fs.readdir as (...a: unknown[]) => unknown;
const isRecursive = (o: unknown) =>
  Boolean(o && typeof o === 'object' && (o as { recursive?: unknown }).recursive);
fs.readdirSync = (path: unknown, options?: unknown) =>
  isRecursive(options) ? readdirRecursiveSync(path, options) : readdirSync(path, options);
fs.readdir = (path: unknown, ...rest: unknown[]) => {
  if (!isRecursive(rest[0])) return readdir(path, ...rest);
  const cb = rest.pop();
  validateFunction(cb, 'cb');
  readdirRecursive(path, rest[0], cb as Cb);
  return undefined;
};
(fs.realpathSync as { native?: unknown }).native = fs.realpathSync;
(fs.realpath as { native?: unknown }).native = fs.realpath;

Object.assign(fs, {
  readSync,
  read,
  writeSync,
  write,
  readvSync,
  readv,
  writevSync,
  writev,
  createReadStream: (path: unknown, options?: unknown) => fsStreams().createReadStream(path, options),
  createWriteStream: (path: unknown, options?: unknown) => fsStreams().createWriteStream(path, options),
  existsSync,
  openAsBlob(path: unknown): never {
    toPath(path);
    throw notImplemented('fs.openAsBlob() (the runtime has no Blob yet)');
  },
  exists,
  opendirSync,
  opendir,
  Dir,
  cpSync,
  cp,
  watch,
  watchFile,
  unwatchFile,
  statfs,
  statfsSync,
  Stats,
  Dirent,
  constants: { ...C, UV_FS_COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2, COPYFILE_FICLONE_FORCE: 4 },
  F_OK: C.F_OK,
  R_OK: C.R_OK,
  W_OK: C.W_OK,
  X_OK: C.X_OK,
  promises,
});
// The stream classes (and readable-stream under them, the larger part of loading fs) load on first
// use, as Node's own fs does with its lazy ReadStream/WriteStream getters.
for (const [name, key] of [
  ['ReadStream', 'ReadStream'],
  ['WriteStream', 'WriteStream'],
  ['FileReadStream', 'ReadStream'],
  ['FileWriteStream', 'WriteStream'],
] as const) {
  let value: unknown;
  let set = false;
  Object.defineProperty(fs, name, {
    get: () => (set ? value : fsStreams()[key]),
    set(v: unknown) {
      value = v;
      set = true;
    },
    enumerable: true,
    configurable: true,
  });
}

// util.promisify forms Node defines for the calls whose callbacks take several results.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const custom = (f: unknown, p: (...a: unknown[]) => Promise<unknown>) =>
  Object.defineProperty(f as object, kCustomPromisify, { value: p, configurable: true, writable: true });
custom(
  read,
  (...a) =>
    new Promise((res, rej) =>
      read(...(a as [unknown, unknown]), (e: unknown, bytesRead: unknown, buffer: unknown) =>
        e ? rej(e) : res({ bytesRead, buffer }),
      ),
    ),
);
custom(
  write,
  (...a) =>
    new Promise((res, rej) =>
      write(...(a as [unknown, unknown]), (e: unknown, bytesWritten: unknown, buffer: unknown) =>
        e ? rej(e) : res({ bytesWritten, buffer }),
      ),
    ),
);
custom(exists, (p) => new Promise((res) => exists(p, res)));

export default fs;
