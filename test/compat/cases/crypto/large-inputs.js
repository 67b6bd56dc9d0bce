// Inputs past the kernel's per-crossing slice (256 KiB): hashes, HMACs, ciphers, signatures and
// webcrypto digests of a few MiB must give what one update of it all gives under Node.
const crypto = require('crypto');

const big = Buffer.alloc(3 * 1024 * 1024 + 7);
for (let i = 0, x = 7; i < big.length; i++) {
  x = (Math.imul(x, 1103515245) + 12345) >>> 0;
  big[i] = x >>> 24;
}
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

for (const alg of ['sha256', 'sha512', 'sha3-512', 'md5'])
  t(alg, () => crypto.createHash(alg).update(big).digest('hex'));
t('shake256', () => crypto.createHash('shake256', { outputLength: 40 }).update(big).digest('hex'));
t('split', () => crypto.createHash('sha1').update(big.subarray(0, 1000)).update(big.subarray(1000)).digest('hex'));
t('hmac', () => crypto.createHmac('sha256', 'key').update(big).digest('base64'));
t('copy', () => {
  const h = crypto.createHash('sha256').update(big);
  return `${h.copy().update('x').digest('hex')} ${h.digest('hex')}`;
});

const key = Buffer.alloc(32, 3);
const iv = Buffer.alloc(16, 5);
for (const alg of ['aes-256-cbc', 'aes-256-ctr']) {
  t(alg, () => {
    const c = crypto.createCipheriv(alg, key, iv);
    const a = c.update(big);
    const b = c.final();
    const d = crypto.createDecipheriv(alg, key, iv);
    const plain = Buffer.concat([d.update(Buffer.concat([a, b])), d.final()]);
    const sum = crypto.createHash('sha256').update(Buffer.concat([a, b])).digest('hex');
    return `${a.length} ${b.length} ${sum} ${plain.equals(big)}`;
  });
}
t('gcm', () => {
  const c = crypto.createCipheriv('aes-256-gcm', key, iv.subarray(0, 12));
  const out = Buffer.concat([c.update(big), c.final()]);
  const tag = c.getAuthTag();
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12));
  d.setAuthTag(tag);
  const plain = Buffer.concat([d.update(out), d.final()]);
  return `${tag.toString('hex')} ${plain.equals(big)}`;
});
t('gcm bad tag', () => {
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12));
  d.setAuthTag(Buffer.alloc(16));
  d.update(big);
  return d.final();
});
t('hex input', () => crypto.createHash('sha256').update(big.subarray(0, 300000).toString('hex'), 'hex').digest('hex'));

const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
const sig = crypto.sign(null, big, privateKey);
t('ed25519', () => `${sig.length} ${crypto.verify(null, big, publicKey, sig)} ${crypto.verify(null, big.subarray(1), publicKey, sig)}`);
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
t('rsa', () => {
  const s = crypto.createSign('sha256').update(big).sign(rsa.privateKey);
  return `${s.length} ${crypto.createVerify('sha256').update(big).verify(rsa.publicKey, s)}`;
});

crypto.subtle
  .digest('SHA-256', big)
  .then((d) => console.log('subtle', Buffer.from(d).toString('hex')))
  .then(() => crypto.subtle.importKey('raw', Buffer.from('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']))
  .then((k) => crypto.subtle.sign('HMAC', k, big))
  .then((s) => console.log('subtle hmac', Buffer.from(s).toString('hex')));
