const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy } = require('stream/web');
console.log(ReadableStream === globalThis.ReadableStream, typeof TextEncoderStream, typeof CompressionStream);
(async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue('b');
      c.enqueue('c');
      c.close();
    },
  });
  const upper = new TransformStream({
    transform(chunk, c) {
      c.enqueue(chunk.toUpperCase());
    },
  });
  const seen = [];
  await rs.pipeThrough(upper).pipeTo(
    new WritableStream({
      write(chunk) {
        seen.push(chunk);
      },
    }),
  );
  console.log('piped', seen);
  const chunks = [];
  for await (const chunk of new ReadableStream({
    pull(c) {
      c.enqueue(chunks.length);
      if (chunks.length >= 3) c.close();
    },
  })) {
    chunks.push(chunk);
  }
  console.log('async iter', chunks);
  const r2 = new ReadableStream({ start: (c) => { c.enqueue(1); c.close(); } }).getReader();
  console.log(await r2.read(), await r2.read());
  const [t1, t2] = new ReadableStream({ start: (c) => { c.enqueue('x'); c.close(); } }).tee();
  console.log((await t1.getReader().read()).value, (await t2.getReader().read()).value);
  const enc = new TextEncoderStream();
  const dec = new TextDecoderStream();
  const out = [];
  await new ReadableStream({ start: (c) => { c.enqueue('héllo '); c.enqueue('wörld'); c.close(); } })
    .pipeThrough(enc)
    .pipeThrough(dec)
    .pipeTo(new WritableStream({ write: (s) => out.push(s) }));
  console.log('text streams', out.join(''));
  const data = new TextEncoder().encode('compress me '.repeat(100));
  const packed = [];
  await new ReadableStream({ start: (c) => { c.enqueue(data); c.close(); } })
    .pipeThrough(new CompressionStream('gzip'))
    .pipeTo(new WritableStream({ write: (b) => packed.push(b) }));
  const gz = Buffer.concat(packed);
  console.log('gzip', require('zlib').gunzipSync(gz).toString() === 'compress me '.repeat(100));
  const unpacked = [];
  await new ReadableStream({ start: (c) => { c.enqueue(gz); c.close(); } })
    .pipeThrough(new DecompressionStream('gzip'))
    .pipeTo(new WritableStream({ write: (b) => unpacked.push(b) }));
  console.log('gunzip', Buffer.concat(unpacked).toString().length);
  const raw = [];
  await new ReadableStream({
    start: (c) => {
      c.enqueue(new TextEncoder().encode('raw deflate'));
      c.close();
    },
  })
    .pipeThrough(new CompressionStream('deflate-raw'))
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .pipeTo(new WritableStream({ write: (b) => raw.push(b) }));
  console.log('deflate-raw', Buffer.concat(raw).toString());
  console.log(Object.keys(require('stream/web')).join(','));
  try {
    new CompressionStream('zip');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  const ws = new WritableStream({}, new CountQueuingStrategy({ highWaterMark: 2 }));
  console.log('desiredSize', ws.getWriter().desiredSize);
  const errored = new ReadableStream({ start: (c) => c.error(new Error('boom')) });
  try {
    await errored.getReader().read();
  } catch (e) {
    console.log('errored', e.message);
  }
  const blob = new Blob(['ab', new Uint8Array([99, 100])]);
  const fromBlob = [];
  for await (const b of blob.stream()) fromBlob.push(...b);
  console.log('blob stream', fromBlob);
})();
