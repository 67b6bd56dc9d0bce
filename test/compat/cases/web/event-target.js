const et = new EventTarget();
const log = [];
const ac = new AbortController();
et.addEventListener('a', () => log.push('with-signal'), { signal: ac.signal });
et.addEventListener('a', { handleEvent: (e) => log.push(`handleEvent:${e.type}`) });
const dup = () => log.push('dup');
et.addEventListener('a', dup);
et.addEventListener('a', dup);
et.dispatchEvent(new Event('a'));
ac.abort();
et.removeEventListener('a', dup);
et.dispatchEvent(new Event('a'));
console.log(log);
const e = new Event('x', { bubbles: true, cancelable: false });
console.log(e.type, e.bubbles, e.cancelable, e.defaultPrevented, e.eventPhase, typeof e.timeStamp, e.isTrusted);
e.preventDefault();
console.log(e.defaultPrevented);
et.addEventListener('y', (ev) => {
  console.log('target', ev.target === et, ev.currentTarget === et, ev.eventPhase);
  ev.stopImmediatePropagation();
});
et.addEventListener('y', () => console.log('not reached'));
et.dispatchEvent(new Event('y'));
try {
  et.dispatchEvent('nope');
} catch (err) {
  console.log(err.name, err.code);
}
class Custom extends EventTarget {}
const c = new Custom();
c.addEventListener('z', function () {
  console.log('this is target', this === c);
});
c.dispatchEvent(new Event('z'));
console.log(Object.prototype.toString.call(new EventTarget()), Object.prototype.toString.call(new Event('q')));
process.on('uncaughtException', (err) => console.log('uncaught', err.message));
const thrower = new EventTarget();
thrower.addEventListener('boom', () => {
  throw new Error('from listener');
});
thrower.addEventListener('boom', () => console.log('second listener still runs'));
console.log('dispatch returned', thrower.dispatchEvent(new Event('boom')));
