// Hostile image input: a corpus of malicious or broken tars, generated here with tar-stream, each fed
// to the store three ways (as a layer of an OCI archive, of a docker-archive, and as a flat rootfs
// import). Each must be rejected with a one-line error naming the problem, and the store must be left
// byte-for-byte as it was.

import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  IMAGE_ERROR,
  ImageError,
  ImageStore,
  importRootfs,
  loadArchive,
  sha256,
} from '../../src/image/index.js';
import { makeTar, type TarSpec } from '../helpers/tars.js';

const LIMITS = { maxEntryBytes: 64 * 1024, maxTotalBytes: 256 * 1024, maxEntries: 100, maxPathBytes: 512 };

let home: string;
let store: ImageStore;
let before: Map<string, string>;

/** Every file and directory under `dir` with its mode and content hash. */
async function snapshot(
  dir: string,
  out = new Map<string, string>(),
  rel = '',
): Promise<Map<string, string>> {
  for (const name of (await readdir(dir)).sort()) {
    const p = join(dir, name);
    const st = await lstat(p);
    if (st.isDirectory()) {
      out.set(`${rel}/${name}/`, String(st.mode));
      await snapshot(p, out, `${rel}/${name}`);
    } else {
      out.set(
        `${rel}/${name}`,
        `${st.mode} ${createHash('sha256')
          .update(await readFile(p))
          .digest('hex')}`,
      );
    }
  }
  return out;
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'tsvirt-hostile-'));
  store = new ImageStore({ home, limits: LIMITS });
  await store.createImage({
    layers: [await makeTar([{ name: 'ok.txt', data: 'fine' }])],
    tags: ['existing:1'],
  });
  before = await snapshot(home);
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

const enc = (v: unknown) => Buffer.from(JSON.stringify(v));

/** An OCI archive with one image whose single layer is `layer` (digests computed honestly unless overridden). */
async function ociArchive(
  layer: Uint8Array,
  opts: { diffId?: string; layerDigest?: string } = {},
): Promise<Buffer> {
  const config = enc({
    architecture: 'amd64',
    os: 'linux',
    config: {},
    rootfs: { type: 'layers', diff_ids: [opts.diffId ?? sha256(layer)] },
  });
  const layerDigest = opts.layerDigest ?? sha256(layer);
  const manifest = enc({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: sha256(config),
      size: config.length,
    },
    layers: [
      { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layerDigest, size: layer.byteLength },
    ],
  });
  const index = enc({
    schemaVersion: 2,
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: sha256(manifest),
        size: manifest.length,
        annotations: { 'org.opencontainers.image.ref.name': 'evil:1' },
      },
    ],
  });
  const blob = (d: string, data: Uint8Array): TarSpec => ({ name: `blobs/sha256/${d.slice(7)}`, data });
  return makeTar([
    { name: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}' },
    { name: 'index.json', data: index },
    blob(sha256(manifest), manifest),
    blob(sha256(config), config),
    blob(layerDigest, layer),
  ]);
}

/** A docker-archive with one image whose single layer is `layer`. */
async function dockerArchive(layer: Uint8Array, opts: { diffId?: string } = {}): Promise<Buffer> {
  const config = enc({
    architecture: 'amd64',
    os: 'linux',
    config: {},
    rootfs: { type: 'layers', diff_ids: [opts.diffId ?? sha256(layer)] },
  });
  return makeTar([
    {
      name: 'manifest.json',
      data: enc([{ Config: 'c.json', RepoTags: ['evil:1'], Layers: ['l/layer.tar'] }]),
    },
    { name: 'c.json', data: config },
    { name: 'l/layer.tar', data: layer },
  ]);
}

const file = (name: string, data = 'x'): TarSpec => ({ name, data });

/** name → [layer tar, the error the store must give]. */
const LAYERS: Record<string, [() => Promise<Uint8Array>, RegExp]> = {
  'absolute path': [() => makeTar([file('/etc/passwd')]), /"\/etc\/passwd" is an absolute path/],
  'dot-dot traversal': [() => makeTar([file('../../evil')]), /"\.\.\/\.\.\/evil" contains '\.\.'/],
  'dot-dot in the middle': [() => makeTar([file('a/../../evil')]), /contains '\.\.'/],
  'symlink escaping the root': [
    () => makeTar([{ name: 'up', type: 'symlink', linkname: '../../../etc' }]),
    /symlink "\/up" escapes the root/,
  ],
  'write through a symlink': [
    () => makeTar([{ name: 'etc', type: 'symlink', linkname: '/host-etc' }, file('etc/passwd')]),
    /"\/etc\/passwd" traverses a symlink/,
  ],
  'hard link to an absolute path': [
    () => makeTar([{ name: 'h', type: 'link', linkname: '/etc/shadow' }]),
    /hard link "\/h" escapes the root/,
  ],
  'hard link with dot-dot': [
    () => makeTar([{ name: 'h', type: 'link', linkname: '../../etc/shadow' }]),
    /hard link "\/h" escapes the root/,
  ],
  'hard link to a missing target': [
    () => makeTar([{ name: 'h', type: 'link', linkname: 'nowhere' }]),
    /hard link "\/h" names a missing target/,
  ],
  'character device': [
    () => makeTar([{ name: 'dev/mem', type: 'character-device' }]),
    /"\/dev\/mem" is a device node/,
  ],
  'block device': [
    () => makeTar([{ name: 'dev/sda', type: 'block-device' }]),
    /"\/dev\/sda" is a device node/,
  ],
  fifo: [() => makeTar([{ name: 'pipe', type: 'fifo' }]), /"\/pipe" is a fifo/],
  'oversized entry': [
    () => makeTar([file('big', 'x'.repeat(LIMITS.maxEntryBytes + 1))]),
    /entry "big" exceeds 65536 bytes/,
  ],
  'tar bomb (total bytes)': [
    () => makeTar(Array.from({ length: 5 }, (_, i) => file(`f${i}`, 'x'.repeat(60 * 1024)))),
    /exceeds 262144 bytes of content \(tar bomb\?\)/,
  ],
  'tar bomb (entry count)': [
    () => makeTar(Array.from({ length: 101 }, (_, i) => file(`f${i}`))),
    /has more than 100 entries/,
  ],
  'gzip bomb': [
    async () => gzipSync(Buffer.alloc(16 * 1024 * 1024)),
    /decompresses to more than \d+ bytes \(gzip bomb\?\)/,
  ],
  'overlong path': [() => makeTar([file(`${'d/'.repeat(300)}f`)]), /is longer than 512 bytes/],
  'truncated mid-entry': [
    async () => (await makeTar([file('a', 'y'.repeat(5000))])).subarray(0, 2048),
    /is truncated/,
  ],
  'truncated mid-data, off a block boundary': [
    async () => (await makeTar([file('a', 'y'.repeat(5000))])).subarray(0, 1700),
    /is truncated \(an entry is cut short\)/,
  ],
  'truncated at a block boundary': [
    async () => (await makeTar([file('a'), file('b')])).subarray(0, 1536),
    /truncated \(no end-of-archive marker\)/,
  ],
  'corrupt header checksum': [
    async () => {
      const t = Buffer.from(await makeTar([file('a')]));
      t[148] = 0x39; // checksum field
      return t;
    },
    /is corrupt: Invalid tar header/,
  ],
  'corrupt gzip': [
    async () => {
      const gz = gzipSync(await makeTar([file('a', 'hello world '.repeat(200))]));
      gz.fill(0x55, 20, 40);
      return gz;
    },
    /corrupt gzip data/,
  ],
  'root replaced by a symlink': [
    () => makeTar([{ name: './', type: 'symlink', linkname: '/' }]),
    /replaces the root directory/,
  ],
  'whiteout that is not a file': [
    () => makeTar([{ name: '.wh.x/', type: 'directory' }]),
    /whiteout "\/\.wh\.x" is not a regular file/,
  ],
};

async function expectRejected(p: Promise<unknown>, pattern: RegExp): Promise<void> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImageError);
  const msg = (err as ImageError).message;
  expect(msg).toMatch(pattern);
  expect(msg).not.toContain('\n');
  expect(await snapshot(home)).toEqual(before);
}

describe.each(Object.entries(LAYERS))('hostile layer: %s', (_name, [make, pattern]) => {
  it('is rejected as an OCI archive layer', async () => {
    const layer = await make();
    await expectRejected(loadArchive(store, await ociArchive(layer)), pattern);
  });
  it('is rejected as a docker-archive layer', async () => {
    await expectRejected(loadArchive(store, await dockerArchive(await make())), pattern);
  });
  it('is rejected as a rootfs import', async () => {
    await expectRejected(importRootfs(store, await make(), { tag: 'evil:1' }), pattern);
  });
});

describe('digest attacks', () => {
  it('a layer whose bytes do not match its digest', async () => {
    const layer = await makeTar([file('a')]);
    const other = `sha256:${'0'.repeat(64)}`;
    await expectRejected(
      loadArchive(store, await ociArchive(layer, { layerDigest: other })),
      /layer sha256:0+: digest mismatch/,
    );
  });
  it('a layer that does not match its diff_id (OCI and docker)', async () => {
    const layer = await makeTar([file('a')]);
    const lie = sha256('something else');
    await expectRejected(loadArchive(store, await ociArchive(layer, { diffId: lie })), /diff_id mismatch/);
    await expectRejected(
      loadArchive(store, await dockerArchive(layer, { diffId: lie })),
      /layer "l\/layer.tar": diff_id mismatch/,
    );
  });
  it('an archive whose manifest blob is not what the index names', async () => {
    const archive = Buffer.from(await ociArchive(await makeTar([file('a')])));
    // Rewrite index.json's manifest digest to a different (valid-looking) one.
    const text = archive
      .toString('latin1')
      .replace(
        /"digest":"sha256:([0-9a-f]{64})","size":(\d+),"annotations"/,
        (_m, _d, s) => `"digest":"sha256:${'1'.repeat(64)}","size":${s},"annotations"`,
      );
    await expectRejected(
      loadArchive(store, Buffer.from(text, 'latin1')),
      /has no blobs\/sha256\/1+|is corrupt/,
    );
  });
  it('an archive with an escaping symlink between its own files', async () => {
    const archive = await makeTar([{ name: 'manifest.json', type: 'symlink', linkname: '../../etc/passwd' }]);
    await expectRejected(loadArchive(store, archive), /escapes the archive/);
  });
  it('the store still works afterwards', async () => {
    expect((await store.resolve('existing:1')).names).toEqual(['existing:1']);
    await expect(store.resolve('evil:1')).rejects.toMatchObject({ code: IMAGE_ERROR.notFound });
  });
});
