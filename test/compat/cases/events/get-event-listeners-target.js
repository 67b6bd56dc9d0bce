// events.getEventListeners on EventTargets and AbortSignals: duplicates, once, signal removal, onabort.
const { getEventListeners, EventEmitter } = require('events');
const et = new EventTarget();
const a = () => {}; const b = { handleEvent() {} };
et.addEventListener('x', a); et.addEventListener('x', a); et.addEventListener('x', a, { capture: true }); et.addEventListener('x', b, { once: true });
console.log(getEventListeners(et, 'x'), getEventListeners(et, 'y'));
et.dispatchEvent(new Event('x'));
console.log(getEventListeners(et, 'x').length);
et.removeEventListener('x', a);
console.log(getEventListeners(et, 'x').length);
const ac = new AbortController();
ac.signal.onabort = () => {};
console.log(getEventListeners(ac.signal, 'abort'));
const ac2 = new AbortController();
et.addEventListener('z', a, { signal: ac2.signal });
console.log(getEventListeners(et, 'z').length, getEventListeners(ac2.signal, 'abort').length);
ac2.abort();
console.log(getEventListeners(et, 'z').length);
const s = AbortSignal.any([ac.signal]);
console.log(getEventListeners(ac.signal, 'abort').length);
try { getEventListeners({}, 'x') } catch (e) { console.log(e.code, e.message) }
try { getEventListeners(et) } catch (e) { console.log(e.code, e.message) }
console.log(getEventListeners(et));
