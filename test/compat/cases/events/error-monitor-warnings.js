const { EventEmitter, errorMonitor, captureRejectionSymbol } = require('events');
const ee = new EventEmitter();
ee.on(errorMonitor, (e) => console.log('monitor', e.message));
try { ee.emit('error', new Error('unhandled')); } catch (e) { console.log('thrown', e.message); }
try { ee.emit('error', 'a string'); } catch (e) { console.log(e.code, e.message); }
try { ee.emit('error', { message: 'obj' }); } catch (e) { console.log(e.code, e.message); }
try { ee.emit('error'); } catch (e) { console.log(e.code, e.message); }
process.on('warning', (w) => console.log('warning:', w.name, w.message, w.emitter === ee2, w.type, w.count));
const ee2 = new EventEmitter();
for (let i = 0; i < 11; i++) ee2.on('evt', () => {});
ee2.setMaxListeners(1);
ee2.on('other', () => {}); ee2.on('other', () => {});
console.log(ee2.getMaxListeners(), EventEmitter.defaultMaxListeners);
try { ee2.setMaxListeners(-1); } catch (e) { console.log(e.code, e.message); }
try { ee2.on('x', 'notfn'); } catch (e) { console.log(e.code, e.message); }
const order = [];
ee.prependListener('p', () => order.push('second-added-first'));
ee.on('p', () => order.push('on'));
ee.prependOnceListener('p', () => order.push('prepended-once'));
ee.emit('p'); ee.emit('p');
console.log(order);
console.log(ee.eventNames(), ee.rawListeners('p').length, ee.listeners('p').length);
ee.on('newListener', (n) => console.log('newListener', String(n)));
ee.on('removeListener', (n) => console.log('removeListener', String(n)));
const f = () => {}; ee.on('q', f); ee.off('q', f);
ee.once('r', f); ee.removeAllListeners('r');
console.log(EventEmitter.listenerCount(ee, 'p'), typeof captureRejectionSymbol);
class Sub extends EventEmitter {} const s = new Sub();
console.log(s instanceof EventEmitter, Object.keys(s).sort(), s.emit('none'));
setImmediate(() => console.log('done'));
