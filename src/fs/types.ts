// Host zone: the contracts of the filesystem layer. The VFS (vfs.ts) owns path resolution, mounts,
// permissions and errno; backends (tmpfs/, bind/, devfs/, procfs/, later overlay/) are storage that
// answer for paths relative to their own root and never see `..` or a symlink they did not store.

import type { WireDirent, WireStat } from '../abi/wire.js';

/** Who is asking: every VFS call takes it first (credentials, cwd, umask). */
export interface FsCaller {
  readonly cwd: string;
  readonly uid: number;
  readonly gid: number;
  readonly umask: number;
  /** The calling process's pid in its container (for /proc/self); absent for kernel-internal calls. */
  readonly pid?: number;
}

/** A sink for a stream-like file's bytes; `null` is end of stream. */
export type ChunkSink = (chunk: Uint8Array | null) => void;

/** A started read stream (stdin, a pipe): the kernel pauses it when the guest's buffer is full. */
export interface ReadStreamHandle {
  pause(): void;
  resume(): void;
  close(): void;
}

/**
 * An open file description (what an fd points at; dup'd and inherited fds share it).
 * Regular files, directories, devices, pipes and terminals all implement it; what a kind cannot do
 * throws the errno Linux would (EISDIR, ESPIPE, EBADF, EINVAL).
 */
export interface OpenFile {
  readonly kind: 'file' | 'directory' | 'device' | 'pipe' | 'tty' | 'socket';
  /** The guest path it was opened by (for /proc/<pid>/fd and error messages); '' when anonymous. */
  readonly path: string;
  readonly readable: boolean;
  readonly writable: boolean;
  /** Reads up to `length` bytes at `position` (null: the file offset, which advances). */
  read(length: number, position: number | null): Uint8Array;
  /** Writes at `position` (null: the offset, or the end with O_APPEND); returns bytes written. */
  write(data: Uint8Array, position: number | null): number;
  stat(): WireStat;
  truncate(len: number): void;
  chmod(mode: number): void;
  chown(uid: number, gid: number): void;
  utimes(atimeMs: number, mtimeMs: number): void;
  sync(): void;
  /** For stream-like files: deliver bytes as they arrive instead of blocking reads. */
  readStream?(sink: ChunkSink): ReadStreamHandle;
  /** Releases the description (called when the last fd referring to it closes). */
  close(): void;
}

export type { WireDirent, WireStat };
