// Blob#stream() returns the same ReadableStream class as the global and node:stream/web.
const { ReadableStream: WebReadable } = require('stream/web');
const s = new Blob(['hello ', 'world']).stream();
console.log(s instanceof ReadableStream, s instanceof WebReadable, ReadableStream === WebReadable);
(async () => {
  const parts = [];
  for await (const c of s) parts.push(Buffer.from(c).toString());
  console.log(parts.join(''));
  const r = new Blob(['x']).stream().getReader();
  console.log(await r.read(), await r.read());
})();
