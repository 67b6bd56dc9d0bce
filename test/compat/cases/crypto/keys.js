const crypto = require('crypto');
const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
console.log(publicKey.startsWith('-----BEGIN PUBLIC KEY-----'), privateKey.startsWith('-----BEGIN PRIVATE KEY-----'));
const sig = crypto.sign('sha256', Buffer.from('message'), privateKey);
console.log(sig.length, crypto.verify('sha256', Buffer.from('message'), publicKey, sig));
console.log(crypto.verify('sha256', Buffer.from('other'), publicKey, sig));
const signer = crypto.createSign('SHA256');
signer.update('part one ');
signer.update('part two');
const s2 = signer.sign(privateKey, 'hex');
const v = crypto.createVerify('SHA256');
v.update('part one part two');
console.log('createVerify', v.verify(publicKey, s2, 'hex'));
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
console.log(ec.publicKey.type, ec.privateKey.type, ec.publicKey.asymmetricKeyType);
console.log(ec.privateKey.asymmetricKeyDetails);
const esig = crypto.sign('sha256', Buffer.from('ec data'), ec.privateKey);
console.log('ec verify', crypto.verify('sha256', Buffer.from('ec data'), ec.publicKey, esig));
const ed = crypto.generateKeyPairSync('ed25519');
const edsig = crypto.sign(null, Buffer.from('ed data'), ed.privateKey);
console.log('ed25519', edsig.length, crypto.verify(null, Buffer.from('ed data'), ed.publicKey, edsig));
const pub = crypto.createPublicKey(ed.privateKey);
console.log('derived public', crypto.verify(null, Buffer.from('ed data'), pub, edsig));
const pem = ed.publicKey.export({ type: 'spki', format: 'pem' });
console.log(typeof pem, pem.split('\n')[0]);
const secret = crypto.createSecretKey(Buffer.from('abc'));
console.log(secret.type, secret.symmetricKeySize, secret.export().toString());
crypto.generateKeyPair('ec', { namedCurve: 'P-384' }, (err, pk, sk) => {
  console.log('async', err, pk.type, sk.type, sk.asymmetricKeyDetails);
});
const secretMsg = Buffer.from('for your eyes only');
const enc = crypto.publicEncrypt(publicKey, secretMsg);
console.log('rsa oaep', enc.length, crypto.privateDecrypt(privateKey, enc).toString());
const enc2 = crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_PKCS1_PADDING }, secretMsg);
try {
  crypto.privateDecrypt({ key: privateKey, padding: crypto.constants.RSA_PKCS1_PADDING }, enc2);
} catch (e) {
  console.log('rsa pkcs1', e.name, e.code, e.message);
}
const enc3 = crypto.publicEncrypt({ key: publicKey, oaepHash: 'sha256' }, secretMsg);
console.log('rsa oaep256', crypto.privateDecrypt({ key: privateKey, oaepHash: 'sha256' }, enc3).toString());
const signed = crypto.privateEncrypt(privateKey, secretMsg);
console.log('rsa raw sign', crypto.publicDecrypt(publicKey, signed).toString());
try {
  crypto.privateDecrypt(privateKey, Buffer.alloc(128, 1));
} catch (e) {
  console.log('decrypt error', e.code);
}
// Key encodings: DER and JWK out, and back in.
const edJwk = ed.publicKey.export({ format: 'jwk' });
console.log('jwk', edJwk.kty, edJwk.crv, typeof edJwk.x);
const edDer = ed.privateKey.export({ format: 'der', type: 'pkcs8' });
console.log('der', Buffer.isBuffer(edDer), edDer.length);
const reImported = crypto.createPrivateKey({ key: edDer, format: 'der', type: 'pkcs8' });
const reSig = crypto.sign(null, Buffer.from('again'), reImported);
const fromJwk = crypto.createPublicKey({ key: edJwk, format: 'jwk' });
console.log('jwk verify', crypto.verify(null, Buffer.from('again'), fromJwk, reSig), fromJwk.asymmetricKeyType);
const rsaPub = crypto.createPublicKey(publicKey);
console.log('pkcs1', rsaPub.export({ type: 'pkcs1', format: 'pem' }).split('\n')[0]);
const rsaJwk = crypto.createPrivateKey(privateKey).export({ format: 'jwk' });
console.log('rsa jwk', rsaJwk.kty, rsaJwk.e, Object.keys(rsaJwk).sort().join(','));
console.log('secret jwk', crypto.createSecretKey(Buffer.from('hi?')).export({ format: 'jwk' }));
try {
  crypto.createPublicKey({ key: Buffer.from('garbage'), format: 'der', type: 'spki' });
} catch (e) {
  console.log('bad der', e.code);
}
console.log('done');
