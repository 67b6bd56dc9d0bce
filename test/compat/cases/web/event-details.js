// Event details: phases and constants, cancelable/defaultPrevented/returnValue, composedPath,
// cancelBubble, timeStamp, CustomEvent detail, and argument checks.
const e = new Event('foo', { cancelable: true, bubbles: true });
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.isTrusted, e.eventPhase, e.defaultPrevented, e.returnValue, e.cancelBubble);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, e.AT_TARGET, typeof e.timeStamp, e.timeStamp >= 0);
console.log(e.target, e.currentTarget, e.srcElement, e.composedPath());
const t = new EventTarget();
t.addEventListener('foo', (ev) => {
  console.log('phase', ev.eventPhase, ev.target === t, ev.currentTarget === t, ev.composedPath().length, ev.composedPath()[0] === t);
  ev.preventDefault();
  console.log('prevented', ev.defaultPrevented, ev.returnValue);
});
console.log('dispatch', t.dispatchEvent(e), e.eventPhase, e.currentTarget, e.composedPath().length);
const nc = new Event('bar');
t.addEventListener('bar', (ev) => { ev.preventDefault(); console.log('nc prevented?', ev.defaultPrevented); ev.cancelBubble = true; console.log('cancelBubble', ev.cancelBubble); });
console.log(t.dispatchEvent(nc));
try { t.dispatchEvent(e); console.log('redispatch ok'); } catch (err) { console.log(err.name, err.message); }
const ce = new CustomEvent('c', { detail: { x: 1 } });
console.log(ce.detail, ce instanceof Event, new CustomEvent('c').detail);
try { new Event(); } catch (err) { console.log(err.name, err.code, err.message); }
try { t.dispatchEvent({ type: 'foo' }); } catch (err) { console.log(err.name, err.code); }
console.log(String(e), typeof Event.prototype.initEvent, 'AT_TARGET' in e, Event.AT_TARGET);
const order = [];
t.addEventListener('o', () => order.push('cap'), { capture: true });
t.addEventListener('o', () => order.push('bub'));
t.addEventListener('o', () => order.push('cap-dup'), true);
t.dispatchEvent(new Event('o'));
console.log(order.join(','));
