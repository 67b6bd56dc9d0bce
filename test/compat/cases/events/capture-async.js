const { EventEmitter } = require('events');
const ee = new EventEmitter({ captureRejections: true });
ee.on('evt', async () => { throw new Error('async boom'); });
ee.on('error', (e) => console.log('captured', e.message));
ee.emit('evt');
const ee2 = new EventEmitter({ captureRejections: true });
ee2[Symbol.for('nodejs.rejection')] = (err, name, ...args) => console.log('custom rejection', err.message, name, args);
ee2.on('e2', async (x) => { throw new Error('r2'); });
ee2.emit('e2', 7);
try { new EventEmitter({ captureRejections: 'yes' }); } catch (e) { console.log(e.code, e.message); }
const ee4 = new EventEmitter({ captureRejections: true });
ee4.on('data', () => Promise.resolve('fine'));
ee4.on('error', () => console.log('never'));
console.log(ee4.emit('data'));
setImmediate(() => console.log('end'));
