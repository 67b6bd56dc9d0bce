// AbortSignal.any / timeout / abort: reasons, ordering, listeners once, throwIfAborted.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', (e) => console.log('any abort', e.type, any.reason, e.target === any));
b.abort('b-reason');
a.abort('a-reason');
console.log(any.aborted, any.reason, a.signal.reason, AbortSignal.any([]).aborted);
const pre = AbortSignal.any([AbortSignal.abort(1), AbortSignal.abort(2)]);
console.log(pre.aborted, pre.reason);
const nested = AbortSignal.any([AbortSignal.any([a.signal])]);
console.log(nested.aborted, nested.reason);
const t = AbortSignal.timeout(5);
t.onabort = (e) => console.log('timeout fired', t.reason.name, t.reason.message, t.reason.code, e.type);
const d = AbortSignal.abort();
console.log(d.reason.name, d.reason.message, d.reason.code, d.reason instanceof DOMException);
try { d.throwIfAborted(); } catch (e) { console.log('threw', e === d.reason); }
const u = AbortSignal.abort(undefined);
console.log(u.reason instanceof DOMException);
for (const bad of [() => AbortSignal.any('x'), () => AbortSignal.any([1]), () => AbortSignal.timeout(-1), () => AbortSignal.timeout('1'), () => new AbortSignal(), () => new AbortSignal(Symbol())]) {
  try { bad(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const keep = setTimeout(() => {}, 50);
console.log(String(any), Object.prototype.toString.call(new AbortController()));
