const zlib = require('zlib');
const text = 'hello hello hello hello zlib world '.repeat(50);
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.errno, e.message);
  }
};
for (const [c, d] of [
  ['gzipSync', 'gunzipSync'],
  ['deflateSync', 'inflateSync'],
  ['deflateRawSync', 'inflateRawSync'],
  ['brotliCompressSync', 'brotliDecompressSync'],
]) {
  const packed = zlib[c](text);
  console.log(c, packed.length, packed.toString('base64').slice(0, 60));
  console.log(d, zlib[d](packed).toString() === text);
}
console.log('unzip gzip', zlib.unzipSync(zlib.gzipSync('abc')).toString());
console.log('unzip deflate', zlib.unzipSync(zlib.deflateSync('abc')).toString());
console.log('level 1', zlib.deflateSync(text, { level: 1 }).toString('hex'));
console.log('level 9', zlib.deflateSync(text, { level: 9 }).toString('hex'));
console.log('brotli q', zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }).length);
const dict = Buffer.from('hello zlib world');
const withDict = zlib.deflateSync(text, { dictionary: dict });
console.log('dict', withDict.length, zlib.inflateSync(withDict, { dictionary: dict }).length);
console.log(zlib.gzipSync(new Uint8Array([1, 2, 3])).length, zlib.gzipSync(new Uint8Array([1, 2, 3]).buffer).length);
t(() => zlib.gunzipSync(Buffer.from('hello')));
t(() => zlib.inflateSync(Buffer.from('hello')));
t(() => zlib.inflateSync(withDict));
t(() => zlib.gunzipSync(zlib.gzipSync(Buffer.alloc(1000)), { maxOutputLength: 10 }));
t(() => zlib.brotliDecompressSync(Buffer.from('hellohello')));
t(() => zlib.gunzipSync(zlib.gzipSync(text).subarray(0, 20)));
t(() => zlib.gzipSync(42));
t(() => zlib.deflateSync('x', { level: 42 }));
t(() => zlib.deflateSync('x', { level: 'fast' }));
console.log(zlib.crc32('hello'), zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')), zlib.crc32(''));
console.log(zlib.constants.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED, zlib.constants.BROTLI_OPERATION_FINISH, zlib.BROTLI_OPERATION_FINISH);
console.log(Object.keys(zlib.constants).length, zlib.codes.Z_DATA_ERROR, zlib.codes['-3']);
const lines = [];
process.on('exit', () => console.log(lines.sort().join('\n')));
zlib.gzip(text, (err, out) => {
  zlib.gunzip(out, (err2, back) => lines.push(`cb gzip ${err} ${err2} ${back.toString() === text}`));
});
zlib.deflate(text, { level: 3 }, (err, out) => lines.push(`cb deflate ${err} ${out.length}`));
zlib.inflate(Buffer.from('nope'), (err) => lines.push(`cb inflate ${err.code} ${err.errno} ${err.message}`));
zlib.brotliCompress(text, (err, out) => lines.push(`cb brotli ${err} ${out.length}`));
const { promisify } = require('util');
promisify(zlib.deflateRaw)(text).then((b) => lines.push(`promisified ${b.length}`));
