// Guest zone: every path-based fs operation described once: which syscall, with which arguments, and
// how to shape the answer. fs.ts derives the sync, callback and promise forms from this table.

import { Buffer } from 'buffer';
import * as C from '../../../abi/fs-constants.js';
import type { WireDirent, WireStat } from '../../../abi/wire.js';
import { invalidArgType, systemError } from '../../internal/errors.js';
import { decode, isFd, toData, toFd, toFlags, toMode, toOptions, toPath } from './args.js';
import { bigintStats, Dirent, Stats } from './stats.js';

/** One fs call: the syscall to make and how to map its result. */
export interface Call {
  name: string;
  args: unknown;
  map?: (value: unknown) => unknown;
  /** Errors this call turns into a value instead (existsSync-like semantics). */
  recover?: (err: Error & { code?: string }) => { value: unknown } | null;
  /** Errors Node reports in another shape than the syscall's (fs.rm's ERR_FS_EISDIR). */
  mapError?: (err: Error & { code?: string }) => Error;
}

const toStats = (opts: unknown) => (v: unknown) =>
  (opts as { bigint?: boolean } | undefined)?.bigint ? bigintStats(v as WireStat) : new Stats(v as WireStat);

function time(t: unknown, name: string): number {
  if (typeof t === 'number') return t * 1000;
  if (typeof t === 'string' && t.trim() !== '' && Number.isFinite(Number(t))) return Number(t) * 1000;
  if (t instanceof Date) return t.getTime();
  if (typeof t === 'bigint') return Number(t) * 1000;
  throw invalidArgType(name, 'of type number or an instance of Date', t);
}

/** Node opens a directory fine and fails the read: `EISDIR: illegal operation on a directory, read`. */
function readOfDirectory(err: Error & { code?: string; syscall?: string; path?: string }): null {
  if (err.code !== 'EISDIR' || err.syscall !== 'open') return null;
  const from = err.message;
  err.syscall = 'read';
  delete err.path;
  err.message = 'EISDIR: illegal operation on a directory, read';
  if (err.stack) err.stack = err.stack.replace(from, err.message);
  return null;
}

export const ops = {
  access: (path: unknown, mode?: unknown): Call => ({
    name: 'fs.access',
    args: { path: toPath(path), mode: typeof mode === 'number' ? mode & 7 : C.F_OK },
    map: () => undefined,
  }),
  stat: (path: unknown, options?: unknown): Call => ({
    name: 'fs.stat',
    args: { path: toPath(path) },
    map: toStats(options),
    recover: (err) =>
      err.code === 'ENOENT' && (options as { throwIfNoEntry?: boolean } | undefined)?.throwIfNoEntry === false
        ? { value: undefined }
        : null,
  }),
  lstat: (path: unknown, options?: unknown): Call => ({
    name: 'fs.lstat',
    args: { path: toPath(path) },
    map: toStats(options),
    recover: (err) =>
      err.code === 'ENOENT' && (options as { throwIfNoEntry?: boolean } | undefined)?.throwIfNoEntry === false
        ? { value: undefined }
        : null,
  }),
  fstat: (fd: unknown, options?: unknown): Call => ({
    name: 'fs.fstat',
    args: { fd: toFd(fd) },
    map: toStats(options),
  }),
  readFile: (path: unknown, options?: unknown): Call => {
    const o = toOptions(options, { encoding: null as string | null, flag: 'r' });
    const utf8 = o.encoding === 'utf8' || o.encoding === 'utf-8';
    // The kernel decodes UTF-8 for a path read (natively, much faster than the guest could).
    const target = isFd(path) ? { fd: path } : { path: toPath(path), ...(utf8 ? { encoding: 'utf8' } : {}) };
    return {
      name: 'fs.readFile',
      args: target,
      map: (v) => (typeof v === 'string' ? v : decode(v as Uint8Array, o.encoding)),
      recover: readOfDirectory,
    };
  },
  writeFile: (path: unknown, data: unknown, options?: unknown): Call => {
    const o = toOptions(options, { encoding: 'utf8' as string | null, mode: 0o666, flag: 'w' });
    if (isFd(path))
      return {
        name: 'fs.write',
        args: { fd: path, data: toData(data, o.encoding), position: null },
        map: () => undefined,
      };
    return {
      name: 'fs.writeFile',
      args: {
        path: toPath(path),
        data: toData(data, o.encoding),
        flags: toFlags(o.flag, 'w'),
        mode: toMode(o.mode, 0o666),
      },
      map: () => undefined,
    };
  },
  appendFile: (path: unknown, data: unknown, options?: unknown): Call => {
    const o = toOptions(options, { encoding: 'utf8' as string | null, mode: 0o666, flag: 'a' });
    if (isFd(path))
      return {
        name: 'fs.write',
        args: { fd: path, data: toData(data, o.encoding), position: null },
        map: () => undefined,
      };
    return {
      name: 'fs.writeFile',
      args: {
        path: toPath(path),
        data: toData(data, o.encoding),
        flags: toFlags(o.flag, 'a'),
        mode: toMode(o.mode, 0o666),
      },
      map: () => undefined,
    };
  },
  readdir: (path: unknown, options?: unknown): Call => {
    const o = toOptions(options, {
      encoding: 'utf8' as string | null,
      withFileTypes: false,
      recursive: false,
    });
    const p = toPath(path);
    return {
      name: 'fs.readdir',
      args: { path: p },
      map: (v) => {
        const entries = v as WireDirent[];
        if (o.withFileTypes) return entries.map((d) => new Dirent(d, p));
        return entries.map((d) => (o.encoding === 'buffer' ? Buffer.from(d.name) : d.name));
      },
    };
  },
  mkdir: (path: unknown, options?: unknown): Call => {
    const o =
      typeof options === 'number' || typeof options === 'string'
        ? { mode: options, recursive: false }
        : toOptions(options, { mode: 0o777 as unknown, recursive: false });
    if (typeof o.recursive !== 'boolean')
      throw invalidArgType('options.recursive', 'of type boolean', o.recursive);
    return {
      name: 'fs.mkdir',
      args: { path: toPath(path), mode: toMode(o.mode, 0o777), recursive: o.recursive },
      map: (v) => (o.recursive ? (v ?? undefined) : undefined),
    };
  },
  mkdtemp: (prefix: unknown, options?: unknown): Call => {
    const o = toOptions(options, { encoding: 'utf8' as string | null });
    const p = toPath(prefix, 'prefix');
    return {
      name: 'fs.mkdtemp',
      args: { prefix: p },
      map: (v) => {
        // Node answers in the prefix's own terms (relative stays relative): prefix + 6 characters.
        const made = p.startsWith('/') ? (v as string) : p + (v as string).slice(-6);
        return o.encoding === 'buffer' ? Buffer.from(made) : made;
      },
    };
  },
  rmdir: (path: unknown, options?: unknown): Call => {
    const o = toOptions(options, { recursive: false });
    if (o.recursive)
      return {
        name: 'fs.rm',
        args: { path: toPath(path), recursive: true, force: false },
        map: () => undefined,
      };
    return { name: 'fs.rmdir', args: { path: toPath(path) }, map: () => undefined };
  },
  rm: (path: unknown, options?: unknown): Call => {
    const o = toOptions(options, { recursive: false, force: false });
    const p = toPath(path);
    return {
      name: 'fs.rm',
      args: { path: p, recursive: Boolean(o.recursive), force: Boolean(o.force) },
      map: () => undefined,
      // Node checks for a directory itself and says so as a SystemError, not a uv error.
      mapError: (err) =>
        err.code === 'EISDIR'
          ? systemError('ERR_FS_EISDIR', 'Path is a directory', {
              code: 'EISDIR',
              message: 'is a directory',
              path: typeof p === 'string' ? p : String(p),
              syscall: 'rm',
              errno: 21,
            })
          : err,
    };
  },
  unlink: (path: unknown): Call => ({
    name: 'fs.unlink',
    args: { path: toPath(path) },
    map: () => undefined,
  }),
  rename: (from: unknown, to: unknown): Call => ({
    name: 'fs.rename',
    args: { from: toPath(from, 'oldPath'), to: toPath(to, 'newPath') },
    map: () => undefined,
  }),
  link: (existing: unknown, path: unknown): Call => ({
    name: 'fs.link',
    args: { existing: toPath(existing, 'existingPath'), path: toPath(path, 'newPath') },
    map: () => undefined,
  }),
  symlink: (target: unknown, path: unknown): Call => ({
    name: 'fs.symlink',
    args: { target: toPath(target, 'target'), path: toPath(path) },
    map: () => undefined,
  }),
  readlink: (path: unknown, options?: unknown): Call => {
    const o = toOptions(options, { encoding: 'utf8' as string | null });
    return {
      name: 'fs.readlink',
      args: { path: toPath(path) },
      map: (v) => (o.encoding === 'buffer' ? Buffer.from(v as string) : v),
    };
  },
  realpath: (path: unknown, options?: unknown): Call => {
    const o = toOptions(options, { encoding: 'utf8' as string | null });
    return {
      name: 'fs.realpath',
      args: { path: toPath(path) },
      map: (v) => (o.encoding === 'buffer' ? Buffer.from(v as string) : v),
    };
  },
  chmod: (path: unknown, mode: unknown): Call => ({
    name: 'fs.chmod',
    args: { path: toPath(path), mode: toMode(mode, -1) },
    map: () => undefined,
  }),
  lchmod: (path: unknown, mode: unknown): Call => ({
    name: 'fs.chmod',
    args: { path: toPath(path), mode: toMode(mode, -1), nofollow: true },
    map: () => undefined,
  }),
  chown: (path: unknown, uid: unknown, gid: unknown): Call => ({
    name: 'fs.chown',
    args: { path: toPath(path), uid, gid },
    map: () => undefined,
  }),
  lchown: (path: unknown, uid: unknown, gid: unknown): Call => ({
    name: 'fs.chown',
    args: { path: toPath(path), uid, gid, nofollow: true },
    map: () => undefined,
  }),
  utimes: (path: unknown, atime: unknown, mtime: unknown): Call => ({
    name: 'fs.utimes',
    args: { path: toPath(path), atime: time(atime, 'atime'), mtime: time(mtime, 'mtime') },
    map: () => undefined,
  }),
  lutimes: (path: unknown, atime: unknown, mtime: unknown): Call => ({
    name: 'fs.utimes',
    args: { path: toPath(path), atime: time(atime, 'atime'), mtime: time(mtime, 'mtime'), nofollow: true },
    map: () => undefined,
  }),
  truncate: (path: unknown, len?: unknown): Call =>
    typeof path === 'number'
      ? {
          name: 'fs.ftruncate',
          args: { fd: toFd(path), len: typeof len === 'number' ? Math.max(0, len) : 0 },
          map: () => undefined,
        }
      : {
          name: 'fs.truncate',
          args: { path: toPath(path), len: typeof len === 'number' ? Math.max(0, len) : 0 },
          map: () => undefined,
        },
  copyFile: (src: unknown, dest: unknown, mode?: unknown): Call => ({
    name: 'fs.copyFile',
    args: {
      src: toPath(src, 'src'),
      dest: toPath(dest, 'dest'),
      mode: typeof mode === 'number' ? mode & 7 : 0,
    },
    map: () => undefined,
  }),
  open: (path: unknown, flags?: unknown, mode?: unknown): Call => ({
    name: 'fs.open',
    args: { path: toPath(path), flags: toFlags(flags, 'r'), mode: toMode(mode, 0o666) },
  }),
  close: (fd: unknown): Call => ({ name: 'fs.close', args: { fd: toFd(fd) }, map: () => undefined }),
  fsync: (fd: unknown): Call => ({ name: 'fs.fsync', args: { fd: toFd(fd) }, map: () => undefined }),
  fdatasync: (fd: unknown): Call => ({ name: 'fs.fsync', args: { fd: toFd(fd) }, map: () => undefined }),
  ftruncate: (fd: unknown, len?: unknown): Call => ({
    name: 'fs.ftruncate',
    args: { fd: toFd(fd), len: typeof len === 'number' ? Math.max(0, len) : 0 },
    map: () => undefined,
  }),
  fchmod: (fd: unknown, mode: unknown): Call => ({
    name: 'fs.fchmod',
    args: { fd: toFd(fd), mode: toMode(mode, -1) },
    map: () => undefined,
  }),
  fchown: (fd: unknown, uid: unknown, gid: unknown): Call => ({
    name: 'fs.fchown',
    args: { fd: toFd(fd), uid, gid },
    map: () => undefined,
  }),
  futimes: (fd: unknown, atime: unknown, mtime: unknown): Call => ({
    name: 'fs.futimes',
    args: { fd: toFd(fd), atime: time(atime, 'atime'), mtime: time(mtime, 'mtime') },
    map: () => undefined,
  }),
} satisfies Record<string, (...args: never[]) => Call>;

export type OpName = keyof typeof ops;
