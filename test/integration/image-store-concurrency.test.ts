// Two (three) CLI-like processes writing one image store at once: no lost tags, no torn index.json,
// every referenced blob intact; and a writer killed while holding the lock does not wedge the store.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageStore, writeLayerTar } from '../../src/image/index.js';

let work: string;
let bundle: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tsvirt-concurrency-'));
  bundle = join(work, 'image.cjs');
  await build({
    entryPoints: [resolve('src/image/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'silent',
  });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Runs a script (async body, with the image module as `img`) in a child node; resolves with its exit status. */
function runChild(
  code: string,
  args: string[],
  onStart?: (pid: number) => void,
): Promise<{ code: number | null; stderr: string }> {
  const script = `const img = require(${JSON.stringify(bundle)});\nconst argv = process.argv.slice(1);\n(async () => {\n${code}\n})().catch((e) => { console.error(e); process.exit(1); });`;
  return new Promise((done) => {
    const child = spawn(process.execPath, ['-e', script, '--', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.on('data', () => onStart?.(child.pid as number));
    child.on('exit', (c) => done({ code: c, stderr }));
  });
}

const WRITER = `
const [home, id, n] = argv;
const store = new img.ImageStore({ home });
for (let i = 0; i < Number(n); i++) {
  const data = new TextEncoder().encode(id + ':' + i);
  const layer = { entries: new Map([['/f', { type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, data }]]), whiteouts: new Set(), opaque: new Set() };
  await store.createImage({ layers: [await img.writeLayerTar(layer)], tags: ['p' + id + ':' + i, 'shared:latest'] });
  if (i % 3 === 0) await store.rmi('p' + id + ':' + i).catch((e) => { if (e.code !== 'ECONFLICT') throw e; });
}
`;

describe('image store under concurrent processes', () => {
  it('keeps every write of three processes racing on one store', async () => {
    const home = join(work, 'race');
    const n = 12;
    const results = await Promise.all(['a', 'b', 'c'].map((id) => runChild(WRITER, [home, id, String(n)])));
    for (const r of results) expect(r).toEqual({ code: 0, stderr: '' });
    const store = new ImageStore({ home });
    const names = (await store.list()).flatMap((r) => r.names).sort();
    const want = ['shared:latest'];
    for (const id of ['a', 'b', 'c']) for (let i = 0; i < n; i++) if (i % 3 !== 0) want.push(`p${id}:${i}`);
    expect(names).toEqual(want.sort());
    // Every image still resolves with intact blobs; nothing is left in tmp/ and the lock is released.
    for (const row of await store.list()) await store.mergedTree(row.manifestDigest);
    expect(await readdir(join(home, 'images', 'tmp'))).toEqual([]);
    expect(existsSync(join(home, 'images', 'index.lock'))).toBe(false);
  });

  it('recovers from a writer killed while holding the lock', async () => {
    const home = join(work, 'killed');
    const store = new ImageStore({ home, lockTimeoutMs: 10_000 });
    await store.init();
    // Take the lock the way the store does, then get SIGKILLed before releasing it.
    const lockPath = join(home, 'images', 'index.lock');
    const script = `
      const fs = require('node:fs');
      const os = require('node:os');
      fs.writeFileSync(argv[0], JSON.stringify({ pid: process.pid, host: os.hostname(), time: Date.now() }), { flag: 'wx' });
      process.stdout.write('locked\\n');
      setInterval(() => {}, 1000);
    `;
    const exited = runChild(script, [lockPath], (pid) => process.kill(pid, 'SIGKILL'));
    expect((await exited).code).toBe(null);
    expect(existsSync(lockPath)).toBe(true);
    const layer = { entries: new Map(), whiteouts: new Set<string>(), opaque: new Set<string>() };
    const img = await store.createImage({ layers: [await writeLayerTar(layer)], tags: ['after-crash'] });
    expect(img.names).toEqual(['after-crash:latest']);
    expect(existsSync(lockPath)).toBe(false);
  });
});
