// Host zone: a host directory (`--rootfs DIR`) read into an immutable tree (image/tree.ts), the read-only
// lower layer that every container started from it shares under its own writable overlay, plus the
// stat stamps that tell, with one lstat per entry, whether the directory still holds what was read.
// Regular files, directories and symlinks are taken with their modes and host mtimes, owned by root;
// symlinks are read as links, never followed on the host; hard links stay one inode; anything else
// (devices, sockets, fifos) is skipped. Bounded, so a huge tree is an error, not an OOM.

import {
  constants as C,
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  type Stats,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  countFileBytes,
  type DirNode,
  type FileNode,
  joinPath,
  type MergedTree,
  type NodeMeta,
  type TreeNode,
} from '../image/tree.js';
import { DIR_FLAGS, fdPath, O_PATH } from './bind/host.js';

export interface HostTreeLimits {
  maxBytes: number;
  maxEntries: number;
}

export const DEFAULT_HOST_TREE_LIMITS: HostTreeLimits = { maxBytes: 2 * 1024 ** 3, maxEntries: 500_000 };

export class ImportError extends Error {}

/** What lstat said of one host path when it was read; a change to the path changes one of these. */
interface Stamp {
  readonly path: string;
  /** Stat through a symlink (the top directory may be a link to the tree); entries are lstat'ed. */
  readonly follow: boolean;
  readonly dev: number;
  readonly ino: number;
  readonly mode: number;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
}

export interface HostTree {
  readonly tree: MergedTree;
  /** The top directory and every entry taken, in the order read. */
  readonly stamps: readonly Stamp[];
  /**
   * Some entry changed too close to the read for its timestamps to show a further change (racy, as
   * git calls an index entry written in the same second as its file): the stamps cannot vouch for it.
   */
  readonly racy: boolean;
}

/**
 * A change made after the read gets a ctime no earlier than the read's start minus the filesystem's
 * timestamp granularity: the coarse clock behind file times lags by up to a tick (4-10 ms) where the
 * filesystem keeps sub-second times, and by up to 2 s where it keeps whole (or even) seconds.
 */
const RACY_MS_FINE = 50;
const RACY_MS_COARSE = 2000;

const ROOT_META = { uid: 0, gid: 0 } as const;

function stampOf(path: string, st: Stats, follow = false): Stamp {
  return {
    path,
    follow,
    dev: st.dev,
    ino: st.ino,
    mode: st.mode,
    size: st.size,
    mtimeMs: st.mtimeMs,
    ctimeMs: st.ctimeMs,
  };
}

function metaOf(st: Stats): NodeMeta {
  return { mode: st.mode & 0o7777, ...ROOT_META, mtime: Math.floor(st.mtimeMs) };
}

/**
 * Reads `hostDir` into a tree. `ensureDirs` names top-level directories to add (mode 0755) when the
 * host tree has no entry of that name: the mount points every container gets anyway.
 */
export function readHostTree(
  hostDir: string,
  limits: HostTreeLimits = DEFAULT_HOST_TREE_LIMITS,
  ensureDirs: readonly string[] = [],
): HostTree {
  const startedAt = Date.now();
  const nodes = new Map<string, TreeNode>();
  const children = new Map<string, string[]>();
  const stamps: Stamp[] = [];
  const byInode = new Map<string, FileNode>();
  let entries = 0;
  let bytes = 0;
  // Read through directory fds (`${fdPath(dir)}/${name}`, never following a link): a directory of
  // the tree swapped for a symlink while it is read fails the read instead of reading the host's
  // files elsewhere (the directory may be writable by someone the kernel's user does not trust).
  let topFd: number;
  try {
    topFd = openSync(hostDir, O_PATH | C.O_DIRECTORY);
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOTDIR') throw new ImportError(`${hostDir}: not a directory`);
    throw err;
  }
  try {
    const top = fstatSync(topFd);
    stamps.push(stampOf(hostDir, top, true));
    // The root is 0755 whatever the host directory's mode (often 0700, from mkdtemp): it is the
    // container's /, not a directory of its tree.
    nodes.set('/', Object.freeze<DirNode>({ type: 'dir', ...metaOf(top), mode: 0o755 }));
    const walk = (hostPath: string, abs: string, dirFd: number): void => {
      const names: string[] = [];
      children.set(abs, names);
      for (const name of readdirSync(fdPath(dirFd)).sort()) {
        const h = join(hostPath, name);
        const at = `${fdPath(dirFd)}/${name}`;
        const path = joinPath(abs, name);
        const st = lstatSync(at);
        if (++entries > limits.maxEntries)
          throw new ImportError(`${hostDir}: more than ${limits.maxEntries} entries`);
        let node: TreeNode;
        if (st.isDirectory()) node = Object.freeze<DirNode>({ type: 'dir', ...metaOf(st) });
        else if (st.isFile()) node = fileNode(h, at, st);
        else if (st.isSymbolicLink())
          node = Object.freeze({ type: 'symlink' as const, ...metaOf(st), target: readlinkSync(at) });
        else continue;
        stamps.push(stampOf(h, st));
        nodes.set(path, node);
        names.push(name);
        if (node.type === 'dir') withFd(h, at, DIR_FLAGS, st, (fd) => walk(h, path, fd));
      }
    };
    const fileNode = (h: string, at: string, st: Stats): FileNode => {
      const key = `${st.dev}:${st.ino}`;
      const known = st.nlink > 1 ? byInode.get(key) : undefined;
      if (known) return known;
      bytes += st.size;
      if (bytes > limits.maxBytes) throw new ImportError(`${hostDir}: more than ${limits.maxBytes} bytes`);
      // A copy of exactly the file's size: readFileSync may hand out a slice of a shared pool.
      const data = withFd(h, at, C.O_RDONLY | C.O_NOFOLLOW, st, (fd) => new Uint8Array(readFileSync(fd)));
      const node = Object.freeze<FileNode>({ type: 'file', ...metaOf(st), data });
      if (st.nlink > 1) byInode.set(key, node);
      return node;
    };
    walk(hostDir, '/', topFd);
  } finally {
    closeSync(topFd);
  }
  const rootNames = children.get('/') as string[];
  for (const name of ensureDirs) {
    if (nodes.has(`/${name}`)) continue;
    nodes.set(
      `/${name}`,
      Object.freeze<DirNode>({ type: 'dir', mode: 0o755, ...ROOT_META, mtime: startedAt }),
    );
    children.set(`/${name}`, []);
    rootNames.push(name);
  }
  rootNames.sort();
  const fine = stamps.some((s) => s.ctimeMs % 1000 !== 0);
  const racyBefore = startedAt - (fine ? RACY_MS_FINE : RACY_MS_COARSE);
  return {
    tree: { nodes, children, fileBytes: countFileBytes(nodes.values()) },
    stamps,
    racy: stamps.some((s) => s.ctimeMs >= racyBefore),
  };
}

/** Runs `fn` on `at` opened with `flags`, which must still be the node `st` described. */
function withFd<T>(h: string, at: string, flags: number, st: Stats, fn: (fd: number) => T): T {
  const fd = openSync(at, flags);
  try {
    const now = fstatSync(fd);
    if (now.ino !== st.ino || now.dev !== st.dev) throw new ImportError(`${h}: changed while it was read`);
    return fn(fd);
  } finally {
    closeSync(fd);
  }
}

/** Whether every path of `tree` still stats as it did when read (an unreadable one counts as changed). */
export function hostTreeUnchanged(tree: HostTree): boolean {
  for (const s of tree.stamps) {
    let st: Stats | undefined;
    try {
      st = (s.follow ? statSync : lstatSync)(s.path, { throwIfNoEntry: false });
    } catch {
      return false;
    }
    if (
      !st ||
      st.ino !== s.ino ||
      st.dev !== s.dev ||
      st.mode !== s.mode ||
      st.size !== s.size ||
      st.mtimeMs !== s.mtimeMs ||
      st.ctimeMs !== s.ctimeMs
    )
      return false;
  }
  return true;
}
