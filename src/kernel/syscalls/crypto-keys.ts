// Host zone: the crypto key family: key-pair generation, signatures and RSA encryption with PEM keys.
// PEM text crosses the door, never a host KeyObject; OpenSSL failures cross as LibError.

import * as nc from 'node:crypto';
import { fail } from '../errno.js';
import { int, nullable, oneOf, optional, record } from '../validate.js';
import { CRYPTO_LIMITS, hashName, payload, pem, pooled, u8 } from './crypto-args.js';
import { guarded } from './lib-error.js';
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

export const cryptoKeySyscalls: SyscallFamily = {
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
