// The built-in hello-world image, run the way a user would once images are wired in: its merged tree
// as a container root, its config's Cmd as the command.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBuiltinImages, ImageStore } from '../../src/image/index.js';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';
import { writeTreeToDir } from '../helpers/trees.js';

const dirs: string[] = [];
const temp = async (p: string) => {
  const d = await mkdtemp(join(tmpdir(), p));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('built-in images', () => {
  it('hello-world runs in a container and explains itself', async () => {
    const store = new ImageStore({ home: await temp('tsvirt-builtin-') });
    await ensureBuiltinImages(store);
    const img = await store.resolve('hello-world');
    const rootfs = await temp('tsvirt-hello-');
    await writeTreeToDir(await store.mergedTree(img), rootfs);
    expect(await readFile(join(rootfs, 'hello.js'), 'utf8')).toContain('Hello from tsvirt!');
    const kernel = new Kernel();
    try {
      const c = await kernel.run({ rootfs, cmd: img.config.config.Cmd! });
      const out = collect(c.stdout);
      expect((await c.wait()).exitCode).toBe(0);
      const text = await out;
      expect(text).toMatch(/^\nHello from tsvirt!\n/);
      expect(text).toContain('hello-world');
    } finally {
      await kernel.close();
    }
  });
});
