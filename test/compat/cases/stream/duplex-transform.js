const { Duplex, Transform, PassThrough, Writable, Readable, addAbortSignal } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) { this.push(chunk.toString().toUpperCase()); cb(); },
  flush(cb) { this.push('!'); cb(); },
});
let out = '';
t.on('data', (c) => { out += c; });
t.on('end', () => console.log('transform', out));
t.write('ab'); t.end('cd');
const obj = new Transform({ objectMode: true, transform(o, e, cb) { cb(null, { ...o, seen: true }); } });
obj.on('data', (o) => console.log('obj', o));
obj.end({ id: 1 });
const d = new Duplex({
  read() { this.push('from-read'); this.push(null); },
  write(c, e, cb) { console.log('duplex got', String(c)); cb(); },
});
d.on('data', (c) => console.log('duplex data', String(c)));
d.on('finish', () => console.log('duplex finish'));
d.on('end', () => console.log('duplex end'));
d.end('to-write');
const half = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
half.on('finish', () => console.log('half finish', half.writableEnded));
half.push(null); half.resume();
const pt = new PassThrough();
pt.end(Buffer.from('pass'));
pt.on('data', (c) => console.log('pt', c));
console.log(pt instanceof Transform, pt instanceof Duplex, pt instanceof Readable, pt instanceof Writable);
const fromPair = Duplex.from({ readable: Readable.from(['r1']), writable: new Writable({ write(c, e, cb) { console.log('pair wrote', String(c)); cb(); } }) });
fromPair.on('data', (c) => console.log('pair read', String(c)));
fromPair.end('w1');
const ac = new AbortController();
const sig = addAbortSignal(ac.signal, new Readable({ read() {} }));
sig.on('error', (e) => console.log('abort err', e.name, e.code));
ac.abort();
const err = new Transform({ transform(c, e, cb) { cb(null, c); } });
err.on('error', (e) => console.log('write after end', e.code, e.message));
err.end(); err.write('late');
const cb = new Writable({ write(c, e, cb2) { cb2(); cb2(); } });
cb.on('error', (e) => console.log('double cb', e.code));
cb.write('x');
const invalid = new Writable({ write(c, e, cb2) { cb2(); } });
try { invalid.write(5); } catch (e) { console.log(e.code, e.message); }
invalid.on('error', (e) => console.log('null chunk', e.code));
try { invalid.write(null); } catch (e) { console.log(e.code, e.message); }
