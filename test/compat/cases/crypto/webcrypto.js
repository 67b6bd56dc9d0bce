const { webcrypto } = require('node:crypto');
(async () => {
console.log(globalThis.crypto === webcrypto, typeof crypto.subtle.digest);
const data = new TextEncoder().encode('hello');
for (const alg of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
  const d = await crypto.subtle.digest(alg, data);
  console.log(alg, d instanceof ArrayBuffer, Buffer.from(d).toString('hex'));
}
console.log(Buffer.from(await crypto.subtle.digest({ name: 'sha-256' }, data.buffer)).toString('base64'));
const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('secret'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
console.log(key.type, key.algorithm.name, key.algorithm.hash.name, key.extractable, key.usages);
const mac = await crypto.subtle.sign('HMAC', key, data);
console.log(Buffer.from(mac).toString('hex'));
console.log(await crypto.subtle.verify('HMAC', key, mac, data), await crypto.subtle.verify('HMAC', key, mac, new Uint8Array(1)));
try {
  await crypto.subtle.digest('MD5', data);
} catch (e) {
  console.log(e.name, e.message);
}
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof DOMException);
  }
};
t(() => crypto.getRandomValues(new Float32Array(2)));
t(() => crypto.getRandomValues(new Uint8Array(65537)));
t(() => crypto.getRandomValues(new Uint16Array(4)).length);
t(() => typeof crypto.randomUUID());
})();
