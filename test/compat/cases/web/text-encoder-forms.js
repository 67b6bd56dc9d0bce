// TextEncoder output: a plain, exactly sized Uint8Array for ASCII, multi-byte, astral and lone-surrogate input.
const e = new TextEncoder(), d = new TextDecoder();
for (const s of ['', 'abc', 'héllo', '€', '😀x', '\ud800', 'a\udc00b', 'x'.repeat(70000) + 'é', '\ud83d']) {
  const b = e.encode(s);
  console.log(b.constructor.name, b.length, b.byteLength === b.buffer.byteLength, Buffer.from(b).toString('hex').slice(0, 40), d.decode(b) === s.replace(/[\ud800-\udfff]/g, (m, i) => m));
}
console.log(e.encode(123), e.encode(), e.encode(null), e.encodeInto('héllo', new Uint8Array(3)));
