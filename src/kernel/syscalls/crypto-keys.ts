// Host zone: the crypto key family: key-pair generation, signatures and RSA encryption with PEM keys.
// PEM text crosses the door, never a host KeyObject; OpenSSL failures cross as LibError.

import * as nc from 'node:crypto';
import { fail } from '../errno.js';
import { bool, int, nullable, oneOf, optional, record } from '../validate.js';
import { CRYPTO_LIMITS, hashName, payload, pem, pooled, u8 } from './crypto-args.js';
import { guarded } from './lib-error.js';
import type { PoolDone } from './pool.js';
import type { SyscallFamily } from './types.js';

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

const RSA = {
  publicEncrypt: nc.publicEncrypt,
  privateDecrypt: nc.privateDecrypt,
  privateEncrypt: nc.privateEncrypt,
  publicDecrypt: nc.publicDecrypt,
} as const;

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

const exportArgs = record({
  key: pem,
  format: oneOf('pem', 'der', 'jwk'),
  type: optional(oneOf('spki', 'pkcs8', 'pkcs1', 'sec1')),
});
const jwkField = (v: unknown) => (typeof v === 'string' && v.length <= 16384 ? v : fail('EINVAL'));
const jwkShape = (v: unknown): Record<string, string> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Uint8Array)
    return fail('EINVAL');
  const out: Record<string, string> = {};
  const keys = Object.keys(v);
  if (keys.length > 16) return fail('EINVAL');
  for (const k of keys) {
    if (!/^[a-z_]{1,8}$/i.test(k)) return fail('EINVAL');
    const val = (v as Record<string, unknown>)[k];
    if (k === 'key_ops' || k === 'ext') continue;
    out[k] = jwkField(val);
  }
  return out;
};
const importArgs = record({
  key: (v: unknown) => (typeof v === 'string' ? pem(v) : v instanceof Uint8Array ? payload(v) : jwkShape(v)),
  format: oneOf('pem', 'der', 'jwk'),
  type: optional(oneOf('spki', 'pkcs8', 'pkcs1', 'sec1')),
  private: bool,
});

export const cryptoKeySyscalls: SyscallFamily = {
  /** A PEM key re-encoded as DER, JWK or another PEM type. */
  'crypto.keyExport': {
    support: 'partial',
    note: 'encrypted private key export (cipher + passphrase) is not supported',
    sync(_task, a) {
      const { key, format, type } = exportArgs(a);
      return guarded(() => {
        const k = key.includes('PRIVATE KEY') ? nc.createPrivateKey(key) : nc.createPublicKey(key);
        if (format === 'jwk') return k.export({ format: 'jwk' });
        const opts = {
          format,
          type: type ?? (k.type === 'private' ? 'pkcs8' : 'spki'),
        } as nc.KeyExportOptions<'pem'>;
        const out = k.export(opts);
        return typeof out === 'string' ? out : u8(out as Buffer);
      });
    },
  },
  /** A DER, JWK or PEM key as PEM (spki for public keys, pkcs8 for private ones). */
  'crypto.keyImport': {
    support: 'partial',
    note: 'encrypted private keys (passphrase) are not supported',
    sync(_task, a) {
      const { key, format, type, private: isPrivate } = importArgs(a);
      return guarded(() => {
        const input = {
          key,
          format,
          ...(type === undefined ? {} : { type }),
        } as unknown as nc.PrivateKeyInput;
        const k = isPrivate ? nc.createPrivateKey(input) : nc.createPublicKey(input as never);
        return k.export({ format: 'pem', type: k.type === 'private' ? 'pkcs8' : 'spki' }) as string;
      });
    },
  },
  // An RSA 4096 key takes seconds (and a random amount of them): only ever on the pool.
  'crypto.generateKeyPair': pooled(
    'generateKeyPair',
    (a) => {
      const p = keyPairArgs(a);
      return { type: p.type as 'rsa', options: keyPairOptions(p) };
    },
    (p, done) =>
      nc.generateKeyPair(p.type, p.options, (e, publicKey, privateKey) =>
        done(e, e ? null : { publicKey, privateKey }),
      ),
  ),
  // An RSA 4096 signature takes ~8 ms, and its data may be 64 MiB to hash: on the pool (node's
  // callback form of sign and verify runs there), never on the kernel thread.
  'crypto.sign': pooled('sign', signArgs, (p, done) =>
    nc.sign(p.algorithm, p.data, keyInput(p.key, p), signed(done)),
  ),
  'crypto.verify': pooled('verify', verifyArgs, (p, done) =>
    nc.verify(p.algorithm, p.data, keyInput(p.key, p) as nc.VerifyKeyObjectInput, p.signature, done),
  ),
  'crypto.rsa': {
    support: 'full',
    sync(_task, a) {
      const { op, key, padding, oaepHash, data } = rsaArgs(a);
      const k: Record<string, unknown> = { key };
      if (padding !== undefined) k.padding = padding;
      if (oaepHash !== undefined) k.oaepHash = oaepHash;
      return guarded(() => u8(RSA[op](k as unknown as nc.RsaPublicKey, data)));
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

/** node's sign callback, its signature as bytes. */
function signed(done: PoolDone) {
  return (err: Error | null, sig: Buffer) => done(err, err ? null : u8(sig));
}

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
