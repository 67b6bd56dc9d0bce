const { Readable, Writable, Transform, PassThrough, pipeline, finished, Duplex } = require('stream');
const sp = require('stream/promises');
const upper = () => new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const sink = (arr) => new Writable({ write(c, e, cb) { arr.push(String(c)); cb(); } });
const out1 = [];
pipeline(Readable.from(['a', 'b', 'c']), upper(), sink(out1), (err) => {
  console.log('pipeline cb', err, out1);
  const bad = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
  pipeline(Readable.from(['x']), bad, sink([]), (err2) => {
    console.log('pipeline error', err2.message);
    (async () => {
      const out2 = [];
      await sp.pipeline(Readable.from(['d', 'e']), upper(), sink(out2));
      console.log('promises.pipeline', out2);
      const out3 = [];
      await sp.pipeline(Readable.from([1, 2, 3]), async function* (src) { for await (const n of src) yield String(n * 10); }, sink(out3));
      console.log('generator stage', out3);
      const r = Readable.from(['z']);
      r.resume();
      await sp.finished(r);
      console.log('finished promise', r.readableEnded);
      const w = sink([]);
      finished(w, (err3) => console.log('finished cb', err3));
      w.end('q');
      const ac = new AbortController();
      const slow = new Readable({ read() {} });
      const p = sp.pipeline(slow, sink([]), { signal: ac.signal });
      ac.abort();
      try { await p; } catch (e) { console.log('aborted pipeline', e.name); }
      const chunks = [];
      for await (const c of Readable.from(['1', '2']).map((x) => x + '!')) chunks.push(c);
      console.log('map', chunks, await Readable.from([1, 2, 3, 4]).filter((x) => x % 2).toArray());
      console.log('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
      console.log(typeof Duplex.from, typeof require('stream').compose, typeof require('stream').addAbortSignal);
      console.log(require('stream').Stream === require('stream'), typeof require('stream').promises.pipeline);
      console.log(Readable.from(Buffer.from('buf')).readableObjectMode, Readable.from('str').readableObjectMode);
    })();
  });
});
