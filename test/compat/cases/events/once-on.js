const { EventEmitter, once, on, getEventListeners, errorMonitor, setMaxListeners, listenerCount } = require('events');
(async () => {
  const ee = new EventEmitter();
  setTimeout(() => ee.emit('ready', 1, 2), 1);
  console.log('once', await once(ee, 'ready'));
  setTimeout(() => ee.emit('error', new Error('bad')), 1);
  try { await once(ee, 'never'); } catch (e) { console.log('once rejects on error', e.message); }
  const ac = new AbortController();
  const p = once(ee, 'x', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  console.log('listeners after abort', ee.listenerCount('x'), ee.listenerCount('error'));
  try { await once(ee, 'x', { signal: AbortSignal.abort() }); } catch (e) { console.log('pre-aborted', e.name); }
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  console.log('eventtarget once', ev.type);
  setTimeout(() => { ee.emit('data', 'a'); ee.emit('data', 'b'); ee.emit('end'); }, 1);
  const ac2 = new AbortController();
  const got = [];
  ee.once('end', () => ac2.abort());
  try {
    for await (const [v] of on(ee, 'data', { signal: ac2.signal })) got.push(v);
  } catch (e) { console.log('on aborted', e.name, got); }
  console.log('data listeners left', ee.listenerCount('data'));
  const f = () => {};
  ee.on('foo', f);
  console.log(getEventListeners(ee, 'foo').length === 1);
  ee.on(errorMonitor, (err) => console.log('monitor saw', err.message));
  ee.on('error', (err) => console.log('handler saw', err.message));
  ee.emit('error', new Error('E1'));
  const noHandler = new EventEmitter();
  noHandler.on(errorMonitor, (err) => console.log('monitor only', err.message));
  try { noHandler.emit('error', new Error('E2')); } catch (e) { console.log('still throws', e.message); }
  setMaxListeners(1, ee);
  console.log(ee.getMaxListeners(), EventEmitter.defaultMaxListeners, listenerCount(ee, 'foo'));
  console.log(typeof EventEmitter.captureRejectionSymbol, EventEmitter.captureRejections, typeof EventEmitter.EventEmitterAsyncResource);
})();
