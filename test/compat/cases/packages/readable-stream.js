// readable-stream (the npm package, not the builtin): pipeline, Transform, object mode, backpressure.
const { Readable, Transform, Writable, pipeline } = require('readable-stream');
const upper = new Transform({
  transform(chunk, enc, cb) {
    cb(null, chunk.toString().toUpperCase());
  },
});
const out = [];
const sink = new Writable({
  highWaterMark: 2,
  write(chunk, enc, cb) {
    out.push(chunk.toString());
    setImmediate(cb);
  },
});
pipeline(Readable.from(['a', 'b', 'c', 'dd']), upper, sink, (err) => {
  console.log('pipeline done', err ?? null, out.join('|'));
  const objs = Readable.from([{ n: 1 }, { n: 2 }], { objectMode: true });
  const seen = [];
  objs.on('data', (o) => seen.push(o.n));
  objs.on('end', () => console.log('objects', seen.join(',')));
});
