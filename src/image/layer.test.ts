// Unit tests (host zone, src/image): layer tar reading, whiteouts and hostile-entry rejection.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeTar, makeTgz } from '../../test/helpers/tars.js';
import { applyLayer, mergeLayers } from './apply.js';
import { ImageError } from './errors.js';
import { readLayer } from './layer.js';
import { diffTrees, writeLayerTar, writeTreeTar } from './tar-writer.js';
import { emptyTree, type FileNode } from './tree.js';

const text = (n: unknown) => Buffer.from((n as FileNode).data).toString();

describe('readLayer', () => {
  it('reads files, dirs, symlinks and hard links with their metadata', async () => {
    const tar = await makeTar([
      { name: 'app/', type: 'directory', mode: 0o750, uid: 1000, gid: 1000 },
      { name: 'app/main.js', data: 'console.log(1)', mode: 0o755, mtime: new Date(5000) },
      { name: 'app/link', type: 'symlink', linkname: 'main.js' },
      { name: 'app/hard', type: 'link', linkname: 'app/main.js' },
    ]);
    const layer = await readLayer(tar);
    expect([...layer.entries.keys()]).toEqual(['/app', '/app/main.js', '/app/link', '/app/hard']);
    expect(layer.entries.get('/app')).toMatchObject({ type: 'dir', mode: 0o750, uid: 1000, gid: 1000 });
    expect(layer.entries.get('/app/main.js')).toMatchObject({ type: 'file', mode: 0o755, mtime: 5000 });
    const tree = mergeLayers([layer]);
    expect(tree.nodes.get('/app/hard')).toBe(tree.nodes.get('/app/main.js'));
    expect(text(tree.nodes.get('/app/hard'))).toBe('console.log(1)');
    expect(tree.children.get('/app')).toEqual(['hard', 'link', 'main.js']);
    expect(tree.fileBytes).toBe(14);
  });

  it('reads gzip layers (detected by magic)', async () => {
    const layer = await readLayer(await makeTgz([{ name: 'a.txt', data: 'hi' }]));
    expect(text(layer.entries.get('/a.txt'))).toBe('hi');
  });

  it('creates missing parent directories with default metadata', async () => {
    const tree = mergeLayers([await readLayer(await makeTar([{ name: 'x/y/z.txt', data: 'z' }]))]);
    expect(tree.nodes.get('/x/y')).toMatchObject({ type: 'dir', mode: 0o755 });
    expect(tree.children.get('/')).toEqual(['x']);
  });

  it('rejects a gzip stream that is not a tar with a one-line error', async () => {
    await expect(readLayer(gzipSync(Buffer.from('hello')))).rejects.toThrow(ImageError);
  });
});

describe('applyLayer whiteouts', () => {
  it('deletes with .wh.NAME, hides lower contents with .wh..wh..opq, lets a file replace a dir', async () => {
    const lower = mergeLayers([
      await readLayer(
        await makeTar([
          { name: 'keep.txt', data: 'k' },
          { name: 'gone.txt', data: 'g' },
          { name: 'dir/a', data: 'a' },
          { name: 'opq/old', data: 'o' },
          { name: 'tofile/inner', data: 'i' },
        ]),
      ),
    ]);
    const upper = await readLayer(
      await makeTar([
        { name: '.wh.gone.txt', data: '' },
        { name: 'opq/', type: 'directory' },
        { name: 'opq/.wh..wh..opq', data: '' },
        { name: 'opq/new', data: 'n' },
        { name: 'tofile', data: 'now a file' },
        { name: 'dir/.wh.a', data: '' },
      ]),
    );
    const tree = applyLayer(lower, upper);
    expect([...tree.nodes.keys()].sort()).toEqual(['/', '/dir', '/keep.txt', '/opq', '/opq/new', '/tofile']);
    expect(text(tree.nodes.get('/tofile'))).toBe('now a file');
    expect(tree.children.get('/dir')).toEqual([]);
    // The lower tree is untouched.
    expect(lower.nodes.has('/gone.txt')).toBe(true);
  });
});

describe('tar writer', () => {
  it('round-trips a tree through a tar, deterministically', async () => {
    const tree = mergeLayers([
      await readLayer(
        await makeTar([
          { name: 'etc/', type: 'directory' },
          { name: 'etc/passwd', data: 'root:x:0:0::/root:/bin/sh\n', mtime: new Date(1000) },
          { name: 'tmp/', type: 'directory', mode: 0o1777 },
          { name: 'bin/sh', data: '#!sh', mode: 0o755 },
          { name: 'bin/ash', type: 'link', linkname: 'bin/sh' },
          { name: 'lib', type: 'symlink', linkname: '/usr/lib' },
        ]),
      ),
    ]);
    const tar1 = await writeTreeTar(tree);
    const tar2 = await writeTreeTar(mergeLayers([await readLayer(tar1)]));
    expect(Buffer.from(tar2).equals(Buffer.from(tar1))).toBe(true);
    const again = mergeLayers([await readLayer(tar1)]);
    expect(again.nodes.get('/tmp')).toMatchObject({ mode: 0o1777 });
    expect(again.nodes.get('/bin/ash')).toBe(again.nodes.get('/bin/sh'));
    expect(again.nodes.get('/lib')).toMatchObject({ type: 'symlink', target: '/usr/lib' });
  });

  it('diffs an upper tree against a lower one, with whiteouts that re-apply to the same tree', async () => {
    const lower = mergeLayers([
      await readLayer(
        await makeTar([
          { name: 'a', data: '1' },
          { name: 'b', data: '2' },
          { name: 'd/x', data: 'x' },
          { name: 'd/y', data: 'y' },
        ]),
      ),
    ]);
    const upper = applyLayer(
      lower,
      await readLayer(
        await makeTar([
          { name: '.wh.b', data: '' },
          { name: 'd/.wh.y', data: '' },
          { name: 'a', data: 'changed' },
          { name: 'c', data: 'new' },
        ]),
      ),
    );
    const diff = diffTrees(lower, upper);
    expect([...diff.entries.keys()].sort()).toEqual(['/a', '/c']);
    expect([...diff.whiteouts].sort()).toEqual(['/b', '/d/y']);
    const replayed = applyLayer(lower, await readLayer(await writeLayerTar(diff)));
    expect([...replayed.nodes.keys()].sort()).toEqual([...upper.nodes.keys()].sort());
    expect(text(replayed.nodes.get('/a'))).toBe('changed');
    expect(applyLayer(emptyTree(), diff).nodes.has('/b')).toBe(false);
  });
});
