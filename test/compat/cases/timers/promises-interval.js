// timers/promises: the setInterval async iterator (values, break, abort), setTimeout with a signal,
// scheduler.wait, and the AbortError shape.
const tp = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  const ac = new AbortController();
  const it = tp.setInterval(2, 'x', { signal: ac.signal });
  console.log((await it.next()).value);
  ac.abort();
  try { await it.next(); } catch (e) { console.log(e.name, e.code, e.message); }
  try { await tp.setTimeout(1000, 'v', { signal: AbortSignal.abort('why') }); } catch (e) { console.log(e.name, e.code, e.cause); }
  const ac2 = new AbortController();
  const p = tp.setTimeout(1000, 'v', { signal: ac2.signal });
  setTimeout(() => ac2.abort(new Error('custom')), 2);
  try { await p; } catch (e) { console.log(e.name, e.code, e.cause && e.cause.message); }
  console.log(await tp.setImmediate('imm'), await tp.setTimeout(1, 'to'));
  console.log(typeof tp.scheduler.wait, await tp.scheduler.wait(1), await tp.scheduler.yield());
  try { await tp.setTimeout(1, 'v', { signal: 'no' }); } catch (e) { console.log(e.code, e.message); }
  try { await tp.setTimeout(1, 'v', { ref: 'no' }); } catch (e) { console.log(e.code, e.message); }
  const it2 = tp.setInterval(1, 'r');
  console.log(typeof it2[Symbol.asyncIterator], (await it2.next()).value, await it2.return());
})();
