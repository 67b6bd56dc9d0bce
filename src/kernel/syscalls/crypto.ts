// Host zone: the crypto family. Hashing, HMAC, key derivation, ciphers and signatures run natively in
// the kernel (node:crypto); the guest holds integer ids of streaming states in per-task tables.
// Names are checked against node's own lists, sizes are bounded, OpenSSL failures cross as LibError.

import * as nc from 'node:crypto';
import { Errno, fail } from '../errno.js';
import { bool, bytes, int, nullable, oneOf, optional, record, str } from '../validate.js';
import { HandleTable, perTask } from './handles.js';
import { guarded, type LibError, libError } from './lib-error.js';
import type { SyscallEntry, SyscallFamily } from './types.js';

/** Limits, all in one place: a guest may not make the kernel allocate or spin without bound. */
export const CRYPTO_LIMITS = {
  /** Bytes of one update/one-shot input. */
  data: 64 * 1024 * 1024,
  /** Derived key length (pbkdf2, scrypt, hkdf) and XOF output. */
  keylen: 1024 * 1024,
  /** pbkdf2 iterations: past this the kernel thread would be held for minutes. */
  iterations: 10_000_000,
  /** scrypt memory cap, whatever maxmem the guest asks for. */
  scryptMaxmem: 64 * 1024 * 1024,
  /** RSA modulus bits for key generation. */
  modulusBits: 4096,
  /** PEM key text. */
  pem: 64 * 1024,
} as const;

const HASHES = new Set(nc.getHashes().map((h) => h.toLowerCase()));
const CIPHERS = new Set(
  nc.getCiphers().filter((c) => /^(aes-(128|192|256)-(cbc|ctr|gcm|ecb|cfb|ofb)|chacha20-poly1305)$/.test(c)),
);

const payload = (v: unknown) => {
  const b = bytes(v);
  return b.byteLength <= CRYPTO_LIMITS.data ? b : fail('E2BIG');
};
const hashName = (v: unknown) => {
  const s = str(v);
  return s.length <= 64 && HASHES.has(s.toLowerCase()) ? s : fail('EINVAL');
};
const cipherName = (v: unknown) => {
  const s = str(v).toLowerCase();
  return CIPHERS.has(s) ? s : fail('EINVAL');
};
const pem = (v: unknown) => {
  const s = str(v);
  return s.length <= CRYPTO_LIMITS.pem && s.startsWith('-----BEGIN ') ? s : fail('EINVAL');
};
const id = int(1, 2 ** 31);
const keylen = int(0, CRYPTO_LIMITS.keylen);

type Digester = nc.Hash | nc.Hmac;
type CipherState = { c: nc.Cipher | nc.Decipher; decrypt: boolean; aead: boolean };

const hashes = perTask(() => new HandleTable<Digester>(() => {}));
const ciphers = perTask(() => new HandleTable<CipherState>(() => {}));

const hashOpenArgs = record({
  algorithm: hashName,
  key: optional(bytes),
  outputLength: optional(keylen),
});
const updateArgs = record({ id, data: payload });
const idArgs = record({ id });
const digestArgs = record({
  algorithm: hashName,
  data: payload,
  key: optional(payload),
  outputLength: optional(keylen),
});
const pbkdf2Args = record({
  password: payload,
  salt: payload,
  iterations: int(1, CRYPTO_LIMITS.iterations),
  keylen,
  digest: hashName,
});
const scryptArgs = record({
  password: payload,
  salt: payload,
  keylen,
  N: int(0, 2 ** 31),
  r: int(0, 2 ** 31),
  p: int(0, 2 ** 31),
  maxmem: int(0, Number.MAX_SAFE_INTEGER),
});
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
const keyPairArgs = record({
  type: oneOf('rsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448'),
  modulusLength: optional(int(512, CRYPTO_LIMITS.modulusBits)),
  publicExponent: optional(int(3, 2 ** 31 - 1)),
  namedCurve: optional(oneOf('prime256v1', 'P-256', 'secp384r1', 'P-384', 'secp521r1', 'P-521', 'secp256k1')),
});
const signArgs = record({
  algorithm: nullable(hashName),
  data: payload,
  key: pem,
  padding: optional(int(0, 8)),
  saltLength: optional(int(-3, 1 << 16)),
  dsaEncoding: optional(oneOf('der', 'ieee-p1363')),
});
const verifyArgs = record({
  algorithm: nullable(hashName),
  data: payload,
  key: pem,
  signature: payload,
  padding: optional(int(0, 8)),
  saltLength: optional(int(-3, 1 << 16)),
  dsaEncoding: optional(oneOf('der', 'ieee-p1363')),
});

const rsaArgs = record({
  op: oneOf('publicEncrypt', 'privateDecrypt', 'privateEncrypt', 'publicDecrypt'),
  key: pem,
  padding: optional(int(0, 8)),
  oaepHash: optional(hashName),
  data: payload,
});

function keyInput(
  key: string,
  a: {
    padding?: number | undefined;
    saltLength?: number | undefined;
    dsaEncoding?: 'der' | 'ieee-p1363' | undefined;
  },
) {
  const k: Record<string, unknown> = { key };
  if (a.padding !== undefined) k.padding = a.padding;
  if (a.saltLength !== undefined) k.saltLength = a.saltLength;
  if (a.dsaEncoding !== undefined) k.dsaEncoding = a.dsaEncoding;
  return k as unknown as nc.SignKeyObjectInput;
}

/** A sync entry whose async form runs the same work on libuv's pool (node's async API). */
function pooled(
  sync: (a: unknown) => unknown,
  async: (a: unknown, done: (err: Error | null, value?: unknown) => void) => void,
): SyscallEntry {
  return {
    support: 'full',
    sync: (_task, a) => guarded(() => sync(a)),
    async(_task, a, op) {
      const complete = (err: Error | null, value?: unknown) => {
        if (!err) return op.done(null, value);
        try {
          op.done(null, libError(err));
        } catch {
          op.done({ code: 'EIO', syscall: 'crypto' });
        }
      };
      try {
        async(a, complete);
      } catch (err) {
        // node:crypto validates some parameters before queueing the job (scrypt's N, r, p).
        if (err instanceof Errno) throw err;
        op.done(null, libError(err));
      }
    },
  };
}

const invalidState = (op: string): LibError => ({
  error: { name: 'Error', code: 'ERR_CRYPTO_INVALID_STATE', message: `Invalid state for operation ${op}` },
});

const u8 = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

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
    (a) => {
      const p = pbkdf2Args(a);
      return u8(nc.pbkdf2Sync(p.password, p.salt, p.iterations, p.keylen, p.digest));
    },
    (a, done) => {
      const p = pbkdf2Args(a);
      nc.pbkdf2(p.password, p.salt, p.iterations, p.keylen, p.digest, (e, k) => done(e, e ? null : u8(k)));
    },
  ),
  'crypto.scrypt': pooled(
    (a) => {
      const p = scryptArgs(a);
      const opts = { N: p.N, r: p.r, p: p.p, maxmem: Math.min(p.maxmem, CRYPTO_LIMITS.scryptMaxmem) };
      return u8(nc.scryptSync(p.password, p.salt, p.keylen, opts));
    },
    (a, done) => {
      const p = scryptArgs(a);
      const opts = { N: p.N, r: p.r, p: p.p, maxmem: Math.min(p.maxmem, CRYPTO_LIMITS.scryptMaxmem) };
      nc.scrypt(p.password, p.salt, p.keylen, opts, (e, k) => done(e, e ? null : u8(k)));
    },
  ),
  'crypto.hkdf': pooled(
    (a) => {
      const p = hkdfArgs(a);
      return new Uint8Array(nc.hkdfSync(p.digest, p.ikm, p.salt, p.info, p.keylen));
    },
    (a, done) => {
      const p = hkdfArgs(a);
      nc.hkdf(p.digest, p.ikm, p.salt, p.info, p.keylen, (e, k) => done(e, e ? null : new Uint8Array(k)));
    },
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
  'crypto.generateKeyPair': pooled(
    (a) => {
      const p = keyPairArgs(a);
      const { publicKey, privateKey } = nc.generateKeyPairSync(p.type as 'rsa', keyPairOptions(p));
      return { publicKey, privateKey };
    },
    (a, done) => {
      const p = keyPairArgs(a);
      nc.generateKeyPair(p.type as 'rsa', keyPairOptions(p), (e, publicKey, privateKey) =>
        done(e, e ? null : { publicKey, privateKey }),
      );
    },
  ),
  'crypto.sign': {
    support: 'full',
    sync(_task, a) {
      const p = signArgs(a);
      return guarded(() => u8(nc.sign(p.algorithm, p.data, keyInput(p.key, p))));
    },
  },
  'crypto.verify': {
    support: 'full',
    sync(_task, a) {
      const p = verifyArgs(a);
      return guarded(() =>
        nc.verify(p.algorithm, p.data, keyInput(p.key, p) as nc.VerifyKeyObjectInput, p.signature),
      );
    },
  },
  'crypto.rsa': {
    support: 'full',
    sync(_task, a) {
      const { op, key, padding, oaepHash, data } = rsaArgs(a);
      const k: Record<string, unknown> = { key };
      if (padding !== undefined) k.padding = padding;
      if (oaepHash !== undefined) k.oaepHash = oaepHash;
      return guarded(() => u8(nc[op](k as unknown as nc.RsaPublicKey, data)));
    },
  },
  'crypto.keyDetails': {
    support: 'full',
    sync(_task, a) {
      const { key } = record({ key: pem })(a);
      return guarded(() => {
        const k = key.includes('PRIVATE') ? nc.createPrivateKey(key) : nc.createPublicKey(key);
        const d = k.asymmetricKeyDetails ?? {};
        return {
          type: k.type,
          asymmetricKeyType: k.asymmetricKeyType ?? null,
          modulusLength: d.modulusLength ?? null,
          namedCurve: d.namedCurve ?? null,
          publicKey:
            k.type === 'private'
              ? (nc.createPublicKey(k).export({ type: 'spki', format: 'pem' }) as string)
              : key,
        };
      });
    },
  },
};

function keyPairOptions(p: ReturnType<typeof keyPairArgs>) {
  const opts: Record<string, unknown> = {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  };
  if (p.type === 'rsa') {
    opts.modulusLength = p.modulusLength ?? fail('EINVAL');
    if (p.publicExponent !== undefined) opts.publicExponent = p.publicExponent;
  }
  if (p.type === 'ec') opts.namedCurve = p.namedCurve ?? fail('EINVAL');
  return opts as unknown as nc.RSAKeyPairOptions<'pem', 'pem'>;
}
