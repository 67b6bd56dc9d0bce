// Interop with real OCI tools (Debian's skopeo and umoci, installed by .ci/run): archives tsvirt saves
// are read by them, and images they make are loaded (and run) by tsvirt. Skipped with a reason when
// a tool is missing.

import { execFileSync, spawnSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageStore, loadArchive, saveImages } from '../../src/image/index.js';
import type { MergedTree } from '../../src/image/tree.js';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';
import { makeTar } from '../helpers/tars.js';
import { writeTreeToDir } from '../helpers/trees.js';

const has = (tool: string) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
const SKOPEO = has('skopeo');
const UMOCI = has('umoci');
if (!SKOPEO) console.warn('image-interop: skopeo not installed; skopeo tests skipped (.ci/run installs it)');
if (!UMOCI) console.warn('image-interop: umoci not installed; umoci tests skipped (.ci/run installs it)');

const run = (cmd: string, args: string[], cwd?: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });

let work: string;
let store: ImageStore;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tsvirt-interop-'));
  store = new ImageStore({ home: join(work, 'home') });
  const base = await store.createImage({
    layers: [
      await makeTar([
        { name: 'etc/', type: 'directory' },
        { name: 'etc/os-release', data: 'NAME="tsvirt"\n' },
        { name: 'tmp/', type: 'directory', mode: 0o1777 },
        { name: 'old.txt', data: 'to be deleted' },
        { name: 'usr/bin/tool', data: '#!/usr/bin/node\n', mode: 0o755 },
      ]),
    ],
    tags: ['interop-base:1'],
  });
  await store.createImage({
    base: base.manifestDigest,
    layers: [
      await makeTar([
        { name: '.wh.old.txt', data: '' },
        { name: 'app/', type: 'directory' },
        { name: 'app/main.js', data: 'console.log("interop")\n' },
        { name: 'app/link.js', type: 'symlink', linkname: 'main.js' },
      ]),
    ],
    config: { Cmd: ['node', '/app/main.js'], Env: ['A=1'], WorkingDir: '/app', Labels: { x: 'y' } },
    tags: ['interop:1'],
  });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Path → a description of type, mode and content, for a host directory tree. */
async function describeDir(
  dir: string,
  rel = '',
  out = new Map<string, string>(),
): Promise<Map<string, string>> {
  for (const name of (await readdir(dir)).sort()) {
    const p = join(dir, name);
    const st = await lstat(p);
    const key = `${rel}/${name}`;
    if (st.isDirectory()) {
      out.set(key, `dir ${(st.mode & 0o7777).toString(8)}`);
      await describeDir(p, key, out);
    } else if (st.isSymbolicLink()) out.set(key, `symlink ${await readlink(p)}`);
    else out.set(key, `file ${(st.mode & 0o7777).toString(8)} ${(await readFile(p)).toString('base64')}`);
  }
  return out;
}

function describeTree(tree: MergedTree): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, node] of [...tree.nodes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (path === '/') continue;
    if (node.type === 'dir') out.set(path, `dir ${node.mode.toString(8)}`);
    else if (node.type === 'symlink') out.set(path, `symlink ${node.target}`);
    else out.set(path, `file ${node.mode.toString(8)} ${Buffer.from(node.data).toString('base64')}`);
  }
  return out;
}

describe.skipIf(!SKOPEO)('skopeo', () => {
  it('inspects an OCI archive saved by tsvirt', async () => {
    const file = join(work, 'interop-oci.tar');
    await writeFile(file, await saveImages(store, ['interop:1'], 'oci'));
    const img = await store.resolve('interop:1');
    const info = JSON.parse(run('skopeo', ['inspect', `oci-archive:${file}`]));
    expect(info.Digest).toBe(img.manifestDigest);
    expect(info.Layers).toEqual(img.manifest.layers.map((l) => l.digest));
    expect(info.Env).toEqual(['A=1']);
    expect(info.Labels).toEqual({ x: 'y' });
    const config = JSON.parse(run('skopeo', ['inspect', '--config', `oci-archive:${file}`]));
    expect(config.config.Cmd).toEqual(['node', '/app/main.js']);
    expect(config.rootfs.diff_ids).toEqual(img.config.rootfs.diff_ids);
  });

  it('reads the store itself as an OCI image layout', async () => {
    const img = await store.resolve('interop:1');
    const info = JSON.parse(run('skopeo', ['inspect', `oci:${store.layout.root}:interop:1`]));
    expect(info.Digest).toBe(img.manifestDigest);
    expect(info.Layers).toEqual(img.manifest.layers.map((l) => l.digest));
  });

  it('reads a docker-archive saved by tsvirt, and its copy back as an OCI archive loads with the same ID', async () => {
    const file = join(work, 'interop-docker.tar');
    await writeFile(file, await saveImages(store, ['interop:1'], 'docker'));
    const img = await store.resolve('interop:1');
    const config = JSON.parse(run('skopeo', ['inspect', '--config', `docker-archive:${file}`]));
    expect(config.rootfs.diff_ids).toEqual(img.config.rootfs.diff_ids);
    const copied = join(work, 'skopeo-copy.tar');
    run('skopeo', ['copy', `docker-archive:${file}`, `oci-archive:${copied}:interop:copied`]);
    const other = new ImageStore({ home: join(work, 'home-skopeo') });
    const result = await loadArchive(other, await readFile(copied));
    expect(result.messages).toEqual(['Loaded image: interop:copied']);
    const loaded = await other.resolve('interop:copied');
    expect(loaded.id).toBe(img.id);
    expect(describeTree(await other.mergedTree(loaded))).toEqual(describeTree(await store.mergedTree(img)));
  });
});

describe.skipIf(!UMOCI)('umoci', () => {
  it('unpacks an OCI archive saved by tsvirt to the same files', async () => {
    const layout = join(work, 'unpack-layout');
    await mkdir(layout);
    const archive = join(work, 'for-umoci.tar');
    await writeFile(archive, await saveImages(store, ['interop:1'], 'oci'));
    run('tar', ['-xf', archive, '-C', layout]);
    const bundle = join(work, 'bundle');
    // Docker's convention, which tsvirt follows: ref.name is the tag.
    run('umoci', ['unpack', '--rootless', '--image', `${layout}:1`, bundle]);
    const unpacked = await describeDir(join(bundle, 'rootfs'));
    expect(unpacked).toEqual(describeTree(await store.mergedTree('interop:1')));
    expect(unpacked.has('/old.txt')).toBe(false);
  });

  it('loads and runs an image made by umoci (init, new, insert, config)', async () => {
    const dir = join(work, 'umoci-made');
    const layout = join(dir, 'layout');
    await mkdir(join(dir, 'app'), { recursive: true });
    await writeFile(
      join(dir, 'app', 'main.js'),
      'console.log("made by umoci", process.env.GREETING, process.cwd());\n',
    );
    run('umoci', ['init', '--layout', layout]);
    run('umoci', ['new', '--image', `${layout}:umoci-app:1.0`]);
    run('umoci', ['insert', '--rootless', '--image', `${layout}:umoci-app:1.0`, join(dir, 'app'), '/app']);
    run('umoci', [
      'config',
      '--image',
      `${layout}:umoci-app:1.0`,
      '--config.cmd',
      'node',
      '--config.cmd',
      '/app/main.js',
      '--config.env',
      'GREETING=hello',
      '--config.workingdir',
      '/app',
    ]);
    run('umoci', ['gc', '--layout', layout]);
    const archive = join(dir, 'umoci-app.tar');
    run('tar', ['-cf', archive, '-C', layout, '.']);

    const result = await loadArchive(store, await readFile(archive));
    expect(result).toMatchObject({ format: 'oci', messages: ['Loaded image: umoci-app:1.0'] });
    const img = await store.resolve('umoci-app:1.0');
    expect(img.config.config).toMatchObject({
      Cmd: ['node', '/app/main.js'],
      Env: ['GREETING=hello'],
      WorkingDir: '/app',
    });
    expect(img.config.history.map((h) => h.created_by)).toEqual(['umoci insert', 'umoci config']);

    const rootfs = join(dir, 'rootfs');
    await mkdir(rootfs);
    await writeTreeToDir(await store.mergedTree(img), rootfs);
    const kernel = new Kernel();
    try {
      const { Cmd, Env, WorkingDir } = img.config.config;
      const c = await kernel.run({ rootfs, cmd: Cmd!, env: Env!, workdir: WorkingDir! });
      const out = collect(c.stdout);
      expect((await c.wait()).exitCode).toBe(0);
      expect(await out).toBe('made by umoci hello /app\n');
    } finally {
      await kernel.close();
    }
  });
});
