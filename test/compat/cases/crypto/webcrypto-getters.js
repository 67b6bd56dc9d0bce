// crypto's Web Crypto members are getters (the runtime loads that half on first use), as in Node.
const crypto = require('crypto');
for (const k of ['webcrypto', 'subtle', 'getRandomValues']) {
  const d = Object.getOwnPropertyDescriptor(crypto, k);
  console.log(k, typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
console.log(Object.keys(crypto).includes('webcrypto'), crypto.webcrypto === globalThis.crypto);
console.log(crypto.subtle === globalThis.crypto.subtle, crypto.getRandomValues(new Uint8Array(4)).length);
const { getRandomValues } = crypto;
console.log(typeof getRandomValues);
