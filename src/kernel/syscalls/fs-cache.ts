// Host zone: `fs.cached`, the read a process may keep in its own page/attribute cache. It does what
// fs.readFile / stat / lstat / readdir / access / realpath / readlink do, and says whether the answer may be cached and at
// which fs generation it was read. The guest serves it again only while its shared generation word
// still shows that number (see fs/generation.ts); any change to the container's stable storage bumps
// it first. Errors are answered as data too, so ENOENT can be cached like a value.

import type { WireError } from '../../abi/errno.js';
import { Errno } from '../errno.js';
import type { Task } from '../task.js';
import { int, oneOf, optional, path, record } from '../validate.js';
import type { SyscallFamily } from './types.js';

const cachedArgs = record({
  op: oneOf('readFile', 'readFileUtf8', 'stat', 'lstat', 'readdir', 'access', 'realpath', 'readlink'),
  path,
  mode: optional(int(0, 7)),
});

/** The syscall name Node prints for each operation's errors. */
const ERR_NAME = {
  readFile: 'open',
  readFileUtf8: 'open',
  stat: 'stat',
  lstat: 'lstat',
  readdir: 'scandir',
  access: 'access',
  realpath: 'realpath',
  readlink: 'readlink',
} as const;

/** A cached read's reply: `gen` is the generation it was read at, or -1 when it must not be cached. */
export type CachedReply = { gen: number; value: unknown } | { gen: number; err: WireError };

// ignoreBOM keeps a leading BOM, as Buffer#toString('utf8') does (the same decoder as fs.readFile's).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function run(task: Task, op: keyof typeof ERR_NAME, p: string, mode: number): unknown {
  const vfs = task.container.vfs;
  switch (op) {
    case 'readFile':
    case 'readFileUtf8': {
      const bytes = vfs.readFile(task, p);
      const cg = task.container.cgroup;
      if (cg) cg.fsReadBytes += bytes.byteLength;
      return op === 'readFileUtf8' ? utf8.decode(bytes) : bytes;
    }
    case 'stat':
      return vfs.stat(task, p);
    case 'lstat':
      return vfs.lstat(task, p);
    case 'readdir':
      return vfs.readdir(task, p);
    case 'access':
      vfs.access(task, p, mode);
      return null;
    case 'realpath':
      return vfs.realpath(task, p);
    case 'readlink':
      return vfs.readlink(task, p);
  }
}

/** The cacheable reads (merged into the fs family's table). */
export const fsCacheSyscalls: SyscallFamily = {
  'fs.cached': {
    support: 'full',
    sync(task, a): CachedReply {
      const { op, path: p, mode } = cachedArgs(a);
      const vfs = task.container.vfs;
      const before = vfs.unstableLookups;
      let reply: CachedReply;
      try {
        reply = { gen: -1, value: run(task, op, p, mode ?? 0) };
      } catch (err) {
        if (!(err instanceof Errno)) throw err;
        reply = { gen: -1, err: err.toWire(ERR_NAME[op]) };
      }
      // Cacheable only when every lookup stayed on stable storage, and keyed by an absolute path: a
      // relative one depends on the cwd, which the cache does not key on. The generation is read after
      // the operation, which may itself have changed something (a relatime atime update).
      if (p.startsWith('/') && vfs.unstableLookups === before) reply.gen = vfs.generation.value;
      return reply;
    },
  },
};
