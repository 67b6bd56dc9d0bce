// Host zone: the crypto family: hashing, HMAC, key derivation and ciphers run natively in the kernel
// (node:crypto); the guest holds integer ids of streaming states in per-task tables. Keys and
// signatures are in crypto-keys.ts; limits and shared argument shapes in crypto-args.ts.

import * as nc from 'node:crypto';
import { fail } from '../errno.js';
import { bool, bytes, int, nullable, optional, record, str } from '../validate.js';
import {
  CRYPTO_LIMITS,
  checkPbkdf2Work,
  checkScryptWork,
  chunk,
  hashName,
  id,
  keylen,
  payload,
  pbkdf2Work,
  pooled,
  u8,
} from './crypto-args.js';
import { HandleTable, perTask } from './handles.js';
import { guarded, type LibError } from './lib-error.js';
import { inSlices } from './slices.js';
import type { SyscallFamily } from './types.js';

export { CRYPTO_LIMITS };

const CIPHERS = new Set(
  nc.getCiphers().filter((c) => /^(aes-(128|192|256)-(cbc|ctr|gcm|ecb|cfb|ofb)|chacha20-poly1305)$/.test(c)),
);

const cipherName = (v: unknown) => {
  const s = str(v).toLowerCase();
  return CIPHERS.has(s) ? s : fail('EINVAL');
};

type Digester = nc.Hash | nc.Hmac;
type CipherState = { c: nc.Cipher | nc.Decipher; decrypt: boolean; aead: boolean };

const hashes = perTask(() => new HandleTable<Digester>(() => {}));
const ciphers = perTask(() => new HandleTable<CipherState>(() => {}));

const hashOpenArgs = record({
  algorithm: hashName,
  key: optional(bytes),
  outputLength: optional(keylen),
});
const updateArgs = record({ id, data: chunk });
const bigUpdateArgs = record({ id, data: payload });
const idArgs = record({ id });
const digestArgs = record({
  algorithm: hashName,
  data: chunk,
  key: optional(payload),
  outputLength: optional(keylen),
});
const pbkdf2Shape = record({
  password: payload,
  salt: payload,
  iterations: int(1, CRYPTO_LIMITS.iterations),
  keylen,
  digest: hashName,
});
const pbkdf2Args = (a: unknown) => {
  const p = pbkdf2Shape(a);
  checkPbkdf2Work(p.iterations, p.keylen, p.digest);
  return p;
};
const scryptShape = record({
  password: payload,
  salt: payload,
  keylen,
  N: int(0, 2 ** 31),
  r: int(0, 2 ** 31),
  p: int(0, 2 ** 31),
  maxmem: int(0, Number.MAX_SAFE_INTEGER),
});
const scryptArgs = (a: unknown) => {
  const p = scryptShape(a);
  checkScryptWork(p.N, p.r, p.p, p.maxmem);
  return p;
};
const hkdfArgs = record({ digest: hashName, ikm: payload, salt: payload, info: payload, keylen });
const cipherOpenArgs = record({
  algorithm: cipherName,
  key: payload,
  iv: nullable(payload),
  decrypt: bool,
  authTagLength: optional(int(4, 16)),
});
const aadArgs = record({ id, data: payload, plaintextLength: optional(int(0, CRYPTO_LIMITS.data)) });
const tagArgs = record({ id, tag: payload });
const paddingArgs = record({ id, pad: bool });

const invalidState = (op: string): LibError => ({
  error: { name: 'Error', code: 'ERR_CRYPTO_INVALID_STATE', message: `Invalid state for operation ${op}` },
});

export const cryptoSyscalls: SyscallFamily = {
  'crypto.info': {
    support: 'full',
    sync: () => ({ hashes: nc.getHashes(), ciphers: [...CIPHERS].sort() }),
  },
  'crypto.hashOpen': {
    support: 'full',
    sync(task, a) {
      const { algorithm, key, outputLength } = hashOpenArgs(a);
      return guarded(() => {
        const h =
          key !== undefined
            ? nc.createHmac(algorithm, key)
            : nc.createHash(algorithm, outputLength === undefined ? {} : { outputLength });
        return hashes(task).open(h);
      });
    },
  },
  'crypto.hashUpdate': {
    support: 'full',
    sync(task, a) {
      const { id: h, data } = updateArgs(a);
      hashes(task).get(h).update(data);
      return null;
    },
    // Up to CRYPTO_LIMITS.data, a slice per turn (slices.ts): what the runtime blocks on past a slice.
    async(task, a, op) {
      const { id: h, data } = bigUpdateArgs(a);
      const table = hashes(task);
      table.get(h);
      inSlices(
        task,
        op,
        'hashUpdate',
        data,
        (slice) => table.get(h).update(slice),
        () => null,
      );
    },
  },
  'crypto.hashDigest': {
    support: 'full',
    sync(task, a) {
      const { id: h } = idArgs(a);
      const table = hashes(task);
      const out = u8(table.get(h).digest());
      table.close(h);
      return out;
    },
  },
  'crypto.hashCopy': {
    support: 'partial',
    note: 'HMAC states cannot be copied (neither can Node)',
    sync(task, a) {
      const { id: h, outputLength } = record({ id, outputLength: optional(keylen) })(a);
      const table = hashes(task);
      const src = table.get(h);
      if (!('copy' in src)) return fail('EINVAL');
      return guarded(() => table.open(src.copy(outputLength === undefined ? {} : { outputLength })));
    },
  },
  'crypto.hashClose': {
    support: 'full',
    sync(task, a) {
      hashes(task).close(idArgs(a).id);
      return null;
    },
  },
  'crypto.digest': {
    support: 'full',
    sync(_task, a) {
      const { algorithm, data, key, outputLength } = digestArgs(a);
      return guarded(() => {
        if (key !== undefined) return u8(nc.createHmac(algorithm, key).update(data).digest());
        return u8(
          nc
            .createHash(algorithm, outputLength === undefined ? {} : { outputLength })
            .update(data)
            .digest(),
        );
      });
    },
  },
  'crypto.pbkdf2': pooled(
    'pbkdf2',
    pbkdf2Args,
    (p, done) =>
      nc.pbkdf2(p.password, p.salt, p.iterations, p.keylen, p.digest, (e, k) => done(e, e ? null : u8(k))),
    // Cheap calls at once; the rest on the pool (pbkdf2Sync blocks on it after this E2BIG).
    (p) =>
      pbkdf2Work(p.iterations, p.keylen, p.digest) > CRYPTO_LIMITS.pbkdf2SyncWork
        ? fail('E2BIG')
        : u8(nc.pbkdf2Sync(p.password, p.salt, p.iterations, p.keylen, p.digest)),
  ),
  'crypto.scrypt': pooled('scrypt', scryptArgs, (p, done) => {
    const opts = { N: p.N, r: p.r, p: p.p, maxmem: Math.min(p.maxmem, CRYPTO_LIMITS.scryptMaxmem) };
    nc.scrypt(p.password, p.salt, p.keylen, opts, (e, k) => done(e, e ? null : u8(k)));
  }),
  'crypto.hkdf': pooled(
    'hkdf',
    hkdfArgs,
    (p, done) =>
      nc.hkdf(p.digest, p.ikm, p.salt, p.info, p.keylen, (e, k) => done(e, e ? null : new Uint8Array(k))),
    // At most 255 digests of output: well under a millisecond, answered on the kernel thread.
    (p) => new Uint8Array(nc.hkdfSync(p.digest, p.ikm, p.salt, p.info, p.keylen)),
  ),
  'crypto.cipherOpen': {
    support: 'full',
    sync(task, a) {
      const { algorithm, key, iv, decrypt, authTagLength } = cipherOpenArgs(a);
      const aead = /gcm|poly1305/.test(algorithm);
      return guarded(() => {
        const opts = authTagLength === undefined ? {} : { authTagLength };
        const c = decrypt
          ? nc.createDecipheriv(algorithm, key, iv, opts as nc.CipherGCMOptions)
          : nc.createCipheriv(algorithm, key, iv, opts as nc.CipherGCMOptions);
        return ciphers(task).open({ c, decrypt, aead });
      });
    },
  },
  'crypto.cipherUpdate': {
    support: 'full',
    sync(task, a) {
      const { id: h, data } = updateArgs(a);
      const state = ciphers(task).get(h);
      return guarded(() => u8(state.c.update(data)));
    },
    async(task, a, op) {
      const { id: h, data } = bigUpdateArgs(a);
      const table = ciphers(task);
      table.get(h);
      const out: Buffer[] = [];
      inSlices(
        task,
        op,
        'cipherUpdate',
        data,
        (slice) => out.push(table.get(h).c.update(slice)),
        () => u8(Buffer.concat(out)),
      );
    },
  },
  'crypto.cipherFinal': {
    support: 'full',
    sync(task, a) {
      const { id: h } = idArgs(a);
      const table = ciphers(task);
      const state = table.get(h);
      table.close(h);
      return guarded(() => {
        const data = u8(state.c.final());
        const tag = state.aead && !state.decrypt ? u8((state.c as nc.CipherGCM).getAuthTag()) : null;
        return { data, tag };
      });
    },
  },
  'crypto.cipherSetAAD': {
    support: 'full',
    sync(task, a) {
      const { id: h, data, plaintextLength } = aadArgs(a);
      const state = ciphers(task).get(h);
      if (!state.aead) return invalidState('setAAD');
      const opts = plaintextLength === undefined ? undefined : { plaintextLength };
      return guarded(() => {
        (state.c as nc.CipherGCM).setAAD(data, opts);
        return null;
      });
    },
  },
  'crypto.cipherSetAuthTag': {
    support: 'full',
    sync(task, a) {
      const { id: h, tag } = tagArgs(a);
      const state = ciphers(task).get(h);
      if (!state.aead || !state.decrypt) return invalidState('setAuthTag');
      return guarded(() => {
        (state.c as nc.DecipherGCM).setAuthTag(tag);
        return null;
      });
    },
  },
  'crypto.cipherSetAutoPadding': {
    support: 'full',
    sync(task, a) {
      const { id: h, pad } = paddingArgs(a);
      ciphers(task).get(h).c.setAutoPadding(pad);
      return null;
    },
  },
  'crypto.cipherClose': {
    support: 'full',
    sync(task, a) {
      ciphers(task).close(idArgs(a).id);
      return null;
    },
  },
};
