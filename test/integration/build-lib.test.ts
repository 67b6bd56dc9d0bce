// `kernel.build()` through the library: progress events in order (step, output, done/cached), the
// result's id and tags, history entries as Docker writes them (created_by, empty_layer), a failing RUN
// as a BuildError carrying its exit code, and bad options rejected.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildError, type BuildEvent, Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let home: string;
let ctx: string;
let kernel: Kernel;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'tsvirt-buildlib-'));
  ctx = join(home, 'ctx');
  await mkdir(ctx);
  kernel = new Kernel({ home });
});

afterAll(async () => {
  await kernel.close();
  await rm(home, { recursive: true, force: true });
});

describe('kernel.build', { timeout: 180_000 }, () => {
  it('builds, reports progress, records history, and the image runs', async () => {
    await writeFile(
      join(ctx, 'Containerfile'),
      'FROM base\nLABEL app=demo\nCOPY hi.js /srv/\nRUN node /srv/hi.js > /srv/out.txt\nUSER nobody\nEXPOSE 8080\nCMD ["cat", "/srv/out.txt"]\n',
    );
    await writeFile(join(ctx, 'hi.js'), 'console.log("hi from RUN")\n');
    const events: BuildEvent[] = [];
    const r = await kernel.build({ context: ctx, tags: ['lib/demo:v1'], onProgress: (e) => events.push(e) });
    expect(r.tags).toEqual(['lib/demo:v1']);
    expect(r.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    const steps = events
      .filter((e) => e.type === 'step')
      .map((e) => (e.type === 'step' ? `${e.label} ${e.text}` : ''));
    expect(steps).toEqual([
      '[1/7] FROM base',
      '[2/7] LABEL app=demo',
      '[3/7] COPY hi.js /srv/',
      '[4/7] RUN node /srv/hi.js > /srv/out.txt',
      '[5/7] USER nobody',
      '[6/7] EXPOSE map[8080/tcp:{}]',
      '[7/7] CMD ["cat" "/srv/out.txt"]',
    ]);
    expect(events.filter((e) => e.type === 'done')).toHaveLength(7);
    const h = r.image.config.history.slice(-6);
    expect(h.map((e) => [e.created_by, e.empty_layer === true])).toEqual([
      ['LABEL app=demo', true],
      ['COPY hi.js /srv/', false],
      ['RUN /bin/sh -c node /srv/hi.js > /srv/out.txt', false],
      ['USER nobody', true],
      ['EXPOSE map[8080/tcp:{}]', true],
      ['CMD ["cat" "/srv/out.txt"]', true],
    ]);
    expect(r.image.config.config.User).toBe('nobody');
    expect(Object.keys(r.image.config.config.ExposedPorts ?? {})).toEqual(['8080/tcp']);
    const c = await kernel.run({ image: 'lib/demo:v1' });
    const out = collect(c.stdout);
    expect((await c.wait()).exitCode).toBe(0);
    expect(await out).toBe('hi from RUN\n');
    // The step images are kept for the cache but are not listed.
    const listed = await kernel.images.list();
    expect(listed.filter((i) => i.names.length === 0)).toEqual([]);
    const again: BuildEvent[] = [];
    const r2 = await kernel.build({ context: ctx, tags: ['lib/demo:v1'], onProgress: (e) => again.push(e) });
    expect(r2.id).toBe(r.id);
    expect(again.filter((e) => e.type === 'cached')).toHaveLength(6);
    expect(again.some((e) => e.type === 'output')).toBe(false);
  });

  it('a failing RUN is a BuildError with its exit code; nothing is tagged', async () => {
    await writeFile(join(ctx, 'Containerfile'), 'FROM base\nRUN exit 42\n');
    const err = await kernel.build({ context: ctx, tags: ['lib/fails'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BuildError);
    expect((err as BuildError).exitCode).toBe(42);
    expect(await kernel.images.has('lib/fails')).toBe(false);
  });

  it('an unknown USER for a RUN is a BuildError with file:line; ADD copies a gzip that is not a tar', async () => {
    await writeFile(join(ctx, 'Containerfile'), 'FROM base\nUSER ghost\nRUN true\n');
    const err = await kernel.build({ context: ctx }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BuildError);
    expect((err as Error).message).toMatch(/^Containerfile:3: RUN true: .*ghost/);
    await writeFile(join(ctx, 'data.json.gz'), gzipSync('{"a":1}'));
    await writeFile(join(ctx, 'Containerfile'), 'FROM base\nADD data.json.gz /d/\n');
    const r = await kernel.build({ context: ctx });
    const tree = await kernel.images.mergedTree(r.image);
    const node = tree.nodes.get('/d/data.json.gz');
    expect(node?.type).toBe('file');
    expect(gunzipSync((node as { data: Uint8Array }).data).toString()).toBe('{"a":1}');
  });

  it('here-documents: RUN <<EOF runs a script, COPY <<EOF writes a file (variables expanded)', async () => {
    await writeFile(
      join(ctx, 'Containerfile'),
      'FROM base\nENV WHO=doc\nRUN <<EOF\necho one > /one.txt\necho "two $WHO" >> /one.txt\nEOF\nCOPY <<CONF /etc/app.conf\nname=$WHO\nCONF\nCMD ["cat", "/one.txt", "/etc/app.conf"]\n',
    );
    const r = await kernel.build({ context: ctx });
    const c = await kernel.run({ image: r.id });
    const out = collect(c.stdout);
    expect((await c.wait()).exitCode).toBe(0);
    expect(await out).toBe('one\ntwo doc\nname=doc\n');
  });

  it('FROM an image the store lacks, or a blank ARG, is a one-line BuildError', async () => {
    await writeFile(join(ctx, 'Containerfile'), 'FROM nosuch\n');
    await expect(kernel.build({ context: ctx })).rejects.toThrow(
      "Containerfile:1: FROM nosuch: unable to find image 'nosuch:latest' locally (tsvirt does not pull images)",
    );
    await writeFile(join(ctx, 'Containerfile'), 'ARG BASE\nFROM $BASE\n');
    await expect(kernel.build({ context: ctx })).rejects.toThrow(
      'Containerfile:2: base name ($BASE) should not be blank',
    );
  });

  it('rejects bad options and a missing context', async () => {
    await expect(kernel.build({ context: ctx, nope: 1 } as never)).rejects.toThrow(
      'unknown build option "nope"',
    );
    await expect(kernel.build({ context: ctx, tags: 'x' } as never)).rejects.toThrow(TypeError);
    await expect(kernel.build({ context: join(ctx, 'missing') })).rejects.toThrow(BuildError);
    await expect(kernel.build({ context: ctx, tags: ['Bad:Tag'] })).rejects.toThrow(/invalid tag/);
  });
});
