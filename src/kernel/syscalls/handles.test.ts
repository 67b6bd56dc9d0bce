// Unit tests (host zone, no isolates): the bounded handle table and the library-error sanitiser.

import { createDecipheriv, createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Errno } from '../errno.js';
import { HandleTable } from './handles.js';
import { guarded, libError } from './lib-error.js';

describe('HandleTable', () => {
  it('hands out increasing ids, refuses past its limit with EMFILE and releases on close', () => {
    const released: string[] = [];
    const t = new HandleTable<string>((s) => released.push(s), 2);
    const a = t.open('a');
    const b = t.open('b');
    expect(b).toBeGreaterThan(a);
    expect(() => t.open('c')).toThrow(expect.objectContaining({ code: 'EMFILE' }));
    expect(released).toEqual(['c']);
    t.close(a);
    expect(released).toEqual(['c', 'a']);
    expect(() => t.get(a)).toThrow(expect.objectContaining({ code: 'EBADF' }));
    const d = t.open('d');
    expect(d).not.toBe(a); // ids are never reused, so a stale id cannot reach a new handle
    t.closeAll();
    expect(released.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(t.size).toBe(0);
  });
});

describe('libError', () => {
  it("keeps OpenSSL's and zlib's codes, classes and messages", () => {
    const d = createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
    d.update(Buffer.alloc(16));
    expect(guarded(() => d.final())).toEqual({
      error: {
        name: 'Error',
        code: 'ERR_OSSL_BAD_DECRYPT',
        message: 'error:1C800064:Provider routines::bad decrypt',
      },
    });
    expect(guarded(() => gunzipSync(Buffer.from('nope')))).toEqual({
      error: { name: 'Error', code: 'Z_DATA_ERROR', message: 'incorrect header check', errno: -3 },
    });
    expect(guarded(() => createHash('sha256').update('x').digest('hex'))).toHaveLength(64);
  });

  it('rethrows what does not look like a library error (the table turns it into EIO)', () => {
    expect(() => libError('a string')).toThrow();
    expect(() => libError(new Error('ENOENT: no such file, open /etc/secret'))).toThrow();
    expect(() => libError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toThrow();
    expect(() => libError(new Error('bad\nnewline'))).toThrow();
    expect(() =>
      guarded(() => {
        throw new Errno('EBADF');
      }),
    ).toThrow(Errno);
  });
});
