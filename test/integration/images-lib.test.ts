// Containers from images through the library: `kernel.create({ image })` with the image's config
// merged as Docker does, whiteouts of an upper layer honoured, export and commit of a container's
// changes, rmi refused while a container uses an image, and one shared tree for many containers.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLayer, writeLayerTar } from '../../src/image/index.js';
import { type Container, Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';
import { makeTar } from '../helpers/tars.js';

let home: string;
let kernel: Kernel;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'tsvirt-imglib-'));
  kernel = new Kernel({ home });
});

afterAll(async () => {
  await kernel.close();
  await rm(home, { recursive: true, force: true });
});

/** Runs a container to its end; returns exit code and output. */
async function finish(c: Container): Promise<{ code: number | null; out: string; err: string }> {
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  const status = await c.wait();
  return { code: status.exitCode, out: await out, err: await err };
}

const run = async (spec: Parameters<Kernel['run']>[0]) => finish(await kernel.run(spec));

describe('containers from images', () => {
  it('runs hello-world with its Cmd, and base with a command', async () => {
    const hello = await run({ image: 'hello-world' });
    expect(hello.code).toBe(0);
    expect(hello.out).toContain('Hello from tsvirt!');
    const base = await run({
      image: 'base:latest',
      cmd: [
        'node',
        '-e',
        "console.log(require('fs').readFileSync('/etc/hostname','utf8').length > 0, process.env.HOME, process.cwd())",
      ],
    });
    expect(base).toMatchObject({ code: 0, out: 'true /root /\n' });
  });

  it('an unknown image is a one-line error', async () => {
    await expect(kernel.create({ image: 'no-such-image', cmd: ['node'] })).rejects.toThrow(/no-such-image/);
  });

  it('merges Entrypoint, Cmd, Env, WorkingDir and User as Docker does', async () => {
    const layer = await makeTar([
      { name: 'app/', type: 'directory', mode: 0o755 },
      {
        name: 'app/ep.js',
        data: "console.log('ep', process.argv.slice(2).join(','), process.env.A, process.env.B, process.cwd(), process.getuid())\n",
      },
      { name: 'app/other.js', data: "console.log('other', process.argv.slice(2).join(','))\n" },
    ]);
    await kernel.images.createImage({
      base: 'base',
      layers: [layer],
      config: {
        Entrypoint: ['node', '/app/ep.js'],
        Cmd: ['x', 'y'],
        Env: ['A=image', 'B=image'],
        WorkingDir: '/app',
        User: '1000',
      },
      tags: ['cfg:1'],
    });
    expect((await run({ image: 'cfg:1', env: { B: 'spec' } })).out).toBe('ep x,y image spec /app 1000\n');
    expect((await run({ image: 'cfg:1', cmd: ['z'] })).out).toBe('ep z image image /app 1000\n');
    expect((await run({ image: 'cfg:1', entrypoint: ['node', '/app/other.js'] })).out).toBe('other \n');
    expect((await run({ image: 'cfg:1', entrypoint: ['node', '/app/other.js'], cmd: ['q'] })).out).toBe(
      'other q\n',
    );
    expect((await run({ image: 'cfg:1', user: '0', workdir: '/tmp2', cmd: [] })).out).toBe(
      'ep  image image /tmp2 0\n',
    );
  });

  it('a file deleted by an upper layer (whiteout) is gone in the container', async () => {
    const tar = await writeLayerTar({
      entries: new Map(),
      whiteouts: new Set(['/etc/os-release']),
      opaque: new Set(),
    });
    expect((await readLayer(tar)).whiteouts.has('/etc/os-release')).toBe(true);
    await kernel.images.createImage({ base: 'base', layers: [tar], tags: ['wh:1'] });
    const r = await run({
      image: 'wh:1',
      cmd: [
        'node',
        '-e',
        "const fs=require('fs');console.log(fs.existsSync('/etc/os-release'), fs.readdirSync('/etc').includes('os-release'), fs.existsSync('/etc/passwd'))",
      ],
    });
    expect(r.out).toBe('false false true\n');
    const plain = await run({
      image: 'base',
      cmd: ['node', '-e', "console.log(require('fs').existsSync('/etc/os-release'))"],
    });
    expect(plain.out).toBe('true\n');
  });
});

describe('writable layer', () => {
  it('changes stay in the container: another container of the image sees the image as it was', async () => {
    const w = await run({
      image: 'base',
      cmd: ['node', '-e', "require('fs').writeFileSync('/etc/hostname','changed')"],
    });
    expect(w.code).toBe(0);
    const r = await run({
      image: 'base',
      cmd: ['node', '-e', "process.stdout.write(require('fs').readFileSync('/etc/hostname','utf8'))"],
    });
    expect(r.out).not.toBe('changed');
  });

  it('limits.storage bounds the writable layer (ENOSPC)', async () => {
    const r = await run({
      image: 'base',
      limits: { storage: 64 * 1024 },
      cmd: [
        'node',
        '-e',
        "const fs=require('fs');fs.writeFileSync('/small','x'.repeat(1000));try{fs.writeFileSync('/big','x'.repeat(100000))}catch(e){console.log(e.code)}",
      ],
    });
    expect(r.out).toBe('ENOSPC\n');
  });

  it('a copy-up that runs out of space leaves the image file in view', async () => {
    const big = await makeTar([{ name: 'big', data: 'b'.repeat(200_000) }]);
    await kernel.images.createImage({ base: 'base', layers: [big], tags: ['big:1'] });
    const r = await run({
      image: 'big:1',
      limits: { storage: 64 * 1024 },
      cmd: [
        'node',
        '-e',
        "const fs=require('fs');try{fs.appendFileSync('/big','+')}catch(e){console.log(e.code)}console.log(fs.statSync('/big').size)",
      ],
    });
    expect(r.out).toBe('ENOSPC\n200000\n');
  });
});

describe('export and commit', () => {
  it('commits a container’s changes (including deletions) as a new image that runs', async () => {
    const c = await kernel.run({
      image: 'base',
      cmd: [
        'node',
        '-e',
        "const fs=require('fs');fs.mkdirSync('/data');fs.writeFileSync('/data/note','kept');fs.unlinkSync('/etc/os-release');fs.appendFileSync('/etc/hostname','+')",
      ],
    });
    expect((await finish(c)).code).toBe(0);
    const img = await c.commit('committed:v1', {
      config: { Cmd: ['node', '-e', "console.log('from config')"] },
    });
    expect(img.names).toEqual(['committed:v1']);
    const base = await kernel.images.resolve('base');
    expect(img.config.rootfs.diff_ids.slice(0, -1)).toEqual(base.config.rootfs.diff_ids);
    const layer = await readLayer(await kernel.images.layerTar(img, img.manifest.layers.length - 1));
    expect([...layer.whiteouts]).toEqual(['/etc/os-release']);
    // /etc itself may or may not come along (its mtime); /proc and /dev (mount points) do not.
    const paths = [...layer.entries.keys()].filter((p) => p !== '/etc').sort();
    expect(paths).toEqual(['/data', '/data/note', '/etc/hostname']);
    const r = await run({
      image: 'committed:v1',
      cmd: [
        'node',
        '-e',
        "const fs=require('fs');console.log(fs.readFileSync('/data/note','utf8'), fs.existsSync('/etc/os-release'), fs.readFileSync('/etc/hostname','utf8').endsWith('+'))",
      ],
    });
    expect(r.out).toBe('kept false true\n');
    expect((await run({ image: 'committed:v1' })).out).toBe('from config\n');
  });

  it('exports the merged filesystem as a flat tar', async () => {
    const c = await kernel.run({
      image: 'base',
      cmd: [
        'node',
        '-e',
        "const fs=require('fs');fs.writeFileSync('/new.txt','hi');fs.rmSync('/etc/passwd')",
      ],
    });
    await finish(c);
    const flat = await readLayer(await c.export());
    expect(flat.whiteouts.size).toBe(0);
    const entry = flat.entries.get('/new.txt');
    expect(entry?.type === 'file' && Buffer.from(entry.data).toString()).toBe('hi');
    expect(flat.entries.has('/etc/passwd')).toBe(false);
    expect(flat.entries.has('/etc/group')).toBe(true);
  });
});

describe('sharing and in-use images', () => {
  it('100 containers of one image share one tree; each has its own upper layer', async () => {
    const cs: Container[] = [];
    for (let i = 0; i < 100; i++) cs.push(await kernel.create({ image: 'base', cmd: ['node', '-e', ''] }));
    const tree = await kernel.images.mergedTree('base');
    for (const c of cs) {
      expect(c.image?.overlay.lower.tree).toBe(tree);
      expect(c.image?.overlay.lower).toBe(cs[0]?.image?.overlay.lower);
    }
    expect(new Set(cs.map((c) => c.image?.overlay.upper)).size).toBe(100);
    for (const c of cs) kernel.remove(c);
  });

  it('rmi of an image a container uses is refused until the container is removed', async () => {
    const layer = await makeTar([{ name: 'x', data: 'x' }]);
    await kernel.images.createImage({ base: 'base', layers: [layer], tags: ['busy:1'] });
    const c = await kernel.run({ image: 'busy:1', cmd: ['node', '-e', ''] });
    await finish(c);
    await expect(kernel.images.rmi('busy:1')).rejects.toThrow(
      /conflict: unable to remove .*container [0-9a-f]{12} is using/,
    );
    kernel.remove(c);
    expect(await kernel.images.rmi('busy:1')).toEqual(expect.arrayContaining(['Untagged: busy:1']));
  });
});
