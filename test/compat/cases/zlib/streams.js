const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const text = 'stream me through zlib '.repeat(2000);
function collect(done) {
  const chunks = [];
  return new Writable({
    write(chunk, _enc, cb) {
      chunks.push(chunk);
      cb();
    },
    final(cb) {
      done(Buffer.concat(chunks));
      cb();
    },
  });
}
const steps = [];
const next = () => {
  const s = steps.shift();
  if (s) s();
};
for (const [make, unmake] of [
  ['createGzip', 'createGunzip'],
  ['createDeflate', 'createInflate'],
  ['createDeflateRaw', 'createInflateRaw'],
  ['createBrotliCompress', 'createBrotliDecompress'],
  ['createGzip', 'createUnzip'],
]) {
  steps.push(() => {
    const src = Readable.from([Buffer.from(text.slice(0, 10000)), Buffer.from(text.slice(10000))]);
    pipeline(
      src,
      zlib[make](),
      collect((packed) => {
        const oneShot = make === 'createBrotliCompress' ? null : make;
        console.log(make, packed.length > 0, packed.length < text.length);
        if (oneShot === 'createGzip') console.log('same as gzipSync', packed.equals(zlib.gzipSync(text)));
        pipeline(
          Readable.from([packed.subarray(0, 7), packed.subarray(7)]),
          zlib[unmake](),
          collect((back) => {
            console.log(unmake, back.toString() === text);
            next();
          }),
          (err) => err && console.log('error', err),
        );
      }),
      (err) => err && console.log('error', err),
    );
  });
}
steps.push(() => {
  const g = zlib.createGunzip();
  g.on('error', (e) => {
    console.log('stream error', e.code, e.errno, e.message);
    next();
  });
  g.on('data', () => {});
  g.end(Buffer.from('this is not gzip data'));
});
steps.push(() => {
  // flush() emits what is compressed so far without ending the stream
  const d = zlib.createDeflate();
  const parts = [];
  d.on('data', (c) => parts.push(c));
  d.write('first part ');
  d.flush(() => {
    const sofar = Buffer.concat(parts);
    console.log('flushed', sofar.length > 0, zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    d.end('second part', () => {});
    d.on('end', () => {
      console.log('after end', zlib.inflateSync(Buffer.concat(parts)).toString());
      next();
    });
  });
});
steps.push(() => {
  const gz = zlib.createGzip();
  gz.on('data', () => {});
  gz.on('end', () => {
    console.log('bytesWritten', gz.bytesWritten);
    next();
  });
  gz.write('abc');
  gz.end('defg');
});
steps.push(() => {
  const big = Buffer.alloc(200000, 'a');
  const out = [];
  const gz = zlib.createGzip({ chunkSize: 1024 });
  gz.on('data', (c) => out.push(c.length));
  gz.on('end', () => {
    console.log('chunk sizes <= 1024', out.every((n) => n <= 1024));
    next();
  });
  gz.end(big);
});
next();
