const { Readable, Writable, PassThrough } = require('stream');
const events = [];
const r = new Readable({ read() {} , highWaterMark: 4 });
r.on('data', (d) => events.push(`data:${d}`));
r.on('end', () => { events.push('end'); console.log(events.join(' ')); next(); });
r.on('close', () => events.push('close'));
console.log(r.push('ab'), r.push('cdef'), r.readableLength, r.readableFlowing);
r.push(null);
function next() {
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { setImmediate(cb); } });
  console.log(w.write('ab'), w.writableLength, w.write('cd'), w.writableNeedDrain, w.writableLength);
  w.on('drain', () => {
    console.log('drain', w.writableLength);
    w.end('z', () => console.log('end cb', w.writableFinished));
  });
  w.on('finish', () => console.log('finish'));
  w.on('close', () => { console.log('close'); third(); });
}
function third() {
  const p = new PassThrough({ objectMode: true });
  p.write({ a: 1 });
  p.end({ b: 2 });
  const got = [];
  p.on('data', (o) => got.push(o));
  p.on('end', () => console.log(got));
  const r2 = new Readable({ read() { this.destroy(new Error('boom')); } });
  r2.on('error', (e) => console.log('error', e.message, r2.destroyed)).on('close', () => console.log('closed', r2.errored && r2.errored.message));
  r2.resume();
}
