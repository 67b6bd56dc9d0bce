const zlib = require('zlib');
const input = Buffer.from('hello hello hello zlib '.repeat(50));
for (const [c, d] of [['gzipSync', 'gunzipSync'], ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'], ['brotliCompressSync', 'brotliDecompressSync']]) {
  const z = zlib[c](input); console.log(c, z.length < input.length, zlib[d](z).equals(input));
}
console.log(zlib.gunzipSync(zlib.gzipSync('x')).toString(), zlib.unzipSync(zlib.deflateSync('y')).toString(), zlib.unzipSync(zlib.gzipSync('z')).toString());
console.log(zlib.deflateSync(input, { level: 9 }).toString('base64').slice(0, 20), zlib.deflateSync(input, { level: 0 }).length, zlib.gzipSync('').length);
console.log(zlib.crc32 ? zlib.crc32('hello') : 'no crc32', zlib.constants.Z_BEST_COMPRESSION, zlib.constants.BROTLI_PARAM_QUALITY, typeof zlib.codes);
try { zlib.gunzipSync(Buffer.from('not gzip')); } catch (e) { console.log(e.code, e.errno, e.message); }
try { zlib.inflateSync(Buffer.from([0x78, 0x9c, 1, 2])); } catch (e) { console.log(e.code, e.errno, e.message); }
try { zlib.deflateSync('x', { level: 42 }); } catch (e) { console.log(e.code, e.message); }
try { zlib.deflateSync(5); } catch (e) { console.log(e.code, e.message); }
try { zlib.brotliDecompressSync(Buffer.from('bad brotli data')); } catch (e) { console.log(e.code, e.message); }
const truncated = zlib.gzipSync(input).subarray(0, 30);
try { zlib.gunzipSync(truncated); } catch (e) { console.log(e.code, e.message); }
// Chained, so the output order does not depend on which thread-pool job finishes first.
const { promisify } = require('util');
zlib.gzip(input, (err, z) => {
  zlib.gunzip(z, (err2, out) => {
    console.log('async', err, err2, out.equals(input));
    zlib.inflate(Buffer.from('garbage'), (err3) => {
      console.log('async err', err3.code, err3.errno);
      promisify(zlib.deflate)('promisified').then((d) => {
        console.log('promisify', zlib.inflateSync(d).toString());
        const gz = zlib.createGzip(); const gunz = zlib.createGunzip(); const chunks = [];
        gz.pipe(gunz).on('data', (c) => chunks.push(c)).on('end', () => console.log('stream', Buffer.concat(chunks).toString()));
        gz.write('part1 '); gz.flush(() => { gz.end('part2'); });
      });
    });
  });
});
