const crypto = require('crypto');
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
console.log(crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 32).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 16, { N: 1024, r: 8, p: 2 }).toString('hex'));
console.log(Buffer.from(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 42)).toString('hex'));
t(() => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha256'));
t(() => crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'));
t(() => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha256'));
t(() => crypto.scryptSync('a', 'b', 10, { N: 3 }));
t(() => crypto.scryptSync('a', 'b', 10, { N: 2 ** 20 }));
t(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
t(() => crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
t(() => crypto.randomBytes(-1));
t(() => crypto.randomInt(5, 5));
t(() => crypto.randomInt(1.5));
console.log(crypto.randomBytes(100000).length, crypto.randomBytes(0).length);
const r = crypto.randomInt(10);
console.log(r >= 0 && r < 10);
const r2 = crypto.randomInt(-5, -2);
console.log(r2 >= -5 && r2 < -2);
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
const buf = Buffer.alloc(8);
crypto.randomFillSync(buf, 4);
console.log(buf.subarray(0, 4).toString('hex'));
t(() => crypto.randomFillSync(Buffer.alloc(4), 5));
const u32 = new Uint32Array(4);
crypto.randomFillSync(u32, 1, 2);
console.log(u32[0], u32[3]);
const lines = [];
const log = (...a) => lines.push(a.map(String).join(' '));
process.on('exit', () => log(lines.sort().join('\n')));
crypto.pbkdf2('pw', 'salt', 10, 16, 'sha512', (err, key) => {
  log('async pbkdf2', err, key.toString('hex'));
});
crypto.scrypt('pw', 'salt', 16, (err, key) => log('async scrypt', err, key.toString('hex')));
t(() => crypto.scrypt('pw', 'salt', 16, { N: 3 }, () => {}));
t(() => crypto.scrypt('pw', 'salt', 16, { N: 2 ** 20 }, () => {}));
crypto.hkdf('sha1', 'k', '', '', 10, (err, ab) => log('async hkdf', err, ab instanceof ArrayBuffer, Buffer.from(ab).toString('hex')));
crypto.randomBytes(4, (err, b) => log('async random', err, b.length));
crypto.randomInt(3, (err, n) => log('async randomInt', err, n < 3));
crypto.randomFill(new Uint8Array(3), (err, b) => log('randomFill', err, b.length));
const util = require('util');
util.promisify(crypto.pbkdf2)('a', 'b', 1, 8, 'md5').then((k) => log('promisified', k.toString('hex')));
