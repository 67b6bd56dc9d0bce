// The Web classes stream takes on first use (Blob, AbortController, AbortSignal.any): a Blob source,
// operators with and without a signal, a promise pipeline and addAbortSignal aborting.
const { Duplex, Readable, PassThrough, Writable, addAbortSignal } = require('stream');

(async () => {
  const fromBlob = Duplex.from(new Blob(['ab', 'c']));
  const chunks = [];
  for await (const c of fromBlob) chunks.push(Buffer.from(c).toString());
  console.log('blob', chunks.join(''));

  console.log('map', await Readable.from([1, 2, 3]).map((x) => x * 2).toArray());
  const ac = new AbortController();
  console.log('map signal', await Readable.from([1, 2]).map((x) => x + 1, { signal: ac.signal }).toArray());
  const early = new AbortController();
  early.abort();
  try {
    await Readable.from([1]).map((x) => x, { signal: early.signal }).toArray();
  } catch (err) {
    console.log('aborted map', err.name, err.code);
  }
  try {
    Readable.from([1]).map((x) => x, { signal: {} });
  } catch (err) {
    console.log('bad signal', err.code);
  }

  const pa = new AbortController();
  const piped = require('stream/promises').pipeline(
    new Readable({ read() {} }),
    new PassThrough(),
    new Writable({ write(_c, _e, cb) { cb(); } }),
    { signal: pa.signal },
  );
  pa.abort();
  await piped.catch((err) => console.log('pipeline', err.name, err.code));

  const sa = new AbortController();
  const r = addAbortSignal(sa.signal, new Readable({ read() {} }));
  r.on('error', (err) => console.log('addAbortSignal', err.name, err.code));
  sa.abort();
  try {
    addAbortSignal('nope', r);
  } catch (err) {
    console.log('addAbortSignal bad', err.code);
  }
})();
