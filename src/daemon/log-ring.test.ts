// Unit tests (real files in a temp dir): the json-file log keeps Docker's line records, splits at
// newlines, keeps UTF-8 split across chunks whole, and stays bounded at two files when flooded.

import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LogRing } from './log-ring.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'tsvirt-logring-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const bytes = (s: string | Buffer) => new Uint8Array(Buffer.from(s));

describe('LogRing', () => {
  it('writes one json line per output line, with stream and time', () => {
    const dir = tmp();
    const ring = new LogRing(dir, 'abc');
    ring.append(1, bytes('one\ntwo\npart'));
    ring.append(2, bytes('oops\n'));
    ring.close();
    const lines = readFileSync(join(dir, 'abc-json.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.log, l.stream])).toEqual([
      ['one\n', 'stdout'],
      ['two\n', 'stdout'],
      ['part', 'stdout'],
      ['oops\n', 'stderr'],
    ]);
    expect(lines[0].time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(new LogRing(dir, 'abc').read(2).map((e) => e.log)).toEqual(['part', 'oops\n']);
  });

  it('keeps a multi-byte character split across chunks whole', () => {
    const ring = new LogRing(tmp(), 'u');
    const euro = Buffer.from('€\n');
    ring.append(1, new Uint8Array(euro.subarray(0, 1)));
    ring.append(1, new Uint8Array(euro.subarray(1)));
    expect(ring.read().map((e) => e.log)).toEqual(['€\n']);
    ring.close();
  });

  it('rotates to .1 past its size, so a flood holds at most two files', () => {
    const dir = tmp();
    const ring = new LogRing(dir, 'f', 4096);
    for (let i = 0; i < 2000; i++) ring.append(1, bytes(`line ${i}\n`));
    ring.close();
    const cur = statSync(join(dir, 'f-json.log')).size;
    const old = statSync(join(dir, 'f-json.log.1')).size;
    expect(cur).toBeLessThanOrEqual(4096);
    expect(old).toBeLessThanOrEqual(4096);
    const kept = new LogRing(dir, 'f', 4096).read();
    expect(kept.at(-1)?.log).toBe('line 1999\n');
    expect(kept.length).toBeLessThan(200);
    // What is kept is the newest lines, in order.
    const nums = kept.map((e) => Number(e.log.slice(5)));
    expect(nums).toEqual([...nums].sort((a, b) => a - b));
  });

  it('skips a torn line instead of failing the read', () => {
    const dir = tmp();
    const ring = new LogRing(dir, 't');
    ring.append(1, bytes('ok\n'));
    ring.close();
    appendFileSync(join(dir, 't-json.log'), '{"log":"torn');
    expect(new LogRing(dir, 't').read().map((e) => e.log)).toEqual(['ok\n']);
  });
});
