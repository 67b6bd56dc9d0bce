// Host zone: the module family. Resolution runs here over the VFS (one crossing per require);
// the guest compiles and runs what it gets back.

import { isBuiltinModule } from '../../abi/builtins.js';
import { S_IFDIR, S_IFMT, S_IFREG } from '../../abi/fs-constants.js';
import { isErrno } from '../errno.js';
import { ResolveError, Resolver } from '../modules/resolve.js';
import type { Task } from '../task.js';
import { arrayOf, nullable, optional, path, record, str } from '../validate.js';
import type { SyscallFamily } from './types.js';

const requireArgs = record({ request: str, parent: nullable(path) });
const resolveArgs = record({ request: str, parent: nullable(path), paths: optional(arrayOf(path, 1024)) });

const resolvers = new WeakMap<Task, Resolver>();
const decoder = new TextDecoder();

/** One resolver per process: package.json reads are cached for its lifetime, as Node does. */
export function resolverFor(task: Task): Resolver {
  let r = resolvers.get(task);
  if (!r) {
    const vfs = task.container.vfs;
    r = new Resolver(
      {
        kind(p) {
          try {
            const t = vfs.stat(task, p).mode & S_IFMT;
            return t === S_IFREG ? 'file' : t === S_IFDIR ? 'dir' : null;
          } catch (err) {
            if (isErrno(err)) return null;
            throw err;
          }
        },
        readText: (p) => decoder.decode(vfs.readFile(task, p)),
        realpath: (p) => vfs.realpath(task, p),
      },
      isBuiltinModule,
    );
    resolvers.set(task, r);
  }
  return r;
}

function asError(err: unknown): { error: { code: string; message: string } } {
  if (err instanceof ResolveError) return { error: { code: err.code, message: err.message } };
  throw err;
}

export const moduleSyscalls: SyscallFamily = {
  'module.require': {
    support: 'full',
    sync(task, a) {
      const { request, parent } = requireArgs(a);
      try {
        const r = resolverFor(task).resolveRequire(request, parent, task.cwd);
        const source =
          r.format === 'builtin' || r.format === 'addon'
            ? null
            : decoder.decode(task.container.vfs.readFile(task, r.filename));
        return { filename: r.filename, format: r.format, source };
      } catch (err) {
        return asError(err);
      }
    },
  },
  'module.resolve': {
    support: 'full',
    sync(task, a) {
      const { request, parent, paths } = resolveArgs(a);
      try {
        return { filename: resolverFor(task).resolveRequire(request, parent, task.cwd, paths).filename };
      } catch (err) {
        return asError(err);
      }
    },
  },
};
