// Property test of the overlay: any sequence of filesystem calls gives the same results (errno or
// success) and the same final tree through an overlay on an image as through a plain tmpfs that
// started as a copy of the image; the image's tree is never changed, and the overlay's diff applied
// to the image gives the final tree back.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { O_APPEND, O_CREAT, O_TRUNC, O_WRONLY, S_IFDIR, S_IFLNK, S_IFMT } from '../../abi/fs-constants.js';
import { applyLayer, mergeLayers } from '../../image/apply.js';
import { diffTrees } from '../../image/tar-writer.js';
import { comparePaths, type LayerEntry, type MergedTree } from '../../image/tree.js';
import type { FsCaller } from '../types.js';
import { Vfs } from '../vfs.js';
import { LowerLayer } from './lower.js';
import { OverlayFs } from './overlay.js';
import { snapshotTree } from './snapshot.js';

const ROOT: FsCaller = { cwd: '/', uid: 0, gid: 0, umask: 0o022 };
const enc = (s: string) => new TextEncoder().encode(s);

const file = (data: string, mode = 0o644) =>
  ({ type: 'file', mode, uid: 0, gid: 0, mtime: 1000, data: enc(data) }) as const;
const dir = (mode = 0o755) => ({ type: 'dir', mode, uid: 0, gid: 0, mtime: 1000 }) as const;

function image(): MergedTree {
  const shared = file('shared');
  const entries = new Map<string, LayerEntry>([
    ['/a', dir()],
    ['/a/b', dir(0o750)],
    ['/a/b/f', file('abf')],
    ['/a/g', shared],
    ['/d', dir()],
    ['/d/h', { type: 'hardlink', target: '/a/g' }],
    ['/d/s', { type: 'symlink', mode: 0o777, uid: 0, gid: 0, mtime: 1000, target: '../a/b/f' }],
    ['/e', file('top', 0o600)],
  ]);
  return mergeLayers([{ entries, whiteouts: new Set(), opaque: new Set() }]);
}

/** A plain tmpfs VFS holding the same tree (the reference the overlay must agree with). */
function copyOf(tree: MergedTree): Vfs {
  const vfs = new Vfs();
  const seen = new Map<unknown, string>();
  for (const p of [...tree.nodes.keys()].sort(comparePaths)) {
    const n = tree.nodes.get(p)!;
    if (p === '/') continue;
    if (n.type === 'dir') vfs.mkdir(ROOT, p, n.mode, false);
    else if (n.type === 'symlink') vfs.symlink(ROOT, n.target, p);
    else if (seen.has(n)) vfs.link(ROOT, seen.get(n)!, p);
    else {
      vfs.writeFile(ROOT, p, n.data, O_WRONLY | O_CREAT, n.mode);
      seen.set(n, p);
    }
    if (n.type !== 'symlink') vfs.chmod(ROOT, p, n.mode);
  }
  return vfs;
}

const PATHS = ['/a', '/a/b', '/a/b/f', '/a/g', '/a/n', '/d', '/d/h', '/d/s', '/d/x', '/e', '/n', '/n/m'];
const path = fc.constantFrom(...PATHS);
const op = fc.oneof(
  fc.tuple(fc.constant('write' as const), path, fc.constantFrom('x', 'yy')),
  fc.tuple(fc.constant('append' as const), path, fc.constantFrom('+', '-')),
  fc.tuple(fc.constant('unlink' as const), path),
  fc.tuple(fc.constant('rmdir' as const), path),
  fc.tuple(fc.constant('mkdir' as const), path),
  fc.tuple(fc.constant('rename' as const), path, path),
  fc.tuple(fc.constant('link' as const), path, path),
  fc.tuple(fc.constant('symlink' as const), path, fc.constantFrom('/a/g', 'b/f', 'nowhere')),
  fc.tuple(fc.constant('chmod' as const), path, fc.constantFrom(0o700, 0o644)),
  fc.tuple(fc.constant('truncate' as const), path, fc.constantFrom(0, 2)),
  fc.tuple(fc.constant('chown' as const), path, fc.constantFrom(0, 7)),
  fc.tuple(fc.constant('rm' as const), path),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function apply(vfs: Vfs, o: Op): string {
  try {
    switch (o[0]) {
      case 'write':
        vfs.writeFile(ROOT, o[1], o[2], O_WRONLY | O_CREAT | O_TRUNC, 0o644);
        break;
      case 'append':
        vfs.writeFile(ROOT, o[1], o[2], O_WRONLY | O_CREAT | O_APPEND, 0o644);
        break;
      case 'unlink':
        vfs.unlink(ROOT, o[1]);
        break;
      case 'rmdir':
        vfs.rmdir(ROOT, o[1]);
        break;
      case 'mkdir':
        vfs.mkdir(ROOT, o[1], 0o755, false);
        break;
      case 'rename':
        vfs.rename(ROOT, o[1], o[2]);
        break;
      case 'link':
        vfs.link(ROOT, o[1], o[2]);
        break;
      case 'symlink':
        vfs.symlink(ROOT, o[2], o[1]);
        break;
      case 'chmod':
        vfs.chmod(ROOT, o[1], o[2]);
        break;
      case 'truncate':
        vfs.truncate(ROOT, o[1], o[2]);
        break;
      case 'chown':
        vfs.chown(ROOT, o[1], o[2], o[2] + 1);
        break;
      case 'rm':
        vfs.rm(ROOT, o[1], true, false);
        break;
    }
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

/** Everything observable about a tree (but times and inode numbers): types, modes, data, link groups. */
function dump(vfs: Vfs): string[] {
  const out: string[] = [];
  const groups = new Map<number, string>();
  const walk = (p: string) => {
    for (const d of vfs.readdir(ROOT, p)) {
      const c = p === '/' ? `/${d.name}` : `${p}/${d.name}`;
      const st = vfs.lstat(ROOT, c);
      const type = st.mode & S_IFMT;
      if (type === S_IFDIR) {
        out.push(`${c} dir ${(st.mode & 0o7777).toString(8)} ${st.uid}:${st.gid}`);
        walk(c);
      } else if (type === S_IFLNK) {
        out.push(`${c} -> ${vfs.readlink(ROOT, c)} ${st.uid}:${st.gid}`);
      } else {
        const first = groups.get(st.ino) ?? c;
        groups.set(st.ino, first);
        const data = new TextDecoder().decode(vfs.readFile(ROOT, c));
        out.push(
          `${c} file ${(st.mode & 0o7777).toString(8)} ${JSON.stringify(data)} nlink=${st.nlink} ino~${first} ${st.uid}:${st.gid}`,
        );
      }
    }
  };
  walk('/');
  return out;
}

describe('overlay against a plain tmpfs copy', () => {
  it('agrees on every call and on the final tree; the diff rebuilds the tree', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const tree = image();
        const before = [...tree.nodes.entries()];
        const overlay = new OverlayFs(new LowerLayer(tree));
        const ov = new Vfs(overlay);
        const ref = copyOf(tree);
        for (const o of ops) expect([o, apply(ov, o)]).toEqual([o, apply(ref, o)]);
        expect(dump(ov)).toEqual(dump(ref));
        expect([...tree.nodes.entries()]).toEqual(before);
        const snap = snapshotTree(overlay);
        const rebuilt = applyLayer(tree, diffTrees(tree, snap));
        expect([...rebuilt.nodes.keys()].sort()).toEqual([...snap.nodes.keys()].sort());
      }),
      { numRuns: 300 },
    );
  });
});
