const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'sha224', 'SHA256', 'sha512-256', 'RSA-SHA256']) {
  try { console.log(alg, crypto.createHash(alg).update('abc').digest('hex')); } catch (e) { console.log(alg, e.code, e.message); }
}
const h = crypto.createHash('sha256'); h.update('a'); h.update(Buffer.from('b')); h.update(new Uint8Array([99])); h.update('ZA==', 'base64');
const c = h.copy(); console.log(h.digest('base64'), c.digest('base64url'));
try { h.update('x'); } catch (e) { console.log(e.code, e.message); }
try { h.digest(); } catch (e) { console.log(e.code, e.message); }
try { crypto.createHash('nope'); } catch (e) { console.log(e.message, e.code); }
try { crypto.createHash('sha256').update(5); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.createHash('sha256').update('é', 'latin1').digest('hex'), crypto.createHash('sha1').digest().length, crypto.createHash('md5').update('').digest('binary').length);
console.log(crypto.createHmac('sha256', 'key').update('data').digest('hex'), crypto.createHmac('sha1', Buffer.alloc(100, 1)).update('x').digest('base64'));
console.log(crypto.createHmac('sha512', '').update('').digest('hex').slice(0, 32));
try { crypto.createHmac('sha256'); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.hash ? crypto.hash('sha1', 'abc') : 'no crypto.hash', crypto.getHashes().includes('sha256'), crypto.getHashes().length > 10);
const uuid = crypto.randomUUID(); console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), uuid.length);
console.log(crypto.randomBytes(7).length, crypto.randomInt(5, 6), typeof crypto.randomInt(10), crypto.randomFillSync(Buffer.alloc(4)).length);
try { crypto.randomInt(5, 5); } catch (e) { console.log(e.code, e.message); }
try { crypto.randomBytes(-1); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(new Uint8Array([1]), new Uint8Array([2])));
try { crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')); } catch (e) { console.log(e.code, e.name, e.message); }
try { crypto.timingSafeEqual('a', 'a'); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.pbkdf2Sync('pw', 'salt', 1000, 16, 'sha256').toString('hex'), crypto.scryptSync('pw', 'salt', 16, { N: 1024 }).toString('hex'));
try { crypto.pbkdf2Sync('pw', 'salt', 0, 16, 'sha256'); } catch (e) { console.log(e.code, e.message); }
try { crypto.pbkdf2Sync('pw', 'salt', 1, 16, 'nope'); } catch (e) { console.log(e.code, e.message); }
// One after another: the order in which thread-pool work completes is not deterministic.
crypto.pbkdf2('pw', 'salt', 1, 8, 'sha1', (err, key) => {
  console.log('async pbkdf2', err, key.toString('hex'));
  crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc')).then((d) => {
    console.log('subtle', Buffer.from(d).toString('hex').slice(0, 16));
    return crypto.subtle.digest('SHA-999', new Uint8Array());
  }).catch((e) => console.log('subtle err', e.name, e.message));
});
console.log(crypto.webcrypto === globalThis.crypto, typeof crypto.webcrypto.getRandomValues, crypto.getRandomValues(new Uint8Array(2)).length);
