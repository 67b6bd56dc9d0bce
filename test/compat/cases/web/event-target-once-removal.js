// A listener that removes another during a dispatch, followed by `once` listeners (regression: the
// EventTarget polyfill spliced its list by a stale index and threw reading `flags`).
const et = new EventTarget();
const log = [];
const b = () => log.push('b');
et.addEventListener('x', () => { log.push('a'); et.removeEventListener('x', b); });
et.addEventListener('x', b);
et.addEventListener('x', () => log.push('c'), { once: true });
et.addEventListener('x', { handleEvent(e) { log.push(`d:${e.type}:${this === et}`); } }, { once: true });
et.addEventListener('x', function () { log.push(`e:${this === et}`); }, { once: true });
et.dispatchEvent(new Event('x'));
et.dispatchEvent(new Event('x'));
console.log(log.join(' '));
// once + the same listener added again without once is a duplicate; removing it before it fires works.
const f = () => log.push('f');
et.addEventListener('y', f, { once: true });
et.addEventListener('y', f);
et.removeEventListener('y', f);
et.dispatchEvent(new Event('y'));
const g = () => console.log('g once');
et.addEventListener('z', g, { once: true });
et.dispatchEvent(new Event('z'));
et.addEventListener('z', g, { once: true });
et.dispatchEvent(new Event('z'));
// stopImmediatePropagation inside a once listener still removes it.
et.addEventListener('w', (e) => { console.log('w1'); e.stopImmediatePropagation(); }, { once: true });
et.addEventListener('w', () => console.log('w2'));
et.dispatchEvent(new Event('w'));
et.dispatchEvent(new Event('w'));
const ac = new AbortController();
et.addEventListener('v', () => console.log('v never'), { signal: ac.signal, once: true });
ac.abort();
et.dispatchEvent(new Event('v'));
console.log(log.length);
