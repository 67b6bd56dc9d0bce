const { EventEmitter, captureRejectionSymbol } = require('events');
const ee = new EventEmitter({ captureRejections: true });
ee.on('work', async () => { throw new Error('async failure'); });
ee.on('error', (err) => console.log('captured to error:', err.message));
ee.emit('work');
const ee2 = new EventEmitter({ captureRejections: true });
ee2.on('job', async (n) => { throw new Error(`job ${n}`); });
ee2[captureRejectionSymbol] = (err, event, ...args) => console.log('custom handler', err.message, event, args);
ee2.emit('job', 7);
try { new EventEmitter({ captureRejections: 'yes' }); } catch (e) { console.log(e.code, e.message); }
class Sub extends EventEmitter {}
const s = new Sub();
s.on('newListener', (name) => console.log('newListener', name));
s.on('a', () => {});
s.prependListener('a', () => console.log('first'));
s.prependOnceListener('a', () => console.log('very first'));
s.emit('a');
s.emit('a');
console.log(s.rawListeners('a').length, s.eventNames());
const w = new EventEmitter();
w.setMaxListeners(1);
process.on('warning', (warn) => console.log(warn.name, warn.message));
w.on('x', () => {});
w.on('x', () => {});
