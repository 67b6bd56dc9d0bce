// raw-body (bytes, http-errors, iconv-lite, unpipe) over real streams: length and limit checks,
// decoding, and its http-errors shaped failures.
const getRawBody = require('raw-body');
const { Readable } = require('stream');
const from = (chunks) => Readable.from(chunks.map((c) => Buffer.from(c)));
(async () => {
  console.log(await getRawBody(from(['héllo ', 'world']), { encoding: 'utf8' }));
  const buf = await getRawBody(from(['abc']), { length: 3 });
  console.log(Buffer.isBuffer(buf), buf.length);
  for (const opts of [{ length: 5 }, { limit: 2 }, { limit: '1kb', length: 2048 }, { encoding: 'nope' }]) {
    try { await getRawBody(from(['abc']), opts); console.log('ok'); } catch (e) { console.log(e.status, e.statusCode, e.type, e.message, e.expected, e.received, e.limit); }
  }
  console.log(await getRawBody(from([Buffer.from([0xff, 0xfe, 0x41, 0x00]).toString('latin1')]), { encoding: 'latin1' }));
  getRawBody(from(['cb']), (err, b) => console.log('callback', err, b.toString()));
})();
