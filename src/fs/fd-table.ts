// Host zone: a process's file descriptor table. The guest holds small integers; each points at an
// OpenFile that dup'd and inherited fds share, closed when its last fd goes.

import { fail } from '../kernel/errno.js';
import type { OpenFile } from './types.js';

interface Shared {
  file: OpenFile;
  refs: number;
}

/** Open files a process may hold when the container sets no `nofile` limit. */
export const DEFAULT_NOFILE = 65_536;

export class FdTable {
  private readonly fds = new Map<number, Shared>();
  /** RLIMIT_NOFILE: opening past it is EMFILE. */
  limit: number;

  /**
   * The default RLIMIT_NOFILE is 65536 (docker's is 1048576): every open file is a host object, and
   * a million of them per process would let one container hold hundreds of MiB of kernel memory.
   */
  constructor(limit = DEFAULT_NOFILE) {
    this.limit = limit;
  }

  get size(): number {
    return this.fds.size;
  }

  /** Installs `file` at the lowest free fd (or exactly at `at`, replacing what was there). */
  install(file: OpenFile, at?: number): number {
    if (at !== undefined) {
      this.close(at, true);
      this.fds.set(at, { file, refs: 1 });
      return at;
    }
    if (this.fds.size >= this.limit) fail('EMFILE');
    let fd = 0;
    while (this.fds.has(fd)) fd++;
    this.fds.set(fd, { file, refs: 1 });
    return fd;
  }

  get(fd: number): OpenFile {
    const entry = this.fds.get(fd);
    if (!entry) return fail('EBADF');
    return entry.file;
  }

  has(fd: number): boolean {
    return this.fds.has(fd);
  }

  /** Closes an fd; the OpenFile is closed when no fd (in any table) refers to it any more. */
  close(fd: number, quiet = false): void {
    const entry = this.fds.get(fd);
    if (!entry) {
      if (quiet) return;
      fail('EBADF');
    }
    this.fds.delete(fd);
    if (--entry.refs === 0) entry.file.close();
  }

  /** Points `to` in this table at the same open file as `fromFd` in `from` (dup2 across tables). */
  share(from: FdTable, fromFd: number, to: number): void {
    const entry = from.fds.get(fromFd);
    if (!entry) fail('EBADF');
    if (this === from && fromFd === to) return;
    entry.refs++;
    this.close(to, true);
    this.fds.set(to, entry);
  }

  /** A copy of this table for a child process: same OpenFiles, shared. */
  fork(only?: number[]): FdTable {
    const child = new FdTable(this.limit);
    for (const [fd, entry] of this.fds) {
      if (only && !only.includes(fd)) continue;
      entry.refs++;
      child.fds.set(fd, entry);
    }
    return child;
  }

  /** Every open fd with its file (for /proc/<pid>/fd). */
  entries(): Array<[number, OpenFile]> {
    return [...this.fds].map(([fd, e]) => [fd, e.file]);
  }

  closeAll(): void {
    for (const fd of [...this.fds.keys()]) this.close(fd, true);
  }
}
