const et = new EventTarget();
const log = [];
et.addEventListener('ping', (e) => log.push(`a:${e.type}`));
et.addEventListener('ping', (e) => log.push(`b:${e.detail}`), { once: true });
et.dispatchEvent(new CustomEvent('ping', { detail: 42 }));
et.dispatchEvent(new Event('ping'));
console.log(log);
const ev = new Event('x', { cancelable: true });
et.addEventListener('x', (e) => e.preventDefault());
console.log(et.dispatchEvent(ev), ev.defaultPrevented);
console.log(new CustomEvent('c').detail, new CustomEvent('c', { detail: { a: 1 } }).detail);
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log('abort event', ac.signal.aborted));
ac.signal.onabort = () => console.log('onabort');
console.log(ac.signal.aborted, ac.signal.reason);
ac.abort();
console.log(ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason.code, ac.signal.reason instanceof DOMException);
try {
  ac.signal.throwIfAborted();
} catch (e) {
  console.log('thrown', e.name);
}
const ac2 = new AbortController();
ac2.abort('why');
console.log(ac2.signal.reason);
const pre = AbortSignal.abort(new Error('pre'));
console.log(pre.aborted, pre.reason.message);
const a1 = new AbortController();
const a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
any.addEventListener('abort', () => console.log('any aborted', any.reason));
a2.abort('second');
console.log(AbortSignal.any([AbortSignal.abort('x')]).reason);
try {
  AbortSignal.timeout('1');
} catch (e) {
  console.log(e.code);
}
const ts = AbortSignal.timeout(10);
ts.addEventListener('abort', () => console.log('timeout', ts.reason.name, ts.reason.message, ts.reason.code));
setTimeout(() => console.log('after timeout', ts.aborted), 50);
