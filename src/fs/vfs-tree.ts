// Host zone: VFS operations built from the primitive ones, as Node's libuv and fs layer build them:
// mkdir -p, rm -r, copyFile and mkdtemp. They go through the Vfs's public methods, so permissions,
// read-only mounts and confinement apply to every step.

import { randomBytes } from 'node:crypto';
import {
  COPYFILE_EXCL,
  O_CREAT,
  O_EXCL,
  O_RDONLY,
  O_TRUNC,
  O_WRONLY,
  S_IFDIR,
  S_IFMT,
} from '../abi/fs-constants.js';
import { fail, isErrno } from '../kernel/errno.js';
import { asSyscall, failIn } from './errors.js';
import type { FsCaller, OpenFile } from './types.js';
import type { Vfs } from './vfs.js';
import { components } from './walk.js';

/** mkdir -p: creates every missing directory of `p`; returns the first one created, or null. */
export function mkdirRecursive(vfs: Vfs, caller: FsCaller, p: string, mode: number): string | null {
  const abs = components(vfs.absolute(caller, p));
  // The usual cases first: the directory exists, or only its last component is missing (one or two
  // lookups instead of one per component). Anything else takes the walk below, which decides errors.
  const full = `/${abs.join('/')}`;
  try {
    if ((vfs.stat(caller, full).mode & S_IFMT) === S_IFDIR) return null;
  } catch (err) {
    if (!isErrno(err, 'ENOENT')) throw err;
    try {
      vfs.mkdir(caller, full, mode, false);
      return full;
    } catch (e) {
      if (!isErrno(e)) throw e;
    }
  }
  let first: string | null = null;
  for (let i = 1; i <= abs.length; i++) {
    const prefix = `/${abs.slice(0, i).join('/')}`;
    let isDir: boolean;
    try {
      isDir = (vfs.stat(caller, prefix).mode & S_IFMT) === S_IFDIR;
    } catch (err) {
      if (!isErrno(err, 'ENOENT')) throw err;
      vfs.mkdir(caller, prefix, mode, false);
      first ??= prefix;
      continue;
    }
    if (!isDir) fail(i === abs.length ? 'EEXIST' : 'ENOTDIR');
  }
  return first;
}

/** rm: a file, or with `recursive` a whole tree; `force` ignores a missing path. */
export function rmTree(vfs: Vfs, caller: FsCaller, p: string, recursive: boolean, force: boolean): void {
  let st: ReturnType<Vfs['lstat']>;
  try {
    st = vfs.lstat(caller, p);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) {
      if (force) return;
      failIn('ENOENT', 'lstat', p);
    }
    throw err;
  }
  if ((st.mode & S_IFMT) !== S_IFDIR) {
    vfs.unlink(caller, p);
    return;
  }
  if (!recursive) failIn('EISDIR', 'rm', p);
  for (const entry of vfs.readdir(caller, p)) {
    rmTree(vfs, caller, `${p.replace(/\/+$/, '')}/${entry.name}`, true, force);
  }
  vfs.rmdir(caller, p);
}

/** copyFile: the source's bytes and permission bits; COPYFILE_EXCL makes an existing dest EEXIST. */
export function copyFile(vfs: Vfs, caller: FsCaller, src: string, dest: string, mode: number): void {
  const from = vfs.open(caller, src, O_RDONLY, 0);
  try {
    const st = from.stat();
    if ((st.mode & S_IFMT) === S_IFDIR) fail('EISDIR');
    const flags = O_WRONLY | O_CREAT | O_TRUNC | (mode & COPYFILE_EXCL ? O_EXCL : 0);
    const to = vfs.open(caller, dest, flags, st.mode & 0o777);
    try {
      for (;;) {
        const chunk = from.read(64 * 1024, null);
        if (chunk.byteLength === 0) break;
        let off = 0;
        while (off < chunk.byteLength) off += to.write(chunk.subarray(off), null);
      }
      to.chmod(st.mode & 0o777);
    } finally {
      to.close();
    }
  } finally {
    from.close();
  }
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** mkdtemp: `prefix` plus six random characters, a new 0700 directory; returns the path as given. */
export function mkdtemp(vfs: Vfs, caller: FsCaller, prefix: string): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const suffix = [...randomBytes(6)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    const p = `${prefix}${suffix}`;
    try {
      vfs.mkdir(caller, p, 0o700, false);
      return p;
    } catch (err) {
      if (!isErrno(err, 'EEXIST')) throw err;
    }
  }
  return fail('EEXIST');
}

/** The most bytes one readFile call returns (the door's largest reply). */
export const MAX_READ_FILE = 64 * 1024 * 1024;
const encoder = new TextEncoder();

/** readFile: every byte of `p`; failures after the open are Node's `read` errors, without a path. */
export function readWhole(vfs: Vfs, caller: FsCaller, p: string): Uint8Array {
  const f = vfs.open(caller, p, O_RDONLY, 0);
  try {
    if (f.kind === 'directory') failIn('EISDIR', 'read');
    // A regular file reads in one call when it is no bigger than its stat says (asking for one byte
    // more shows the end); files whose size says nothing (/proc, devices) take the loop below.
    const size = f.kind === 'file' ? f.stat().size : 0;
    if (size > 0 && size < MAX_READ_FILE) {
      const whole = asSyscall('read', () => f.read(size + 1, null));
      if (whole.byteLength <= size) return whole;
      const rest = readRest(f);
      return Buffer.concat([whole, rest]);
    }
    return readRest(f);
  } finally {
    f.close();
  }
}

function readRest(f: OpenFile): Uint8Array {
  {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = asSyscall('read', () => f.read(64 * 1024, null));
      if (chunk.byteLength === 0) break;
      chunks.push(chunk);
      total += chunk.byteLength;
      // An endless file (/dev/zero) must not hold the kernel: what one call may carry is bounded.
      if (total > MAX_READ_FILE) failIn('EFBIG', 'read');
    }
    return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
  }
}

/** writeFile: opens with `flags` and writes all of `data`; a failed write is Node's `write` error. */
export function writeWhole(
  vfs: Vfs,
  caller: FsCaller,
  p: string,
  data: Uint8Array | string,
  flags: number,
  mode: number,
): void {
  const f = vfs.open(caller, p, flags, mode);
  try {
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    let off = 0;
    while (off < bytes.byteLength) off += asSyscall('write', () => f.write(bytes.subarray(off), null));
  } finally {
    f.close();
  }
}
