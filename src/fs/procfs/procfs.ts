// Host zone: procfs, the container's /proc, generated from a ProcView of its own pid namespace:
// /proc/self, /proc/<pid>/{cmdline,environ,status,stat,mounts,cwd,exe,fd/}, and meminfo, uptime,
// cpuinfo, version, mounts. Files are snapshots taken at open; nothing in it can be created.

import { S_IFDIR, S_IFLNK, S_IFMT, S_IFREG } from '../../abi/fs-constants.js';
import { Errno, fail } from '../../kernel/errno.js';
import { type FsBackend, makeStat, type RelPath } from '../backend.js';
import { DirFile } from '../devfs/devfs.js';
import type { Mount } from '../mounts.js';
import type { FsCaller, OpenFile, WireDirent, WireStat } from '../types.js';
import * as text from './files.js';
import { SharedFile, TextFile } from './text-file.js';
import type { ProcInfo, ProcView } from './view.js';

const TOP_FILES = ['meminfo', 'uptime', 'cpuinfo', 'version', 'mounts'] as const;
const PID_FILES = ['cmdline', 'environ', 'status', 'stat', 'mounts'] as const;
const PID_LINKS = ['cwd', 'exe'] as const;

type Node =
  | { kind: 'dir'; ino: number; mode: number; owner?: ProcInfo; list: () => string[] }
  | { kind: 'file'; ino: number; mode: number; owner?: ProcInfo; body: () => string }
  | {
      kind: 'link';
      ino: number;
      owner?: ProcInfo;
      target: () => string;
      magic?: { pid: number; fd: number };
    };

export class Procfs implements FsBackend {
  dev = 0;
  private readonly born = Date.now();

  constructor(
    private readonly view: ProcView,
    private readonly mounts: () => readonly Mount[],
  ) {}

  private pidOf(name: string): ProcInfo | undefined {
    if (!/^[1-9]\d{0,9}$/.test(name)) return undefined;
    return this.view.proc(Number(name));
  }

  /** The node at `rel`, or ENOENT/ENOTDIR. */
  private node(rel: RelPath, caller: FsCaller): Node {
    const [a, b, c, ...rest] = rel;
    if (a === undefined) {
      return {
        kind: 'dir',
        ino: 1,
        mode: 0o555,
        list: () => [...this.view.pids().map(String), 'self', ...TOP_FILES],
      };
    }
    if (a === 'self') {
      if (b !== undefined) fail('ENOTDIR');
      if (caller.pid === undefined) fail('ENOENT');
      return { kind: 'link', ino: 2, target: () => String(caller.pid) };
    }
    const top = TOP_FILES.indexOf(a as (typeof TOP_FILES)[number]);
    if (top >= 0) {
      if (b !== undefined) fail('ENOTDIR');
      return { kind: 'file', ino: 3 + top, mode: 0o444, body: () => this.topBody(a) };
    }
    const p = this.pidOf(a);
    if (!p) return fail('ENOENT');
    const base = p.pid * 1024;
    if (b === undefined)
      return {
        kind: 'dir',
        ino: base,
        mode: 0o555,
        owner: p,
        list: () => [...PID_FILES, ...PID_LINKS, 'fd'],
      };
    const fi = PID_FILES.indexOf(b as (typeof PID_FILES)[number]);
    if (fi >= 0) {
      if (c !== undefined) fail('ENOTDIR');
      const mode = b === 'environ' ? 0o400 : 0o444;
      return {
        kind: 'file',
        ino: base + 1 + fi,
        mode,
        owner: p,
        body: () => this.pidBody(caller.pid === p.pid ? { ...p, state: 'R' } : p, b),
      };
    }
    if (b === 'cwd' || b === 'exe') {
      if (c !== undefined) fail('ENOTDIR');
      return {
        kind: 'link',
        ino: base + 10 + (b === 'cwd' ? 0 : 1),
        owner: p,
        target: () => (b === 'cwd' ? p.cwd : p.exe),
      };
    }
    if (b !== 'fd') return fail('ENOENT');
    if (c === undefined)
      return {
        kind: 'dir',
        ino: base + 20,
        mode: 0o500,
        owner: p,
        list: () => p.fds.map((f) => String(f.fd)),
      };
    if (rest.length > 0) fail('ENOTDIR');
    const entry = /^\d+$/.test(c) ? p.fds.find((f) => f.fd === Number(c)) : undefined;
    if (!entry) return fail('ENOENT');
    return {
      kind: 'link',
      ino: base + 100 + entry.fd,
      owner: p,
      target: () => entry.target,
      magic: { pid: p.pid, fd: entry.fd },
    };
  }

  private topBody(name: string): string {
    switch (name) {
      case 'meminfo':
        return text.meminfoText(this.view);
      case 'uptime':
        return text.uptimeText(this.view);
      case 'cpuinfo':
        return text.cpuinfoText();
      case 'version':
        return text.versionText();
      default:
        return text.mountsText(this.mounts());
    }
  }

  /** A process reading its own status is running (Linux shows R there), whatever the view says. */
  private pidBody(p: ProcInfo, name: string): string {
    switch (name) {
      case 'cmdline':
        return text.nulList(p.argv);
      case 'environ':
        return text.nulList(Object.entries(p.env).map(([k, v]) => `${k}=${v}`));
      case 'status':
        return text.statusText(p);
      case 'stat':
        return text.statText(p);
      default:
        return text.mountsText(this.mounts());
    }
  }

  private statOf(n: Node): WireStat {
    const times = { atimeMs: this.born, mtimeMs: this.born, ctimeMs: this.born, birthtimeMs: this.born };
    const own = { uid: n.owner?.uid ?? 0, gid: n.owner?.gid ?? 0 };
    if (n.kind === 'dir')
      return makeStat({ dev: this.dev, ino: n.ino, mode: S_IFDIR | n.mode, nlink: 2, ...own, ...times });
    if (n.kind === 'file')
      return makeStat({ dev: this.dev, ino: n.ino, mode: S_IFREG | n.mode, ...own, ...times });
    return makeStat({
      dev: this.dev,
      ino: n.ino,
      mode: S_IFLNK | 0o777,
      size: n.target().length,
      ...own,
      ...times,
    });
  }

  lstat(rel: RelPath, caller: FsCaller): WireStat {
    return this.statOf(this.node(rel, caller));
  }

  readlink(rel: RelPath, caller: FsCaller): string {
    const n = this.node(rel, caller);
    if (n.kind !== 'link') fail('EINVAL');
    return n.target();
  }

  readdir(rel: RelPath, caller: FsCaller): WireDirent[] {
    const n = this.node(rel, caller);
    if (n.kind !== 'dir') return fail('ENOTDIR');
    return n.list().map((name) => ({ name, type: this.lstat([...rel, name], caller).mode & S_IFMT }));
  }

  open(rel: RelPath, flags: number, caller: FsCaller): OpenFile {
    const n = this.node(rel, caller);
    if ((flags & 3) !== 0) fail(n.kind === 'dir' ? 'EISDIR' : 'EACCES');
    if (n.kind === 'dir') return new DirFile(this.statOf(n), flags);
    if (n.kind === 'link') return fail('ELOOP');
    return new TextFile(n.body(), this.statOf(n));
  }

  isMagic(rel: RelPath): boolean {
    return rel.length === 3 && rel[1] === 'fd';
  }

  magic(rel: RelPath, caller: FsCaller): OpenFile | null {
    const n = this.node(rel, caller);
    if (n.kind !== 'link' || !n.magic) return null;
    // A file with a path is reopened by its path (a fresh offset, as Linux does); pipes and
    // terminals have none, so the new fd shares the open description.
    if (n.target().startsWith('/')) return null;
    const file = this.view.fdFile(n.magic.pid, n.magic.fd);
    if (!file) return fail('ENOENT');
    return new SharedFile(file);
  }

  create(): OpenFile {
    throw new Errno('EACCES');
  }
  mkdir(): void {
    fail('EACCES');
  }
  rmdir(): void {
    fail('EACCES');
  }
  unlink(): void {
    fail('EACCES');
  }
  rename(): void {
    fail('EACCES');
  }
  link(): void {
    fail('EACCES');
  }
  symlink(): void {
    fail('EACCES');
  }
  chmod(): void {
    fail('EPERM');
  }
  chown(): void {
    fail('EPERM');
  }
  utimes(): void {
    fail('EPERM');
  }
  truncate(): void {
    fail('EACCES');
  }
}
