const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'sha512-256', 'SHA256']) {
  console.log(alg, crypto.createHash(alg).update('hello ').update(Buffer.from('world')).digest('hex'));
}
console.log(crypto.createHash('sha256').update('abc').digest('base64'));
console.log(crypto.createHash('sha256').update('616263', 'hex').digest('base64url'));
console.log(crypto.createHash('shake256', { outputLength: 10 }).update('x').digest('hex'));
console.log(crypto.createHash('md5').update('héllo', 'latin1').digest().length);
// Large input moves the state to a kernel handle.
const big = Buffer.alloc(300000, 7);
const h = crypto.createHash('sha256');
for (let i = 0; i < 5; i++) h.update(big);
const c = h.copy();
console.log(h.digest('hex'));
c.update('more');
console.log(c.digest('hex'));
const small = crypto.createHash('sha1').update('a');
const small2 = small.copy();
console.log(small.digest('hex'), small2.update('b').digest('hex'));
console.log(crypto.createHmac('sha256', 'key').update('data').digest('hex'));
console.log(crypto.createHmac('sha512', Buffer.alloc(200, 1)).update(big).digest('base64'));
console.log(crypto.hash ? crypto.hash('sha1', 'abc') : 'no hash');
console.log(crypto.getHashes().includes('sha256'), crypto.getHashes().length > 10);
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
t(() => crypto.createHash('nope'));
t(() => crypto.createHmac('nope', 'k'));
t(() => crypto.createHash('sha256').update(1));
t(() => {
  const x = crypto.createHash('sha256');
  x.digest();
  x.update('a');
});
t(() => {
  const x = crypto.createHash('sha256');
  x.digest();
  x.digest();
});
t(() => crypto.createHmac('sha256', 5));
// Hash as a stream
const s = crypto.createHash('sha256');
s.on('readable', () => {
  const d = s.read();
  if (d) console.log('stream', d.toString('hex'));
});
s.write('abc');
s.end();
// After a stream end, digest() can still be read once (then it is finalized).
const fin = crypto.createHash('md5');
fin.on('data', () => {});
fin.on('finish', () => {
  console.log('after finish', fin.digest('hex'));
  t(() => fin.digest('hex'));
});
fin.end('payload');
