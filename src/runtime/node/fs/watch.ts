// Guest zone: the fs calls the kernel cannot serve yet (watch, watchFile, statfs): they validate their
// arguments as Node does and then fail clearly (never a watcher that silently never fires).

import { nodeError, uvException, validateFunction } from '../../internal/errors.js';
import { nextTick } from '../../internal/loop.js';
import { toPath } from './args.js';

function unavailable(feature: string): Error {
  return nodeError(
    'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
    `The feature ${feature} is unavailable on the current platform, which is being used to run Node.js`,
    TypeError,
  );
}

export function watch(filename: unknown, options?: unknown, listener?: unknown): never {
  toPath(filename);
  if (listener !== undefined && typeof options !== 'function') validateFunction(listener, 'listener');
  throw unavailable('fs.watch');
}

export function watchFile(filename: unknown, options?: unknown, listener?: unknown): never {
  toPath(filename);
  validateFunction(options === null || typeof options !== 'object' ? options : listener, 'listener');
  throw unavailable('fs.watchFile');
}

/** Nothing can be watched, so there is never a watcher to remove: a true no-op after validation. */
export function unwatchFile(filename: unknown, listener?: unknown): void {
  toPath(filename);
  if (listener !== undefined) validateFunction(listener, 'listener');
}

/** fs.promises.watch: an async iterator in Node; here it fails on first use. */
export function watchPromise(filename: unknown): AsyncIterableIterator<never> {
  toPath(filename);
  const err = unavailable('fs.promises.watch');
  return {
    next: () => Promise.reject(err),
    return: () => Promise.resolve({ value: undefined, done: true }),
    [Symbol.asyncIterator]() {
      return this;
    },
  } as AsyncIterableIterator<never>;
}

/**
 * fs.statfs: the kernel has no filesystem-capacity call yet (a container's space is its storage
 * limit, which the VFS does not report), so this is ENOSYS after Node's path check.
 */
export function statfsError(path: unknown): Error {
  const p = toPath(path);
  return uvException({ code: 'ENOSYS', syscall: 'statfs', path: p });
}

export function statfsSync(path: unknown, _options?: unknown): never {
  throw statfsError(path);
}

export function statfs(path: unknown, ...rest: unknown[]): void {
  const cb = rest.pop();
  validateFunction(cb, 'cb');
  const err = statfsError(path);
  nextTick(() => cb(err), []);
}

export function statfsPromise(path: unknown): Promise<never> {
  return new Promise((_resolve, reject) => reject(statfsError(path)));
}
