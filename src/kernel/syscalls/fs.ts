// Host zone: the fs syscall family. Each handler validates its arguments, then calls the VFS (or the
// fd's OpenFile) with the calling task as the caller.

import { posix } from 'node:path';
import { O_KNOWN } from '../../abi/fs-constants.js';
import { asSyscall } from '../../fs/errors.js';
import { fileReadStream } from '../../fs/file-read-stream.js';
import { checkChown, checkOwner } from '../../fs/perm.js';
import type { ReadStreamHandle } from '../../fs/types.js';
import { fail } from '../errno.js';
import type { Task } from '../task.js';
import { bool, data, int, nullable, oneOf, optional, path, record, str } from '../validate.js';
import { fsCacheSyscalls } from './fs-cache.js';
import type { SyscallFamily } from './types.js';

const fd = int(0, 1 << 30);
const mode = int(0, 0o7777);
const flags = int(0, 0x7fffffff);
const size = int(0, Number.MAX_SAFE_INTEGER);
const time = (v: unknown) => {
  if (typeof v !== 'number' || Number.isNaN(v)) return fail('EINVAL');
  return v;
};
/** The largest single read the door will carry; bigger reads are split by the runtime. */
const MAX_IO = 64 * 1024 * 1024;

/** cgroup accounting (docker stats' block I/O): bytes of regular files read and written. */
function countRead(task: Task, n: number): void {
  const cg = task.container.cgroup;
  if (cg) cg.fsReadBytes += n;
}

function countWritten(task: Task, n: number): void {
  const cg = task.container.cgroup;
  if (cg) cg.fsWrittenBytes += n;
}

const P = record({ path });
const readFileArgs = record({ path, encoding: optional(oneOf('utf8')) });
// ignoreBOM keeps a leading BOM, as Buffer#toString('utf8') does.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const openArgs = record({ path, flags, mode });
const accessArgs = record({ path, mode: int(0, 7) });
const writeFileArgs = record({ path, data, flags, mode });
const mkdirArgs = record({ path, mode, recursive: bool });
const rmArgs = record({ path, recursive: bool, force: bool });
const renameArgs = record({ from: path, to: path });
const linkArgs = record({ existing: path, path });
const symlinkArgs = record({ target: path, path });
const chmodArgs = record({ path, mode, nofollow: optional(bool) });
const chownArgs = record({
  path,
  uid: int(-1, 2 ** 32 - 1),
  gid: int(-1, 2 ** 32 - 1),
  nofollow: optional(bool),
});
const utimesArgs = record({ path, atime: time, mtime: time, nofollow: optional(bool) });
const truncateArgs = record({ path, len: size });
const copyArgs = record({ src: path, dest: path, mode: int(0, 7) });
const prefixArgs = record({ prefix: str });
const F = record({ fd });
const readArgs = record({ fd, length: int(0, MAX_IO), position: nullable(size) });
const writeArgs = record({ fd, data, position: nullable(size) });
const fchmodArgs = record({ fd, mode });
const fchownArgs = record({ fd, uid: int(-1, 2 ** 32 - 1), gid: int(-1, 2 ** 32 - 1) });
const futimesArgs = record({ fd, atime: time, mtime: time });
const ftruncateArgs = record({ fd, len: size });

const encoder = new TextEncoder();
const asBytes = (d: Uint8Array | string): Uint8Array => (typeof d === 'string' ? encoder.encode(d) : d);

/** Where a path's last component lives, with the directories above it resolved (the entry itself not). */
function entryPath(task: Task, p: string): string {
  const abs = vfs(task).absolute(task, p);
  if (abs === '/') return '/';
  return posix.join(vfs(task).realpath(task, posix.dirname(abs)), posix.basename(abs));
}

/**
 * rename(2)'s tree rules, which the storage does not enforce: the root cannot move (EBUSY) and a
 * directory cannot move into its own subtree (EINVAL); memfs would detach the subtree instead.
 */
function checkRenameTree(task: Task, from: string, to: string): void {
  const src = entryPath(task, from);
  const dst = entryPath(task, to);
  if (src === '/' || dst === '/') fail('EBUSY', from, to);
  if (dst.startsWith(`${src}/`)) fail('EINVAL', from, to);
}

function vfs(task: Task) {
  return task.container.vfs;
}

export const fsSyscalls: SyscallFamily = {
  ...fsCacheSyscalls,
  'fs.open': {
    support: 'full',
    sync(task, a) {
      const { path: p, flags: f, mode: m } = openArgs(a);
      if ((f & ~O_KNOWN) !== 0) fail('EINVAL', p);
      return task.fds.install(vfs(task).open(task, p, f, m));
    },
  },
  'fs.stat': { support: 'full', sync: (task, a) => vfs(task).stat(task, P(a).path) },
  'fs.lstat': { support: 'full', sync: (task, a) => vfs(task).lstat(task, P(a).path) },
  'fs.access': {
    support: 'full',
    sync(task, a) {
      const { path: p, mode: m } = accessArgs(a);
      vfs(task).access(task, p, m);
      return null;
    },
  },
  'fs.readFile': {
    support: 'full',
    errName: 'open',
    sync(task, a) {
      if (a && typeof a === 'object' && 'fd' in a) {
        const file = task.fds.get(F(a).fd);
        const chunks: Uint8Array[] = [];
        let total = 0;
        for (;;) {
          // Node reports a failed read of an fd (a directory: EISDIR) as `read`, without a path.
          const chunk = asSyscall('read', () => file.read(64 * 1024, null));
          if (chunk.byteLength === 0) break;
          chunks.push(chunk);
          total += chunk.byteLength;
          if (total > MAX_IO) fail('EFBIG');
        }
        if (file.kind === 'file') countRead(task, total);
        return Buffer.concat(chunks);
      }
      const { path: p, encoding } = readFileArgs(a);
      const bytes = vfs(task).readFile(task, p);
      countRead(task, bytes.byteLength);
      // UTF-8 is decoded here, natively: far cheaper than the guest's JS decoder, and a string
      // crosses the door as cheaply as bytes.
      return encoding === 'utf8' ? utf8.decode(bytes) : bytes;
    },
  },
  'fs.writeFile': {
    support: 'full',
    errName: 'open',
    sync(task, a) {
      const w = writeFileArgs(a);
      vfs(task).writeFile(task, w.path, w.data, w.flags, w.mode);
      countWritten(task, typeof w.data === 'string' ? Buffer.byteLength(w.data) : w.data.byteLength);
      return null;
    },
  },
  'fs.readdir': {
    support: 'full',
    errName: 'scandir',
    sync: (task, a) => vfs(task).readdir(task, P(a).path),
  },
  'fs.mkdir': {
    support: 'full',
    sync(task, a) {
      const m = mkdirArgs(a);
      return vfs(task).mkdir(task, m.path, m.mode, m.recursive);
    },
  },
  'fs.mkdtemp': { support: 'full', sync: (task, a) => vfs(task).mkdtemp(task, prefixArgs(a).prefix) },
  'fs.rmdir': {
    support: 'full',
    sync(task, a) {
      vfs(task).rmdir(task, P(a).path);
      return null;
    },
  },
  'fs.rm': {
    support: 'full',
    sync(task, a) {
      const r = rmArgs(a);
      vfs(task).rm(task, r.path, r.recursive, r.force);
      return null;
    },
  },
  'fs.unlink': {
    support: 'full',
    sync(task, a) {
      vfs(task).unlink(task, P(a).path);
      return null;
    },
  },
  'fs.rename': {
    support: 'full',
    sync(task, a) {
      const r = renameArgs(a);
      checkRenameTree(task, r.from, r.to);
      vfs(task).rename(task, r.from, r.to);
      return null;
    },
  },
  'fs.link': {
    support: 'full',
    sync(task, a) {
      const l = linkArgs(a);
      vfs(task).link(task, l.existing, l.path);
      return null;
    },
  },
  'fs.symlink': {
    support: 'full',
    sync(task, a) {
      const s = symlinkArgs(a);
      vfs(task).symlink(task, s.target, s.path);
      return null;
    },
  },
  'fs.readlink': { support: 'full', sync: (task, a) => vfs(task).readlink(task, P(a).path) },
  'fs.realpath': { support: 'full', sync: (task, a) => vfs(task).realpath(task, P(a).path) },
  'fs.chmod': {
    support: 'full',
    sync(task, a) {
      const c = chmodArgs(a);
      vfs(task).chmod(task, c.path, c.mode);
      return null;
    },
  },
  'fs.chown': {
    support: 'full',
    sync(task, a) {
      const c = chownArgs(a);
      vfs(task).chown(task, c.path, c.uid, c.gid);
      return null;
    },
  },
  'fs.utimes': {
    support: 'full',
    errName: 'utime',
    sync(task, a) {
      const u = utimesArgs(a);
      vfs(task).utimes(task, u.path, u.atime, u.mtime);
      return null;
    },
  },
  'fs.truncate': {
    support: 'full',
    errName: 'open',
    sync(task, a) {
      const t = truncateArgs(a);
      vfs(task).truncate(task, t.path, t.len);
      return null;
    },
  },
  'fs.copyFile': {
    support: 'full',
    errName: 'copyfile',
    sync(task, a) {
      const c = copyArgs(a);
      vfs(task).copyFile(task, c.src, c.dest, c.mode);
      return null;
    },
  },
  'fs.close': {
    support: 'full',
    sync(task, a) {
      task.fds.close(F(a).fd);
      return null;
    },
  },
  'fs.read': {
    support: 'full',
    sync(task, a) {
      const r = readArgs(a);
      const file = task.fds.get(r.fd);
      if (!file.readable) fail('EBADF');
      const bytes = file.read(r.length, r.position);
      if (file.kind === 'file') countRead(task, bytes.byteLength);
      return bytes;
    },
  },
  'fs.write': {
    support: 'full',
    sync(task, a) {
      const w = writeArgs(a);
      const file = task.fds.get(w.fd);
      if (!file.writable) fail('EBADF');
      const n = file.write(asBytes(w.data), w.position);
      if (file.kind === 'file') countWritten(task, n);
      return n;
    },
  },
  'fs.fstat': { support: 'full', sync: (task, a) => task.fds.get(F(a).fd).stat() },
  'fs.fchmod': {
    support: 'full',
    sync(task, a) {
      const c = fchmodArgs(a);
      const file = task.fds.get(c.fd);
      checkOwner(task, file.stat());
      file.chmod(c.mode);
      return null;
    },
  },
  'fs.fchown': {
    support: 'full',
    sync(task, a) {
      const c = fchownArgs(a);
      const file = task.fds.get(c.fd);
      checkChown(task, file.stat(), c.uid, c.gid);
      file.chown(c.uid, c.gid);
      return null;
    },
  },
  'fs.futimes': {
    support: 'full',
    errName: 'futime',
    sync(task, a) {
      const u = futimesArgs(a);
      const file = task.fds.get(u.fd);
      checkOwner(task, file.stat());
      file.utimes(u.atime, u.mtime);
      return null;
    },
  },
  'fs.ftruncate': {
    support: 'full',
    sync(task, a) {
      const t = ftruncateArgs(a);
      const file = task.fds.get(t.fd);
      // ftruncate(2) on an fd not open for writing is EINVAL on Linux.
      if (!file.writable) fail('EINVAL');
      file.truncate(t.len);
      return null;
    },
  },
  'fs.fsync': {
    support: 'full',
    sync(task, a) {
      task.fds.get(F(a).fd).sync();
      return null;
    },
  },
  'fs.readStream': {
    support: 'full',
    async(task, a, op) {
      const file = task.fds.get(F(a).fd);
      if (!file.readable) fail('EBADF');
      const regular = file.kind === 'file';
      const sink = (chunk: Uint8Array | null) => {
        if (chunk && regular) countRead(task, chunk.byteLength);
        op.data(chunk);
        if (chunk === null) task.streams.delete(op.id);
      };
      // A regular file as stdin (`wc < file`) streams from its offset like a pipe that is all there;
      // so does a device (`cmd < /dev/null` ends at once, /dev/zero streams with backpressure).
      let handle: ReadStreamHandle;
      if (file.readStream) handle = file.readStream(sink);
      else if (file.kind === 'file' || file.kind === 'device') handle = fileReadStream(file, sink);
      else return fail('EINVAL');
      task.streams.set(op.id, { handle, op });
    },
  },
  'stream.pause': {
    support: 'full',
    sync(task, a) {
      const s = task.streams.get(record({ id: int(0) })(a).id);
      if (!s) return fail('EBADF');
      task.throttle.guest(s.op.id, true);
      s.handle.pause();
      s.op.setRef(false);
      return null;
    },
  },
  'stream.resume': {
    support: 'full',
    sync(task, a) {
      const s = task.streams.get(record({ id: int(0) })(a).id);
      if (!s) return fail('EBADF');
      task.throttle.guest(s.op.id, false);
      s.op.setRef(true);
      s.handle.resume();
      return null;
    },
  },
  'stream.close': {
    support: 'full',
    sync(task, a) {
      const id = record({ id: int(0) })(a).id;
      const s = task.streams.get(id);
      if (!s) return null;
      task.streams.delete(id);
      task.throttle.forget(id);
      s.handle.close();
      s.op.done(null);
      return null;
    },
  },
};
