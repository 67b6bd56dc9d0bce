// Unit tests (host zone, src/image): Go-compatible canonical JSON for image configs.
import { describe, expect, it } from 'vitest';
import { makeTar } from '../../test/helpers/tars.js';
import { encodeConfig, goTime } from './canonical.js';
import { readLayer } from './layer.js';

describe('canonical encoding (Go encoding/json compatible)', () => {
  it('prints times like RFC3339Nano', () => {
    expect(goTime('2024-01-01T00:00:00.000Z')).toBe('2024-01-01T00:00:00Z');
    expect(goTime('2024-01-01T00:00:05.120Z')).toBe('2024-01-01T00:00:05.12Z');
    expect(goTime('2024-01-01T02:00:05.123+02:00')).toBe('2024-01-01T00:00:05.123Z');
  });

  it('orders fields like the image-spec Go types, sorts maps, escapes HTML characters', () => {
    const bytes = encodeConfig({
      created: '2024-01-01T00:00:00Z',
      architecture: 'amd64',
      os: 'linux',
      config: { Cmd: ['a&b'], Env: ['X=<y>'], Labels: { z: '1', a: '2' }, User: 'node' },
      rootfs: { type: 'layers', diff_ids: [] },
      history: [{ created_by: 'x', empty_layer: true }],
    });
    expect(Buffer.from(bytes).toString()).toBe(
      '{"created":"2024-01-01T00:00:00Z","architecture":"amd64","os":"linux","config":{"User":"node",' +
        '"Env":["X=\\u003cy\\u003e"],"Cmd":["a\\u0026b"],"Labels":{"a":"2","z":"1"}},' +
        '"rootfs":{"type":"layers","diff_ids":[]},"history":[{"created_by":"x","empty_layer":true}]}',
    );
  });
});

describe('tar endings', () => {
  it('accepts a tar that ends right after its last entry, as Go writers (umoci) produce', async () => {
    const full = await makeTar([{ name: 'a.txt', data: 'hello' }]);
    const layer = await readLayer(full.subarray(0, 512 + 5));
    expect(Buffer.from((layer.entries.get('/a.txt') as { data: Uint8Array }).data).toString()).toBe('hello');
  });
});
