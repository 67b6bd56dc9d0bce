// Guest zone: the fs.promises namespace: the path operations of ops.ts as promises (with a FileHandle
// accepted wherever Node takes one), open → FileHandle, opendir, recursive readdir, cp and watch.

import * as C from '../../../abi/fs-constants.js';
import { abortError, invalidArgType } from '../../internal/errors.js';
import { cpPromise } from './cp.js';
import { Dir, openCall, readdirRecursive } from './dir.js';
import { FileHandle, openHandle } from './file-handle.js';
import type { OpName } from './ops.js';
import { makePromise, runAsync } from './run.js';
import type { Dirent } from './stats.js';
import { statfsPromise, watchPromise } from './watch.js';

const PATH_OPS = [
  'access',
  'copyFile',
  'rename',
  'truncate',
  'rm',
  'rmdir',
  'mkdir',
  'readdir',
  'readlink',
  'symlink',
  'lstat',
  'stat',
  'link',
  'unlink',
  'chmod',
  'lchmod',
  'lchown',
  'chown',
  'utimes',
  'lutimes',
  'realpath',
  'mkdtemp',
  'writeFile',
  'appendFile',
  'readFile',
] as const satisfies readonly OpName[];

/** readFile/writeFile/appendFile take a FileHandle in place of a path. */
const HANDLE_OPS = new Set<string>(['readFile', 'writeFile', 'appendFile']);

function build(): Record<string, unknown> {
  const p: Record<string, unknown> = {};
  for (const name of PATH_OPS) {
    const plain = makePromise(name);
    p[name] = HANDLE_OPS.has(name)
      ? (target: unknown, ...rest: unknown[]) => {
          // Node checks `options.signal` before it starts: an aborted one rejects with AbortError.
          const options = rest[name === 'readFile' ? 0 : 1];
          const signal =
            options !== null && typeof options === 'object'
              ? (options as { signal?: unknown }).signal
              : undefined;
          if (signal !== undefined) {
            if (signal === null || typeof signal !== 'object' || !('aborted' in signal))
              return Promise.reject(invalidArgType('options.signal', 'an instance of AbortSignal', signal));
            if ((signal as { aborted: boolean }).aborted)
              return Promise.reject(abortError(signal as { reason?: unknown }));
          }
          return plain(target instanceof FileHandle ? target.fd : target, ...rest);
        }
      : plain;
  }
  const readdir = p.readdir as (...a: unknown[]) => Promise<unknown>;
  p.readdir = (path: unknown, options?: unknown) =>
    (options as { recursive?: boolean } | null)?.recursive
      ? new Promise((resolve, reject) =>
          readdirRecursive(path, options, (err, v) => (err ? reject(err) : resolve(v))),
        )
      : readdir(path, options);
  p.open = openHandle;
  p.opendir = (path: unknown, options?: unknown) =>
    new Promise((resolve, reject) => {
      try {
        const call = openCall(path);
        void options;
        runAsync(call, (err, v) => (err ? reject(err) : resolve(new Dir(String(path), v as Dirent[]))));
      } catch (err) {
        reject(err);
      }
    });
  p.cp = cpPromise;
  p.watch = watchPromise;
  p.statfs = statfsPromise;
  p.constants = { ...C };
  return p;
}

export const promises = build();
export { FileHandle };
