// Unit tests (host zone, src/image): image reference parsing (name[:tag][@digest]).
import { describe, expect, it } from 'vitest';
import { ImageError } from './errors.js';
import { formatReference, normalizeTag, parseReference } from './reference.js';

describe('parseReference', () => {
  it.each([
    ['base', 'base:latest'],
    ['base:1.0', 'base:1.0'],
    ['team/app:v2', 'team/app:v2'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['docker.io/library/busybox:1.36', 'busybox:1.36'],
    ['docker.io/someone/app', 'someone/app:latest'],
    ['my-registry.example.com/a/b__c.d:tag_1.2-x', 'my-registry.example.com/a/b__c.d:tag_1.2-x'],
  ])('%s → %s', (input, want) => {
    expect(normalizeTag(input)).toBe(want);
  });

  it('keeps a digest and defaults no tag with it', () => {
    const d = `sha256:${'a'.repeat(64)}`;
    const ref = parseReference(`app@${d}`);
    expect(ref).toEqual({ name: 'app', tag: undefined, digest: d });
    expect(formatReference(ref)).toBe(`app@${d}`);
  });

  it.each([
    '',
    'UPPER',
    'a b',
    'app:',
    'app:-bad',
    `app:${'x'.repeat(129)}`,
    'app@sha256:123',
    '-app',
    'app/',
    'a//b',
    'app..x',
    `${'a'.repeat(256)}`,
  ])('rejects %j', (input) => {
    expect(() => parseReference(input)).toThrow(ImageError);
  });

  it('names the lowercase rule like Docker', () => {
    expect(() => parseReference('MyApp')).toThrow(/repository name must be lowercase/);
  });
});
