// Containers from images while the store changes under a running kernel: the kernel keeps what it
// resolved (so a start reads only a stat of index.json), and must still see every re-tag, rmi and
// load made by another writer on the same home — another ImageStore instance (what the CLI in another
// process holds) and the CLI itself as a subprocess — and keep running containers whose image is gone.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageStore, loadArchive, saveImages } from '../../src/image/index.js';
import { type Container, Kernel } from '../../src/index.js';
import { assertBuilt, tsvirt } from '../helpers/cli.js';
import { collect } from '../helpers/streams.js';
import { makeTar } from '../helpers/tars.js';

let home: string;
let kernel: Kernel;
/** The other writer: its own instance, its own caches, as another process would have. */
let other: ImageStore;

beforeAll(async () => {
  assertBuilt();
  home = await mkdtemp(join(tmpdir(), 'tsvirt-imgreads-'));
  kernel = new Kernel({ home, warmPool: 1 });
  other = new ImageStore({ home });
});

afterAll(async () => {
  await kernel.close();
  await rm(home, { recursive: true, force: true });
});

/** An image whose /v.txt says `version`, made by the other writer. */
async function makeVersion(version: string, tags: string[]) {
  const layer = await makeTar([{ name: 'v.txt', data: version }]);
  return other.createImage({ layers: [layer], config: { Cmd: ['node', '-e', 'x'] }, tags });
}

/** Runs a container of `image` that prints /v.txt; returns what it printed. */
async function version(image: string): Promise<string> {
  const c = await kernel.run({
    image,
    cmd: ['node', '-e', "process.stdout.write(require('fs').readFileSync('/v.txt', 'utf8'))"],
  });
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  const status = await c.wait();
  kernel.remove(c);
  expect({ code: status.exitCode, err: await err }).toEqual({ code: 0, err: '' });
  return out;
}

const notFound = (ref: string) =>
  new RegExp(`unable to find image '${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' locally`);

describe('a kernel sees what another writer does to its store', () => {
  it('re-tag: a name moved by another instance starts the image it now names', async () => {
    await makeVersion('one', ['app:1']);
    expect(await version('app:1')).toBe('one');
    expect(await version('app:1')).toBe('one'); // the second start is served from the cache
    await makeVersion('two', ['app:2']);
    await other.tag('app:2', 'app:1');
    expect(await version('app:1')).toBe('two');
  });

  it('rmi: a name removed by another instance is unknown at the next start', async () => {
    await makeVersion('three', ['gone:1']);
    expect(await version('gone:1')).toBe('three');
    await other.rmi('gone:1');
    await expect(kernel.run({ image: 'gone:1', cmd: ['node', '-e', '0'] })).rejects.toThrow(
      notFound('gone:1'),
    );
  });

  it('load: an image loaded by another instance after an rmi starts again', async () => {
    await makeVersion('four', ['ship:1']);
    expect(await version('ship:1')).toBe('four');
    const archive = await saveImages(other, ['ship:1']);
    await other.rmi('ship:1');
    await expect(kernel.run({ image: 'ship:1', cmd: ['node', '-e', '0'] })).rejects.toThrow(
      notFound('ship:1'),
    );
    await loadArchive(other, archive);
    expect(await version('ship:1')).toBe('four');
  });

  it('a container keeps its files when another writer removes its image mid-run', async () => {
    await makeVersion('five', ['busy:1']);
    const c: Container = await kernel.run({
      image: 'busy:1',
      cmd: [
        'node',
        '-e',
        "process.stdin.once('data', () => { process.stdout.write(require('fs').readFileSync('/v.txt', 'utf8')); process.exit(0); })",
      ],
      openStdin: true,
    });
    const out = collect(c.stdout);
    await other.rmi('busy:1'); // another process does not know this kernel's containers
    await expect(other.has('busy:1')).resolves.toBe(false);
    c.stdin.write('go\n');
    expect((await c.wait()).exitCode).toBe(0);
    expect(await out).toBe('five');
    kernel.remove(c);
    await expect(kernel.run({ image: 'busy:1', cmd: ['node', '-e', '0'] })).rejects.toThrow(
      notFound('busy:1'),
    );
  });

  it('the CLI in another process: tag and rmi are seen by the next start', async () => {
    await makeVersion('six', ['cli:a']);
    await makeVersion('seven', ['cli:b']);
    expect(await version('cli:a')).toBe('six');
    const env = { ...process.env, TSVIRT_HOME: home };
    const tagged = await tsvirt(['tag', 'cli:b', 'cli:a'], { env, timeoutMs: 60_000 });
    expect(tagged).toMatchObject({ code: 0, stderr: '' });
    expect(await version('cli:a')).toBe('seven');
    const removed = await tsvirt(['rmi', 'cli:a'], { env, timeoutMs: 60_000 });
    expect(removed).toMatchObject({ code: 0, stdout: 'Untagged: cli:a\n' });
    await expect(kernel.run({ image: 'cli:a', cmd: ['node', '-e', '0'] })).rejects.toThrow(notFound('cli:a'));
    expect(await version('cli:b')).toBe('seven');
  });
});
