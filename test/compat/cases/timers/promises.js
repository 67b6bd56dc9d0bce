const tp = require('timers/promises');
const { setTimeout: st, setImmediate: si, setInterval: sInt, scheduler } = tp;
(async () => {
  console.log(await st(5, 'timeout value'));
  console.log(await si('immediate value'));
  let n = 0;
  for await (const v of sInt(2, 'tick')) { console.log(v, ++n); if (n === 3) break; }
  const ac = new AbortController();
  const p = st(10000, null, { signal: ac.signal });
  ac.abort('why');
  try { await p; } catch (e) { console.log(e.name, e.code, e.message, e.cause); }
  try { await st(1, null, { signal: AbortSignal.abort() }); } catch (e) { console.log('pre', e.code); }
  await scheduler.wait(2);
  await scheduler.yield();
  console.log('scheduler ok', require('timers').promises === tp);
  const t = setTimeout(() => {}, 1000);
  console.log(typeof t.ref, typeof t.unref, typeof t.hasRef, t.hasRef(), t.unref().hasRef(), typeof t[Symbol.toPrimitive]);
  clearTimeout(t);
  const im = setImmediate(() => console.log('never'));
  clearImmediate(im);
  const { setTimeout: cbTimeout } = require('timers');
  cbTimeout((a, b) => console.log('timers.setTimeout args', a, b), 1, 'A', 'B');
  try { await st(1, null, { signal: 'nope' }); } catch (e) { console.log(e.code); }
  try { await st(1, null, 'nope'); } catch (e) { console.log(e.code); }
})();
