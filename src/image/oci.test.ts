// Unit tests (host zone, src/image): OCI layout and descriptor checks.
import { describe, expect, it } from 'vitest';
import { sha256 } from './digest.js';
import { IMAGE_ERROR } from './errors.js';
import { parseImageConfig, parseManifest } from './oci.js';
import type { ResolvedImage } from './store.js';
import { imageHistory } from './views.js';

const bytes = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));
const D = sha256('x');

describe('OCI document validation', () => {
  it('reads the config fields tsvirt uses, tolerating nulls and unknown fields', () => {
    const cfg = parseImageConfig(
      bytes({
        architecture: 'arm64',
        os: 'linux',
        'os.features': ['x'],
        config: {
          Cmd: null,
          Entrypoint: ['/bin/sh', '-c'],
          ExposedPorts: { '80/tcp': {} },
          Labels: { a: 'b' },
          Healthcheck: {},
        },
        rootfs: { type: 'layers', diff_ids: [D] },
        history: [{ created_by: 'x', empty_layer: true }, { created_by: 'y' }],
      }),
    );
    expect(cfg.config).toEqual({
      Entrypoint: ['/bin/sh', '-c'],
      ExposedPorts: { '80/tcp': {} },
      Labels: { a: 'b' },
    });
    expect(Object.keys(cfg.config.ExposedPorts ?? {})).toEqual(['80/tcp']);
    expect(cfg.history).toEqual([{ created_by: 'x', empty_layer: true }, { created_by: 'y' }]);
  });

  it('keeps a hostile __proto__ key as a plain key', () => {
    const cfg = parseImageConfig(
      bytes(
        `{"architecture":"amd64","os":"linux","config":{"Volumes":{"__proto__":{}}},"rootfs":{"type":"layers","diff_ids":[]}}`,
      ),
    );
    expect(Object.keys(cfg.config.Volumes ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(cfg.config.Volumes)).toBe(null);
  });

  it.each([
    ['not JSON', '{', /is not valid JSON/],
    ['an array', '[]', /is not a JSON object/],
    ['no rootfs', { os: 'linux' }, /rootfs must be/],
    ['a bad diff_id', { rootfs: { type: 'layers', diff_ids: ['sha256:xyz'] } }, /invalid digest/],
    [
      'Env not strings',
      { rootfs: { type: 'layers', diff_ids: [] }, config: { Env: [1] } },
      /Env must be an array of strings/,
    ],
  ])('rejects a config that is %s', (_what, doc, pattern) => {
    expect(() => parseImageConfig(bytes(doc))).toThrow(pattern);
  });

  it('rejects manifests with foreign layer types or a bad schema', () => {
    const layer = { mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd', digest: D, size: 1 };
    const config = { mediaType: 'application/vnd.oci.image.config.v1+json', digest: D, size: 1 };
    expect(() => parseManifest(bytes({ schemaVersion: 2, config, layers: [layer] }))).toThrow(
      /unsupported layer media type/,
    );
    expect(() => parseManifest(bytes({ schemaVersion: 1, config, layers: [] }))).toThrow(/schemaVersion/);
    expect(() =>
      parseManifest(bytes({ schemaVersion: 2, config: { ...config, size: -1 }, layers: [] })),
    ).toThrow(expect.objectContaining({ code: IMAGE_ERROR.format }));
  });
});

describe('imageHistory', () => {
  it('pairs non-empty steps with layers, newest first, ID on top', () => {
    const img = {
      id: D,
      manifest: { layers: [{ size: 10 }, { size: 20 }] },
      config: {
        history: [
          { created_by: 'ADD rootfs' },
          { created_by: 'ENV A=1', empty_layer: true },
          { created_by: 'COPY app' },
        ],
      },
    } as unknown as ResolvedImage;
    expect(imageHistory(img).map((r) => [r.id, r.createdBy, r.size, r.emptyLayer])).toEqual([
      [D, 'COPY app', 20, false],
      ['<missing>', 'ENV A=1', 0, true],
      ['<missing>', 'ADD rootfs', 10, false],
    ]);
  });
});
