// Bomb: one repeat to just under the maximum string length, then a concat past it.
const s = 'ab'.repeat(2 ** 28 - 16);
const t = s + s + s;
console.log(t.length);
