// node:stream/consumers and the legacy _stream_* / sys builtin names.
const consumers = require('stream/consumers');
const { Readable } = require('stream');
(async () => {
  const euro = Buffer.from('€');
  console.log(await consumers.text(Readable.from([euro.subarray(0, 1), euro.subarray(1), 'abc'])));
  console.log(await consumers.json(Readable.from(['{"a":', '[1,2]}'])));
  const buf = await consumers.buffer(Readable.from([Buffer.from([1, 2]), new Uint8Array([3])]));
  console.log(Buffer.isBuffer(buf), buf);
  const ab = await consumers.arrayBuffer(new Blob(['xyz']).stream());
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const blob = await consumers.blob(Readable.from(['blob ', 'text']));
  console.log(blob instanceof Blob, blob.size, await blob.text());
  async function* gen() { yield 'g1'; yield 'g2'; }
  console.log(await consumers.text(gen()));
  try { await consumers.json(Readable.from(['{bad'])); } catch (e) { console.log(e.name); }
  try { await consumers.text(Readable.from([{ obj: 1 }])); } catch (e) { console.log(e.name, e.code); }
  console.log(Object.keys(consumers).sort());
  console.log(require('_stream_readable') === Readable, require('_stream_transform') === require('stream').Transform, require('sys') === require('util'), require('node:sys') === require('util'));
})();
