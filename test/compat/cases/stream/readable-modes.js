const { Readable, Writable } = require('stream');
(async () => {
  const r = Readable.from([1, 2, 3]);
  console.log(r.readableObjectMode, r.readableHighWaterMark);
  console.log(await r.toArray());
  const b = Readable.from(Buffer.from('buf'));
  console.log(await b.toArray());
  const s = Readable.from('a string', { objectMode: false });
  console.log((await s.toArray()).map(String));
  const m = Readable.from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2);
  console.log(await m.toArray());
  console.log(await Readable.from([1, 2, 3]).reduce((a, x) => a + x, 0));
  console.log(await Readable.from([5, 6]).some((x) => x > 5), await Readable.from([5, 6]).every((x) => x > 5), await Readable.from([5, 6]).find((x) => x > 5));
  console.log(await Readable.from([1, 2, 3, 4]).drop(1).take(2).toArray());
  console.log(await Readable.from([[1, 2], [3]]).flatMap((x) => x).toArray());
  const seen = []; await Readable.from(['p', 'q']).forEach((x) => seen.push(x)); console.log(seen);
  console.log(await Readable.from([1, 2]).asIndexedPairs?.().toArray?.().catch?.(() => 'n/a') ?? 'none');
  const hw = new Readable({ highWaterMark: 4, read() {} });
  console.log(hw.push('12'), hw.push('34'), hw.push('5'), hw.readableLength, hw.readableFlowing);
  const paused = new Readable({ read() {} });
  paused.push('x'); paused.push(null);
  paused.on('readable', function () { let c; while ((c = this.read()) !== null) console.log('read', String(c)); });
  paused.on('end', () => console.log('end', paused.readableEnded, paused.destroyed));
  await new Promise((res) => paused.on('close', res));
  console.log('closed', paused.closed);
  const enc = new Readable({ read() {} }); enc.setEncoding('hex'); enc.push('hi'); enc.push(null);
  for await (const c of enc) console.log('hex chunk', c);
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { setImmediate(cb); } });
  console.log(w.write('ab'), w.write('cd'), w.writableLength, w.writableNeedDrain);
  w.once('drain', () => console.log('drain'));
  w.end('e', () => console.log('end cb', w.writableFinished));
  try { Readable.from(5); } catch (e) { console.log(e.code, e.message); }
  const errR = new Readable({ read() { this.destroy(new Error('read err')); } });
  try { for await (const _ of errR) {} } catch (e) { console.log('iter err', e.message); }
  const early = Readable.from([1, 2, 3]);
  for await (const x of early) { console.log('first', x); break; }
  console.log('destroyed after break', early.destroyed);
})();
