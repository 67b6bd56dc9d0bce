// The heavy tenant: three synchronous calls that take seconds of host CPU, each between a `start`
// and an `end` line, the end line carrying what the host checks the result against.
const crypto = require('node:crypto');
const zlib = require('node:zlib');

/** Incompressible but reproducible input (the host makes the same bytes). */
function noise(n) {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

console.log('start pbkdf2');
console.log(`end pbkdf2 ${crypto.pbkdf2Sync('pw', 'salt', 2_000_000, 32, 'sha256').toString('hex')}`);

console.log('start brotli');
const packed = zlib.brotliCompressSync(noise(1 << 20));
console.log(`end brotli ${zlib.brotliDecompressSync(packed).equals(noise(1 << 20))} ${packed.length}`);

console.log('start rsa');
const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 4096 });
const signature = crypto.sign('sha256', Buffer.from('x'), privateKey);
const bits = publicKey.asymmetricKeyDetails.modulusLength;
console.log(`end rsa ${bits} ${crypto.verify('sha256', Buffer.from('x'), publicKey, signature)}`);
