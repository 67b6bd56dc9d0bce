const et = new EventTarget();
const seen = [];
const h = (e) => seen.push(`h:${e.type}`);
et.addEventListener('x', h);
et.addEventListener('x', h);
et.addEventListener('x', { handleEvent: (e) => seen.push(`obj:${e.type}`) });
et.addEventListener('x', () => seen.push('once'), { once: true });
console.log(et.dispatchEvent(new Event('x')));
et.dispatchEvent(new Event('x'));
et.removeEventListener('x', h);
et.dispatchEvent(new Event('x'));
console.log(seen.join(' '));
const ev = new Event('c', { cancelable: true });
et.addEventListener('c', (e) => e.preventDefault());
console.log(et.dispatchEvent(ev), ev.defaultPrevented, ev.cancelable, ev.type);
class Custom extends EventTarget {}
const c = new Custom();
c.addEventListener('ping', (e) => console.log('custom', e.type, e.target === c));
c.dispatchEvent(new Event('ping'));
