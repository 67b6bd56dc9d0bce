const { EventEmitter, on, once } = require('events');
(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => { ee.emit('foo', 'a', 1); ee.emit('foo', 'b', 2); ee.emit('error', new Error('boom')); });
  try { for await (const args of on(ee, 'foo')) console.log('got', args); } catch (e) { console.log('iterator threw', e.message); }
  console.log('listeners after', ee.listenerCount('foo'), ee.listenerCount('error'));
  const ee2 = new EventEmitter();
  const it = on(ee2, 'x');
  ee2.emit('x', 1); ee2.emit('x', 2);
  console.log(await it.next(), await it.next());
  console.log(await it.return(), await it.next());
  const ee3 = new EventEmitter();
  const p = once(ee3, 'error');
  ee3.emit('error', new Error('as value'));
  console.log('once(error) resolves', (await p)[0].message);
  const et = new EventTarget();
  const p2 = once(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  console.log((await p2)[0] instanceof Event);
  try { await once(ee3, 'x', { signal: 'bad' }); } catch (e) { console.log(e.code, e.message); }
  try { on(ee3, 'x', { signal: {} }); } catch (e) { console.log(e.code, e.message); }
  const ac = new AbortController();
  const it2 = on(ee3, 'y', { signal: ac.signal });
  setTimeout(() => ac.abort(), 1);
  try { for await (const _ of it2) {} } catch (e) { console.log(e.name, e.message, e.code); }
  const { EventEmitterAsyncResource } = require('events');
  console.log(typeof EventEmitterAsyncResource);
})();
