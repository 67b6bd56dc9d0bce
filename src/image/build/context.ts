// Host zone: the build context — a host directory read once into an in-memory tree (the same
// `MergedTree` shape an image's root has, so COPY works the same from the context and from a stage),
// minus what `.containerignore` / `.dockerignore` excludes. Symlinks are read as links, never followed,
// so nothing outside the context is ever read; sockets, fifos and devices are skipped. Bounded by the
// store's layer limits (entry count, file and total bytes).

import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { LayerLimits } from '../limits.js';
import { countFileBytes, type DirNode, joinPath, type MergedTree, type TreeNode } from '../tree.js';
import { IgnoreMatcher } from './ignore.js';
import { BuildError } from './parser.js';

/** The ignore files looked for in the context root, in order of preference (Podman's, then Docker's). */
export const IGNORE_FILES = ['.containerignore', '.dockerignore'] as const;

/** Reads the context's ignore file, if any: a Containerfile-specific `<file>.dockerignore` wins. */
async function readIgnore(dir: string, containerfile: string | undefined): Promise<IgnoreMatcher> {
  const names = [
    ...(containerfile ? [`${containerfile}.containerignore`, `${containerfile}.dockerignore`] : []),
  ];
  for (const n of [...names, ...IGNORE_FILES.map((f) => join(dir, f))]) {
    try {
      return IgnoreMatcher.parse(await readFile(n, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  return new IgnoreMatcher([]);
}

/** Reads a context directory into a tree rooted at `/`. */
export async function readContext(
  dir: string,
  limits: LayerLimits,
  containerfile?: string,
): Promise<MergedTree> {
  let st: Awaited<ReturnType<typeof lstat>>;
  try {
    st = await lstat(dir);
  } catch {
    throw new BuildError(`unable to prepare context: path "${dir}" not found`);
  }
  if (!st.isDirectory())
    throw new BuildError(`unable to prepare context: context must be a directory: ${dir}`);
  const ignore = await readIgnore(dir, containerfile);
  const nodes = new Map<string, TreeNode>();
  const children = new Map<string, string[]>();
  let bytes = 0;
  const meta = (s: { mode: number; mtimeMs: number }) => ({
    mode: s.mode & 0o7777,
    uid: 0,
    gid: 0,
    mtime: Math.floor(s.mtimeMs / 1000) * 1000,
  });
  nodes.set('/', Object.freeze<DirNode>({ type: 'dir', ...meta(st) }));
  children.set('/', []);
  const walk = async (host: string, abs: string): Promise<void> => {
    const names = (await readdir(host)).sort();
    for (const name of names) {
      const path = joinPath(abs, name);
      const rel = path.slice(1);
      const h = join(host, name);
      const s = await lstat(h);
      const ignored = ignore.ignores(rel);
      // An ignored directory is still walked when an exception might re-include something below it.
      if (ignored && !(s.isDirectory() && ignore.mayReinclude(rel))) continue;
      if (nodes.size >= limits.maxEntries)
        throw new BuildError(`build context has more than ${limits.maxEntries} entries`);
      let node: TreeNode;
      if (s.isDirectory()) node = { type: 'dir', ...meta(s) };
      else if (s.isSymbolicLink()) node = { type: 'symlink', ...meta(s), target: await readlink(h) };
      else if (s.isFile()) {
        if (ignored) continue;
        if (s.size > limits.maxEntryBytes)
          throw new BuildError(`build context file ${rel} is larger than ${limits.maxEntryBytes} bytes`);
        bytes += s.size;
        if (bytes > limits.maxTotalBytes)
          throw new BuildError(`build context is larger than ${limits.maxTotalBytes} bytes`);
        node = { type: 'file', ...meta(s), data: new Uint8Array(await readFile(h)) };
      } else continue;
      if (ignored && node.type === 'symlink') continue;
      nodes.set(path, Object.freeze(node));
      (children.get(abs) as string[]).push(name);
      if (node.type === 'dir') {
        children.set(path, []);
        await walk(h, path);
        // A directory kept only to look for exceptions disappears when none matched below it.
        if (ignored && (children.get(path) as string[]).length === 0) {
          nodes.delete(path);
          children.delete(path);
          const list = children.get(abs) as string[];
          list.splice(list.indexOf(name), 1);
        }
      }
    }
  };
  await walk(dir, '/');
  return { nodes, children, fileBytes: countFileBytes(nodes.values()) };
}
