const fs = require('fs');
const zlib = require('zlib');
const crypto = require('crypto');
const { pipeline } = require('stream');
const src = '/tmp/zlib-src.txt';
fs.writeFileSync(src, 'line of text to compress\n'.repeat(5000));
pipeline(fs.createReadStream(src), zlib.createGzip({ level: 6 }), fs.createWriteStream('/tmp/out.gz'), (err) => {
  console.log('pipeline', err);
  const packed = fs.readFileSync('/tmp/out.gz');
  console.log('sizes', fs.statSync(src).size, packed.length < 2000);
  console.log('round trip', zlib.gunzipSync(packed).equals(fs.readFileSync(src)));
  const h = crypto.createHash('sha256');
  fs.createReadStream(src)
    .pipe(h)
    .on('finish', () => console.log('sha256', h.digest('hex')));
});
