// Guest zone: node:crypto. Hashing, ciphers, KDFs and signatures run in the kernel behind the crypto
// syscall family; this module shapes Node's API (argument checks, encodings, streams) over it.

import { notImplemented } from '../internal/errors.js';
import { Cipheriv, createCipheriv, createDecipheriv, Decipheriv } from './crypto/cipher.js';
import { createHash, createHmac, Hash, Hmac, hash } from './crypto/hash.js';
import { getCiphers, getHashes } from './crypto/info.js';
import { hkdf, hkdfSync, pbkdf2, pbkdf2Sync, scrypt, scryptSync } from './crypto/kdf.js';
import {
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  generateKeyPair,
  generateKeyPairSync,
  KeyObject,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  publicEncrypt,
  Sign,
  sign,
  Verify,
  verify,
} from './crypto/keys.js';
import {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  timingSafeEqual,
} from './crypto/random.js';

declare const require: (id: string) => unknown;
type WebCrypto = typeof import('./crypto/webcrypto.js');
/**
 * The Web Crypto half, loaded on first use (it brings DOMException): Node's `webcrypto`, `subtle` and
 * `getRandomValues` are getters too.
 */
const web = (): WebCrypto => require('./crypto/webcrypto.js') as WebCrypto;

const missing = (name: string) => () => {
  throw notImplemented(`crypto.${name}`);
};

const crypto = {
  createHash,
  createHmac,
  hash,
  Hash,
  Hmac,
  createCipheriv,
  createDecipheriv,
  Cipheriv,
  Decipheriv,
  getHashes,
  getCiphers,
  getCurves: () => ['prime256v1', 'secp256k1', 'secp384r1', 'secp521r1'],
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  hkdf,
  hkdfSync,
  randomBytes,
  pseudoRandomBytes: randomBytes,
  prng: randomBytes,
  rng: randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  timingSafeEqual,
  get getRandomValues() {
    return web().getRandomValues;
  },
  get webcrypto() {
    return web().webcrypto;
  },
  get subtle() {
    return web().subtle;
  },
  get CryptoKey() {
    return web().CryptoKey;
  },
  KeyObject,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  generateKeyPair,
  generateKeyPairSync,
  sign,
  verify,
  createSign,
  createVerify,
  Sign,
  Verify,
  createDiffieHellman: missing('createDiffieHellman'),
  createDiffieHellmanGroup: missing('createDiffieHellmanGroup'),
  getDiffieHellman: missing('getDiffieHellman'),
  diffieHellman: missing('diffieHellman'),
  DiffieHellman: missing('DiffieHellman'),
  DiffieHellmanGroup: missing('DiffieHellmanGroup'),
  ECDH: missing('ECDH'),
  createCipher: missing('createCipher'),
  createDecipher: missing('createDecipher'),
  generatePrime: missing('generatePrime'),
  generatePrimeSync: missing('generatePrimeSync'),
  checkPrime: missing('checkPrime'),
  checkPrimeSync: missing('checkPrimeSync'),
  X509Certificate: missing('X509Certificate'),
  Certificate: missing('Certificate'),
  getCipherInfo: missing('getCipherInfo'),
  secureHeapUsed: missing('secureHeapUsed'),
  setEngine: missing('setEngine'),
  createECDH: missing('createECDH'),
  publicEncrypt,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  generateKey: missing('generateKey'),
  generateKeySync: missing('generateKeySync'),
  getFips: () => 0,
  setFips: missing('setFips'),
  constants: {
    RSA_PKCS1_PADDING: 1,
    RSA_NO_PADDING: 3,
    RSA_PKCS1_OAEP_PADDING: 4,
    RSA_PKCS1_PSS_PADDING: 6,
    RSA_PSS_SALTLEN_DIGEST: -1,
    RSA_PSS_SALTLEN_MAX_SIGN: -2,
    RSA_PSS_SALTLEN_AUTO: -2,
  },
};
// Fixed, as Node's are.
for (const key of ['getRandomValues', 'webcrypto', 'subtle'])
  Object.defineProperty(crypto, key, { configurable: false });

export default crypto;
