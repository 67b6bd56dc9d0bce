// Property test of path resolution: random trees of directories, files and symlinks, random paths with
// `.`, `..`, trailing slashes and absolute/relative links; the VFS's realpath and lstat must agree
// with a small string-rewriting model of Linux's rules.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Tmpfs } from './tmpfs/tmpfs.js';
import type { FsCaller } from './types.js';
import { Vfs } from './vfs.js';

type Tree = { [name: string]: Node };
type Node = { t: 'dir'; c: Tree } | { t: 'file' } | { t: 'link'; to: string };

const NAMES = ['a', 'b', 'c'];
const segment = fc.constantFrom('a', 'b', 'c', '.', '..');
const pathArb = fc
  .tuple(fc.boolean(), fc.array(segment, { minLength: 0, maxLength: 5 }), fc.boolean())
  .map(([abs, segs, slash]) => `${abs ? '/' : ''}${segs.join('/')}${slash && segs.length ? '/' : ''}`);

const treeArb: fc.Arbitrary<Tree> = fc.letrec((tie) => ({
  tree: fc.dictionary(fc.constantFrom(...NAMES), tie('node') as fc.Arbitrary<Node>, { maxKeys: 3 }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant<Node>({ t: 'file' }),
    pathArb.filter((p) => p !== '').map((to): Node => ({ t: 'link', to })),
    (tie('tree') as fc.Arbitrary<Tree>).map((c): Node => ({ t: 'dir', c })),
  ),
})).tree;

/** The model: Linux's lookup as string rewriting over the tree. Returns a canonical path or an errno. */
function model(tree: Tree, path: string, cwd: readonly string[], follow: boolean): string {
  if (path === '') return 'ENOENT';
  const get = (at: string[]): Node | undefined => {
    let cur: Node = { t: 'dir', c: tree };
    for (const n of at) {
      if (cur.t !== 'dir') return undefined;
      const next: Node | undefined = cur.c[n];
      if (!next) return undefined;
      cur = next;
    }
    return cur;
  };
  let parts = path.split('/').filter(Boolean);
  if (path.endsWith('/')) parts.push('.');
  let at = path.startsWith('/') ? [] : [...cwd];
  let links = 0;
  while (parts.length > 0) {
    const part = parts.shift() as string;
    if (part === '.') continue;
    if (part === '..') {
      at = at.slice(0, -1);
      continue;
    }
    const node = get([...at, part]);
    if (!node) return 'ENOENT';
    if (node.t === 'link' && (parts.length > 0 || follow)) {
      if (++links > 40) return 'ELOOP';
      if (node.to.startsWith('/')) at = [];
      parts = [...node.to.split('/').filter(Boolean), ...(node.to.endsWith('/') ? ['.'] : []), ...parts];
      continue;
    }
    if (node.t !== 'dir' && parts.length > 0) return 'ENOTDIR';
    at = [...at, part];
  }
  return `/${at.join('/')}`;
}

const ROOT: FsCaller = { cwd: '/', uid: 0, gid: 0, umask: 0o022 };

function build(tree: Tree): Vfs {
  const vfs = new Vfs(new Tmpfs());
  const fill = (t: Tree, dir: string) => {
    for (const [name, node] of Object.entries(t)) {
      const p = `${dir}/${name}`;
      if (node.t === 'dir') {
        vfs.mkdir(ROOT, p, 0o755, false);
        fill(node.c, p);
      } else if (node.t === 'file') vfs.writeFile(ROOT, p, 'x', 0o1101, 0o644);
      else vfs.symlink(ROOT, node.to, p);
    }
  };
  fill(tree, '');
  return vfs;
}

const attempt = (fn: () => string) => {
  try {
    return fn();
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('path resolution', () => {
  it('realpath agrees with the model (symlinks followed)', () => {
    fc.assert(
      fc.property(treeArb, pathArb, fc.constantFrom([], ['a'], ['a', 'b']), (tree, path, cwd) => {
        const vfs = build(tree);
        const cwdPath = model(tree, `/${cwd.join('/')}`, [], true);
        fc.pre(cwdPath === `/${cwd.join('/')}` && vfs.isDirectory(ROOT, cwdPath));
        const caller = { ...ROOT, cwd: cwdPath };
        const expected = model(tree, path, [...cwd], true);
        expect(attempt(() => vfs.realpath(caller, path))).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('lstat finds the same node as the model without following the last link', () => {
    fc.assert(
      fc.property(treeArb, pathArb, (tree, path) => {
        const vfs = build(tree);
        const expected = model(tree, path, [], false);
        const got = attempt(() => String(vfs.lstat(ROOT, path).ino));
        if (expected.startsWith('/')) {
          // The model names a node: it must be the one lstat found (same inode as a no-follow walk).
          const ino = attempt(() => String(vfs.lstat(ROOT, expected).ino));
          expect(got).toBe(ino);
        } else {
          expect(got).toBe(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a chain of 41 links is ELOOP, 40 resolve', () => {
    const vfs = new Vfs();
    vfs.writeFile(ROOT, '/f', 'x', 0o1101, 0o644);
    vfs.symlink(ROOT, '/f', '/l0');
    for (let i = 1; i <= 40; i++) vfs.symlink(ROOT, `/l${i - 1}`, `/l${i}`);
    expect(vfs.realpath(ROOT, '/l39')).toBe('/f');
    expect(attempt(() => vfs.realpath(ROOT, '/l40'))).toBe('ELOOP');
    vfs.symlink(ROOT, 'self', '/self');
    expect(attempt(() => String(vfs.stat(ROOT, '/self').ino))).toBe('ELOOP');
    expect(vfs.lstat(ROOT, '/self').mode & 0o170000).toBe(0o120000);
  });

  it('names over 255 bytes are ENAMETOOLONG', () => {
    const vfs = new Vfs();
    expect(attempt(() => vfs.realpath(ROOT, `/${'x'.repeat(256)}`))).toBe('ENAMETOOLONG');
    expect(attempt(() => vfs.realpath(ROOT, `/${'x'.repeat(255)}`))).toBe('ENOENT');
  });
});
