const crypto = require('crypto');
const key16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const key32 = Buffer.alloc(32, 9);
const iv = Buffer.alloc(16, 1);
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
for (const [alg, key] of [
  ['aes-128-cbc', key16],
  ['aes-256-cbc', key32],
  ['aes-128-ctr', key16],
  ['aes-256-ctr', key32],
]) {
  const c = crypto.createCipheriv(alg, key, iv);
  const enc = c.update('The quick brown fox jumps over the lazy dog', 'utf8', 'hex') + c.final('hex');
  console.log(alg, enc);
  const d = crypto.createDecipheriv(alg, key, iv);
  console.log(d.update(enc, 'hex', 'utf8') + d.final('utf8'));
}
// base64 output through a decoder keeps partial groups across updates
const c64 = crypto.createCipheriv('aes-128-ctr', key16, iv);
console.log([c64.update('ab', 'utf8', 'base64'), c64.update('cdefg', 'utf8', 'base64'), c64.final('base64')]);
// GCM with AAD and tag
const nonce = Buffer.alloc(12, 3);
const g = crypto.createCipheriv('aes-256-gcm', key32, nonce);
g.setAAD(Buffer.from('header'));
const ct = Buffer.concat([g.update('secret message'), g.final()]);
const tag = g.getAuthTag();
console.log('gcm', ct.toString('hex'), tag.toString('hex'));
const gd = crypto.createDecipheriv('aes-256-gcm', key32, nonce);
gd.setAAD(Buffer.from('header'));
gd.setAuthTag(tag);
console.log(Buffer.concat([gd.update(ct), gd.final()]).toString());
t(() => {
  const bad = crypto.createDecipheriv('aes-256-gcm', key32, nonce);
  bad.setAAD(Buffer.from('HEADER'));
  bad.setAuthTag(tag);
  bad.update(ct);
  return bad.final();
});
const short = crypto.createCipheriv('aes-128-gcm', key16, nonce, { authTagLength: 8 });
short.update('x');
short.final();
console.log('short tag', short.getAuthTag().length);
// no padding
const np = crypto.createCipheriv('aes-128-cbc', key16, iv);
np.setAutoPadding(false);
console.log(np.update(Buffer.alloc(32)).toString('hex') + np.final('hex'));
t(() => {
  const p = crypto.createCipheriv('aes-128-cbc', key16, iv).setAutoPadding(false);
  p.update(Buffer.alloc(5));
  return p.final();
});
// ecb without iv
const ecb = crypto.createCipheriv('aes-128-ecb', key16, null);
console.log('ecb', ecb.update('0123456789abcdef').toString('hex') + ecb.final('hex'));
t(() => crypto.createCipheriv('nope', key16, iv));
t(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv));
t(() => crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(15)));
t(() => {
  const d = crypto.createDecipheriv('aes-128-cbc', key16, iv);
  d.update(Buffer.alloc(16));
  return d.final();
});
t(() => {
  const d = crypto.createDecipheriv('aes-128-cbc', key16, iv);
  d.update(Buffer.alloc(15));
  return d.final();
});
t(() => {
  const d = crypto.createCipheriv('aes-128-cbc', key16, iv);
  d.final();
  return d.update('x');
});
// chacha20-poly1305
const cc = crypto.createCipheriv('chacha20-poly1305', key32, nonce, { authTagLength: 16 });
const cct = Buffer.concat([cc.update('chacha'), cc.final()]);
console.log('chacha', cct.toString('hex'), cc.getAuthTag().toString('hex'));
// as a stream
const s = crypto.createCipheriv('aes-128-cbc', key16, iv);
const parts = [];
s.on('data', (d) => parts.push(d));
s.on('end', () => console.log('stream', Buffer.concat(parts).toString('hex')));
s.write('streamed ');
s.end('text');
t(() => {
  const x = crypto.createCipheriv('aes-128-cbc', key16, iv);
  x.final();
  x.final();
});
t(() => {
  const x = crypto.createCipheriv('aes-128-cbc', key16, iv);
  x.final();
  x.setAutoPadding(false);
});
t(() => crypto.createCipheriv('aes-128-gcm', key16, nonce).getAuthTag());
t(() => typeof crypto.createDecipheriv('aes-128-gcm', key16, nonce).getAuthTag);
t(() => typeof crypto.createCipheriv('aes-128-gcm', key16, nonce).setAuthTag);
t(() => crypto.createCipheriv('aes-128-cbc', key16, iv).setAAD(Buffer.alloc(16)));
