// Security: hostile input at the crypto and zlib syscall families, through the real door handlers of a
// real task (doorFor), and zip bombs through the guest's zlib API. Every bad argument must come back as
// an errno or a library error as data: never a host exception (EIO + a logged kernel bug), never a hang.

import { createHash, pbkdf2Sync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRYPTO_SYNC_CHUNK, ZLIB_SYNC_INPUT, ZLIB_SYNC_OUTPUT } from '../../src/abi/syscalls.js';
import { Kernel } from '../../src/index.js';
import type { Container } from '../../src/kernel/container.js';
import { MAX_HANDLES } from '../../src/kernel/syscalls/handles.js';
import { POOL_LIMITS, poolLoad } from '../../src/kernel/syscalls/pool.js';
import { doorFor } from '../../src/kernel/syscalls/table.js';
import type { Task } from '../../src/kernel/task.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;
const running: Container[] = [];

beforeAll(() => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-sec-cz-'));
  mkdirSync(join(rootfs, 'app'));
  // A process that stays alive (a referenced timer) so its Task can be driven from the host.
  writeFileSync(join(rootfs, 'app/idle.js'), 'setTimeout(() => {}, 60_000);\n');
  // 256 MiB of zeros: a ~250 KiB gzip member that inflates past the kernel's 128 MiB cap.
  writeFileSync(join(rootfs, 'app/bomb.gz'), gzipSync(Buffer.alloc(256 * 1024 * 1024), { level: 1 }));
});

afterAll(async () => {
  for (const c of running) c.kill('SIGKILL');
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

/** A live task of a fresh container, with host-side failures recorded instead of logged. */
async function liveTask(): Promise<{ task: Task; hostErrors: unknown[]; container: Container }> {
  const container = await kernel.run({ rootfs, cmd: ['node', '/app/idle.js'] });
  running.push(container);
  for (let i = 0; i < 100 && !container.task(1); i++) await new Promise((r) => setTimeout(r, 10));
  const task = container.task(1) as Task;
  const hostErrors: unknown[] = [];
  task.onHostError = (err) => hostErrors.push(err);
  return { task, hostErrors, container };
}

const bytes = new Uint8Array([1, 2, 3]);
const garbage: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  Number.NaN,
  2 ** 53,
  'x',
  true,
  [],
  [1, 2],
  bytes,
  {},
  { id: -1 },
  { id: 0 },
  { id: 2 ** 40 },
  { id: '1' },
  { id: 1, data: 'string-not-bytes' },
  { id: 1, data: [1, 2, 3] },
  { id: 1, data: bytes, extra: 1 },
  JSON.parse('{"__proto__": {"polluted": true}, "id": 1}'),
  { algorithm: '../../etc/passwd', data: bytes },
  { algorithm: 'sha256\0', data: bytes },
  { algorithm: 'a'.repeat(1 << 20), data: bytes },
  { algorithm: 'sha256', data: bytes, outputLength: -5 },
  { algorithm: 'sha256', data: bytes, outputLength: 2 ** 31 },
  { algorithm: 'constructor', data: bytes },
  { algorithm: 'toString', key: bytes, data: bytes },
  { password: bytes, salt: bytes, iterations: 2 ** 31 - 1, keylen: 32, digest: 'sha256' },
  { password: bytes, salt: bytes, iterations: 1, keylen: 2 ** 31, digest: 'sha256' },
  { password: bytes, salt: bytes, keylen: 32, N: 2 ** 30, r: 8, p: 1, maxmem: 2 ** 50 },
  { password: bytes, salt: bytes, keylen: 32, N: 3, r: 0, p: 0, maxmem: 1 },
  { digest: 'sha256', ikm: bytes, salt: bytes, info: bytes, keylen: 1e9 },
  { algorithm: 'aes-128-cbc', key: bytes, iv: bytes, decrypt: false },
  { algorithm: 'des-ede3-cbc', key: new Uint8Array(24), iv: new Uint8Array(8), decrypt: false },
  { algorithm: 'aes-128-gcm', key: new Uint8Array(16), iv: new Uint8Array(12), decrypt: 1 },
  { algorithm: 'aes-128-gcm', key: new Uint8Array(16), iv: null, decrypt: true, authTagLength: 99 },
  { type: 'rsa', modulusLength: 1 << 20 },
  { type: 'rsa' },
  { type: 'dsa', modulusLength: 1024 },
  { type: 'ec', namedCurve: 'nope' },
  { algorithm: 'sha256', data: bytes, key: 'not a pem' },
  {
    algorithm: 'sha256',
    data: bytes,
    key: `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(100)}\n-----END PRIVATE KEY-----\n`,
  },
  {
    algorithm: null,
    data: bytes,
    key: '-----BEGIN PUBLIC KEY-----\nZm9v\n-----END PUBLIC KEY-----\n',
    signature: bytes,
  },
  { key: '-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----\n' },
  { op: 'publicEncrypt', key: '-----BEGIN PUBLIC KEY-----\nZm9v\n-----END PUBLIC KEY-----\n', data: bytes },
  { op: 'readFile', key: '-----BEGIN PUBLIC KEY-----\n', data: bytes },
  { op: 'privateDecrypt', key: '-----BEGIN PRIVATE KEY-----\n', data: bytes, oaepHash: 'nope' },
  { key: '-----BEGIN PUBLIC KEY-----\nZm9v\n-----END PUBLIC KEY-----\n', format: 'jwk' },
  { key: '-----BEGIN PUBLIC KEY-----\nZm9v\n-----END PUBLIC KEY-----\n', format: 'der', type: 'pkcs8' },
  { key: { kty: 'RSA', n: 'AQAB', e: 'AQAB' }, format: 'jwk', private: true },
  { key: { kty: 'EC', crv: 'P-256', x: 'zz', y: 'zz', d: 'zz' }, format: 'jwk', private: false },
  { key: { kty: 'oct', k: 'AAAA' }, format: 'jwk', private: false },
  { key: { kty: 'RSA', key_ops: ['sign'], nested: { a: 1 } }, format: 'jwk', private: false },
  { key: bytes, format: 'der', type: 'spki', private: false },
  { key: bytes, format: 'pem', private: true },
  { kind: 'gzip', data: bytes, options: {} },
  { kind: 'gunzip', data: bytes, options: { level: 99, windowBits: -99, memLevel: 0, strategy: 42 } },
  { kind: 'deflate', data: bytes, options: { chunkSize: 1 } },
  { kind: 'deflate', data: bytes, options: { dictionary: 'str' } },
  { kind: 'brotliCompress', data: bytes, options: { params: { 999: 1 } } },
  { kind: 'brotliCompress', data: bytes, options: { params: { 1: -1 } } },
  { kind: 'brotliCompress', data: bytes, options: { params: [[1, 2]] } },
  { kind: 'inflate', data: bytes, options: { maxOutputLength: 0 } },
  { kind: 'zip', data: bytes, options: {} },
  { kind: 'gzip', options: { unknownOption: true } },
  { id: 1, data: bytes, flush: 99 },
  { id: 1, tag: bytes },
  { id: 1, pad: 'yes' },
];

const NAMES = [
  'crypto.info',
  'crypto.hashOpen',
  'crypto.hashUpdate',
  'crypto.hashDigest',
  'crypto.hashCopy',
  'crypto.hashClose',
  'crypto.digest',
  'crypto.pbkdf2',
  'crypto.scrypt',
  'crypto.hkdf',
  'crypto.cipherOpen',
  'crypto.cipherUpdate',
  'crypto.cipherFinal',
  'crypto.cipherSetAAD',
  'crypto.cipherSetAuthTag',
  'crypto.cipherSetAutoPadding',
  'crypto.cipherClose',
  'crypto.generateKeyPair',
  'crypto.sign',
  'crypto.verify',
  'crypto.keyDetails',
  'crypto.rsa',
  'crypto.keyExport',
  'crypto.keyImport',
  'zlib.process',
  'zlib.open',
  'zlib.write',
  'zlib.reset',
  'zlib.params',
  'zlib.close',
];

/** The heavy calls: only ever started as ops, their work on libuv's pool (kernel/syscalls/pool.ts). */
const POOLED = new Set([
  'crypto.pbkdf2',
  'crypto.scrypt',
  'crypto.generateKeyPair',
  'crypto.sign',
  'crypto.verify',
  'zlib.process',
]);

/**
 * Starts `name` as an op the way the runtime's blocking *Sync calls do (op.start + op.block) and waits
 * for its result in the task's mailbox.
 */
/** The result of a blocking op the task waits on (blockOn), polled for up to a minute. */
async function blockedResult(task: Task, id: number): Promise<{ err: unknown; value: unknown }> {
  for (let i = 0; i < 6000; i++) {
    const r = task.takeBlocked(id);
    if (r) return r;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`op ${id}: no result`);
}

async function blocking(task: Task, name: string, args: unknown): Promise<[unknown, unknown]> {
  const [err, id] = doorFor(task).async(name, args);
  if (err) return [err, null];
  task.blockOn(id as number);
  const r = await blockedResult(task, id as number);
  return [r.err, r.value];
}

/** An answer is acceptable when it is an errno other than EIO, or a value (library errors are values). */
function acceptable(reply: unknown): boolean {
  const [err] = reply as [{ code: string } | null, unknown];
  return err === null || (typeof err.code === 'string' && err.code !== 'EIO');
}

describe('crypto and zlib syscalls under hostile arguments', () => {
  it('answer every garbage argument with an errno or data, never a host exception', async () => {
    const { task, hostErrors } = await liveTask();
    const door = doorFor(task);
    let calls = 0;
    const started = Date.now();
    for (const name of NAMES) {
      for (const args of garbage) {
        const reply = POOLED.has(name) ? await blocking(task, name, args) : door.sync(name, args);
        calls++;
        if (!acceptable(reply))
          throw new Error(`${name}(${JSON.stringify(args)?.slice(0, 80)}) → ${JSON.stringify(reply)}`);
      }
    }
    expect(calls).toBe(NAMES.length * garbage.length);
    expect(hostErrors).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Bounded: nothing above may hold the kernel thread for long (pbkdf2 with 2^31 iterations is refused).
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('refuses oversized work up front instead of running it', async () => {
    const { task } = await liveTask();
    const door = doorFor(task);
    // The heavy calls have no kernel-thread form at all (a raw sync call is ENOSYS), or one that takes
    // only small work and answers E2BIG past it (the runtime then blocks on the pool form).
    const boundedSync = new Set(['zlib.process', 'crypto.pbkdf2']);
    for (const name of POOLED)
      if (!boundedSync.has(name)) expect(door.sync(name, {})[0]).toMatchObject({ code: 'ENOSYS' });
    const costly = { password: bytes, salt: bytes, iterations: 100_000, keylen: 32, digest: 'sha256' };
    expect(door.sync('crypto.pbkdf2', costly)[0]).toMatchObject({ code: 'E2BIG' });
    const cheap = { ...costly, iterations: 10 };
    expect(Buffer.from(door.sync('crypto.pbkdf2', cheap)[1] as Uint8Array)).toEqual(
      pbkdf2Sync(bytes, bytes, 10, 32, 'sha256'),
    );
    const zsync = (kind: string, data: Uint8Array, options: object = {}) =>
      door.sync('zlib.process', { kind, data, options });
    expect(zsync('gzip', new Uint8Array(ZLIB_SYNC_INPUT + 1))[0]).toMatchObject({ code: 'E2BIG' });
    // Brotli at its default quality (11) is ~1 MB/s: never on the kernel's thread, however small.
    expect(zsync('brotliCompress', bytes)[0]).toMatchObject({ code: 'E2BIG' });
    expect(zsync('brotliCompress', bytes, { params: { 1: 4 } })[0]).toBeNull();
    // A small input that inflates past the sync bound goes to the pool; within the program's own
    // maxOutputLength, it is the library's error at once.
    const bomb = new Uint8Array(deflateSync(Buffer.alloc(ZLIB_SYNC_OUTPUT * 4)));
    expect(bomb.byteLength).toBeLessThan(ZLIB_SYNC_INPUT);
    expect(zsync('inflate', bomb)[0]).toMatchObject({ code: 'E2BIG' });
    const capped = zsync('inflate', bomb, { maxOutputLength: 1000 });
    expect(capped[0]).toBeNull();
    expect(capped[1]).toMatchObject({ error: { code: 'ERR_BUFFER_TOO_LARGE' } });
    expect(
      (await blocking(task, 'zlib.process', { kind: 'inflate', data: bomb, options: {} }))[1],
    ).toHaveProperty('byteLength', ZLIB_SYNC_OUTPUT * 4);
    const big = { password: bytes, salt: bytes, iterations: 2 ** 31 - 1, keylen: 32, digest: 'sha256' };
    expect((await blocking(task, 'crypto.pbkdf2', big))[0]).toMatchObject({
      code: 'EINVAL',
      syscall: 'pbkdf2',
    });
    // Few iterations of a long key is as much work: 10,000 × 16,384 blocks held a thread for days.
    const longKey = {
      password: bytes,
      salt: bytes,
      iterations: 10_000,
      keylen: 1024 * 1024,
      digest: 'sha512',
    };
    expect((await blocking(task, 'crypto.pbkdf2', longKey))[0]).toMatchObject({ code: 'EINVAL' });
    const fine = { password: bytes, salt: bytes, iterations: 100, keylen: 64 * 1024, digest: 'sha512' };
    expect(((await blocking(task, 'crypto.pbkdf2', fine))[1] as Uint8Array).byteLength).toBe(64 * 1024);
    const five = new Uint8Array(5 * 1024 * 1024);
    const quick = { kind: 'brotliCompress', data: five, options: { params: { 1: 4 } } };
    expect((await blocking(task, 'zlib.process', quick))[0]).toBeNull();
    // scrypt's memory is capped, its time was not: p = 1000 held a thread for 71 s.
    const slow = { password: bytes, salt: bytes, keylen: 16, N: 2 ** 14, r: 8, p: 1000, maxmem: 2 ** 30 };
    expect((await blocking(task, 'crypto.scrypt', slow))[0]).toMatchObject({ code: 'EINVAL' });
    // Hash and cipher updates run on the kernel thread: one crossing carries at most 256 KiB of work.
    const [, h] = door.sync('crypto.hashOpen', { algorithm: 'sha3-512' });
    const slice = new Uint8Array(CRYPTO_SYNC_CHUNK);
    expect(door.sync('crypto.hashUpdate', { id: h, data: slice })).toEqual([null, null]);
    const over = new Uint8Array(CRYPTO_SYNC_CHUNK + 1);
    expect(door.sync('crypto.hashUpdate', { id: h, data: over })[0]).toMatchObject({ code: 'E2BIG' });
    expect(door.sync('crypto.digest', { algorithm: 'sha256', data: over })[0]).toMatchObject({
      code: 'E2BIG',
    });
    // Past a slice, the update is an op the kernel works through a slice per turn (slices.ts).
    const mib = new Uint8Array(1024 * 1024);
    expect(await blocking(task, 'crypto.hashUpdate', { id: h, data: mib })).toEqual([null, null]);
    const want = createHash('sha3-512').update(slice).update(mib).digest();
    expect(Buffer.from(door.sync('crypto.hashDigest', { id: h })[1] as Uint8Array)).toEqual(want);
    expect((await blocking(task, 'crypto.hashUpdate', { id: h, data: mib }))[0]).toMatchObject({
      code: 'EBADF',
    });
    const huge = new Uint8Array(65 * 1024 * 1024);
    expect(door.sync('crypto.digest', { algorithm: 'sha256', data: huge })[0]).toMatchObject({
      code: 'E2BIG',
    });
    expect(
      (await blocking(task, 'zlib.process', { kind: 'gzip', data: huge, options: {} }))[0],
    ).toMatchObject({
      code: 'E2BIG',
    });
    expect(
      await blocking(task, 'crypto.scrypt', {
        password: bytes,
        salt: bytes,
        keylen: 16,
        N: 2 ** 20,
        r: 8,
        p: 1,
        maxmem: 2 ** 40,
      }),
    ).toEqual([null, { error: expect.objectContaining({ code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS' }) }]);
  });

  it('lets one container hold at most two pool threads (one-shot jobs and stream writes); the rest wait', async () => {
    const { task } = await liveTask();
    const door = doorFor(task);
    // Each ~0.1-1 s of pool work: three started at once, the third waits for a lane.
    const job = { password: bytes, salt: bytes, iterations: 300_000, keylen: 32, digest: 'sha256' };
    const ids = [1, 2, 3].map(() => door.async('crypto.pbkdf2', job)[1] as number);
    // Results go to the task's mailbox (as for a blocked guest), not to the idle guest's loop.
    for (const id of ids) task.blockOn(id);
    expect(poolLoad(task.container)).toEqual({ running: POOL_LIMITS.perContainer, waiting: 1 });
    const want = pbkdf2Sync(bytes, bytes, 300_000, 32, 'sha256');
    for (const id of ids) {
      const r = await blockedResult(task, id);
      expect(r.err).toBeNull();
      expect(Buffer.from(r.value as Uint8Array)).toEqual(want);
    }
    expect(poolLoad(task.container)).toEqual({ running: 0, waiting: 0 });
    // Stream writes take lanes too (a 1 MiB brotli write at quality 11 takes seconds).
    const input = new Uint8Array(1024 * 1024).map((_, i) => (i * 7919) % 251);
    const writes = [1, 2, 3].map(() => {
      const [, zid] = door.sync('zlib.open', { kind: 'gzip', options: {} });
      const wid = door.async('zlib.write', { id: zid, data: input, flush: 4 })[1] as number;
      task.blockOn(wid);
      return wid;
    });
    expect(poolLoad(task.container)).toEqual({ running: POOL_LIMITS.perContainer, waiting: 1 });
    for (const id of writes) {
      const r = await blockedResult(task, id);
      expect(r.err).toBeNull();
      // Buffer.equals: a deep toEqual of 1 MiB arrays takes seconds.
      expect(gunzipSync(r.value as Uint8Array).equals(input)).toBe(true);
    }
    expect(poolLoad(task.container)).toEqual({ running: 0, waiting: 0 });
  });

  it("keeps one of libuv's threads free of heavy jobs: two containers' jobs take the rest in turn", async () => {
    const tasks = [(await liveTask()).task, (await liveTask()).task];
    const job = { password: bytes, salt: bytes, iterations: 300_000, keylen: 32, digest: 'sha256' };
    const started = tasks.map((task) =>
      [1, 2].map(() => {
        const id = doorFor(task).async('crypto.pbkdf2', job)[1] as number;
        task.blockOn(id);
        return { task, id };
      }),
    );
    const loads = tasks.map((t) => poolLoad(t.container));
    expect(loads[0]?.running).toBe(POOL_LIMITS.perContainer);
    expect((loads[0]?.running ?? 0) + (loads[1]?.running ?? 0)).toBe(Math.min(4, POOL_LIMITS.total));
    expect((loads[0]?.waiting ?? 0) + (loads[1]?.waiting ?? 0)).toBe(4 - Math.min(4, POOL_LIMITS.total));
    const want = pbkdf2Sync(bytes, bytes, 300_000, 32, 'sha256');
    for (const { task, id } of started.flat()) {
      const r = await blockedResult(task, id);
      expect(r.err).toBeNull();
      expect(Buffer.from(r.value as Uint8Array)).toEqual(want);
    }
    for (const t of tasks) expect(poolLoad(t.container)).toEqual({ running: 0, waiting: 0 });
  });

  it('bounds the handles a process may hold (EMFILE) and frees them on close', async () => {
    const { task } = await liveTask();
    const door = doorFor(task);
    const ids: number[] = [];
    for (let i = 0; i < MAX_HANDLES; i++) {
      const [err, id] = door.sync('crypto.hashOpen', { algorithm: 'sha256' });
      expect(err).toBeNull();
      ids.push(id as number);
    }
    expect(door.sync('crypto.hashOpen', { algorithm: 'sha256' })[0]).toMatchObject({ code: 'EMFILE' });
    expect(door.sync('crypto.hashClose', { id: ids[0] })).toEqual([null, null]);
    expect(door.sync('crypto.hashOpen', { algorithm: 'sha256' })[0]).toBeNull();
    expect(door.sync('crypto.hashClose', { id: ids[0] })[0]).toMatchObject({ code: 'EBADF' });
    // zlib streams have their own table with the same bound.
    for (let i = 0; i < MAX_HANDLES; i++)
      expect(door.sync('zlib.open', { kind: 'gzip', options: {} })[0]).toBeNull();
    expect(door.sync('zlib.open', { kind: 'gzip', options: {} })[0]).toMatchObject({ code: 'EMFILE' });
  });

  it('keeps handles per process: another process cannot use them, and they die with their process', async () => {
    const a = await liveTask();
    const b = await liveTask();
    const doorA = doorFor(a.task);
    const doorB = doorFor(b.task);
    const [, id] = doorA.sync('crypto.hashOpen', { algorithm: 'sha1' });
    expect(doorB.sync('crypto.hashUpdate', { id, data: bytes })[0]).toMatchObject({ code: 'EBADF' });
    expect(doorA.sync('crypto.hashUpdate', { id, data: bytes })).toEqual([null, null]);
    a.container.kill('SIGKILL');
    await a.container.wait();
    expect(doorA.sync('crypto.hashUpdate', { id, data: bytes })[0]).toMatchObject({ code: 'ESRCH' });
  });
});

describe('zlib stream handles driven out of order', () => {
  it('survive every flush flag, writes after finish, garbage input and reset on every kind', async () => {
    const { task, hostErrors, container } = await liveTask();
    const door = doorFor(task);
    const kinds = [
      'deflate',
      'inflate',
      'gzip',
      'gunzip',
      'deflateRaw',
      'inflateRaw',
      'unzip',
      'brotliCompress',
      'brotliDecompress',
    ];
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) & 0xff);
    for (const kind of kinds) {
      for (let flush = 0; flush <= 5; flush++) {
        const [err, id] = door.sync('zlib.open', { kind, options: {} });
        expect(err).toBeNull();
        for (const data of [junk, new Uint8Array(0), junk]) {
          const [e] = door.async('zlib.write', { id, data, flush });
          expect(e).toBeNull();
          // A second write while one is in flight is refused, not interleaved.
          const busy = door.async('zlib.write', { id, data, flush });
          expect(busy[0]).toBeNull();
          await new Promise((r) => setTimeout(r, 5));
        }
        door.sync('zlib.params', { id, level: 9, strategy: 1 });
        door.sync('zlib.reset', { id });
        door.sync('zlib.close', { id });
      }
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(
      hostErrors.map((e) =>
        String((e as Error).stack)
          .split('\n')
          .slice(0, 12)
          .join(' | '),
      ),
    ).toEqual([]);
    expect(container.processes().length).toBe(1);
  });
});

describe('zip bombs through the guest zlib API', () => {
  async function run(code: string): Promise<{ out: string; err: string; code: number }> {
    writeFileSync(join(rootfs, 'app/prog.js'), code);
    const c = await kernel.run({ rootfs, cmd: ['node', '/app/prog.js'] });
    const out = collect(c.stdout);
    const err = collect(c.stderr);
    const status = await c.wait();
    return { out: await out, err: await err, code: status.exitCode };
  }

  it('fails one-shot inflation past the output cap with ERR_BUFFER_TOO_LARGE (sync, callback, maxOutputLength)', async () => {
    const r = await run(`
      const zlib = require('zlib');
      const bomb = require('fs').readFileSync('/app/bomb.gz');
      try { zlib.gunzipSync(bomb); console.log('inflated!'); }
      catch (e) { console.log('sync', e.name, e.code, e.message); }
      try { zlib.gunzipSync(bomb, { maxOutputLength: 1000 }); }
      catch (e) { console.log('limit', e.code, e.message); }
      zlib.gunzip(bomb, (e, out) => console.log('callback', e && e.code, out === undefined));
    `);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'sync RangeError ERR_BUFFER_TOO_LARGE Cannot create a Buffer larger than 134217728 bytes',
        'limit ERR_BUFFER_TOO_LARGE Cannot create a Buffer larger than 1000 bytes',
        'callback ERR_BUFFER_TOO_LARGE true',
        '',
      ].join('\n'),
    );
  });

  it('fails a streaming write whose output passes the cap, and the kernel carries on', async () => {
    const r = await run(`
      const zlib = require('zlib');
      const bomb = require('fs').readFileSync('/app/bomb.gz');
      const g = zlib.createGunzip({ maxOutputLength: 4 * 1024 * 1024 });
      let seen = 0;
      g.on('data', (d) => { seen += d.length; });
      g.on('error', (e) => {
        console.log('stream', e.code, seen <= 4 * 1024 * 1024);
        console.log('still works', zlib.gunzipSync(zlib.gzipSync('ok')).toString());
      });
      g.end(bomb);
    `);
    expect(r.err).toBe('');
    expect(r.out).toBe('stream ERR_BUFFER_TOO_LARGE true\nstill works ok\n');
  });

  it('refuses absurd crypto work from guest code with an error, quickly', async () => {
    const r = await run(`
      const crypto = require('crypto');
      const t0 = Date.now();
      try { crypto.pbkdf2Sync('pw', 'salt', 2 ** 31 - 1, 32, 'sha256'); console.log('ran'); }
      catch (e) { console.log('pbkdf2', e.code); }
      try { crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 24, maxmem: 2 ** 40 }); console.log('ran'); }
      catch (e) { console.log('scrypt', e.code); }
      try { crypto.createHash('sha256').update(Symbol('x')); } catch (e) { console.log('symbol', e.code); }
      try { crypto.createHash({ toString() { return 'sha256'; } }); } catch (e) { console.log('object', e.code); }
      console.log('fast', Date.now() - t0 < 5000);
    `);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      'pbkdf2 EINVAL\nscrypt ERR_CRYPTO_INVALID_SCRYPT_PARAMS\nsymbol ERR_INVALID_ARG_TYPE\nobject ERR_INVALID_ARG_TYPE\nfast true\n',
    );
  });
});
