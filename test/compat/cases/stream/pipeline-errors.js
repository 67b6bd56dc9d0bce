const { pipeline, finished, Readable, Writable, Transform, PassThrough } = require('stream');
const sp = require('stream/promises');
const fail = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
pipeline(Readable.from(['a', 'b']), fail, new PassThrough(), (err) => {
  console.log('pipeline cb', err && err.message, fail.destroyed);
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(src, dst, (err2) => console.log('premature', err2 && err2.code, err2 && err2.message));
  src.destroy();
});
(async () => {
  await sp.pipeline(Readable.from(['x', 'y']), async function* (source) { for await (const c of source) yield c.toUpperCase(); }, new Writable({ objectMode: true, write(c, e, cb) { console.log('sink', c); cb(); } }));
  try {
    await sp.pipeline(Readable.from([1]), async function* (s) { for await (const _ of s) throw new Error('gen threw'); }, new PassThrough({ objectMode: true }));
  } catch (e) { console.log('sp rejected', e.message); }
  const r = Readable.from(['z']);
  r.resume();
  await sp.finished(r);
  console.log('finished resolved', r.readableEnded);
  const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
  finished(w, (err) => console.log('finished cb', err.message));
  w.on('error', (e) => console.log('error event', e.message));
  w.write('q');
  const ac = new AbortController();
  const slow = new Readable({ read() {} });
  const p = sp.pipeline(slow, new PassThrough(), { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log('aborted', e.name, e.code); }
  try { pipeline(); } catch (e) { console.log(e.code, e.message); }
  try { pipeline(Readable.from([]), new PassThrough()); } catch (e) { console.log(e.code, e.message); }
})();
