const { setTimeout: sleep, setImmediate: immediate, setInterval: every } = require('timers/promises');
const timers = require('timers');
const order = [];
// Only the relative order of these two is deterministic: refresh() pushes the first one back.
const refreshOrder = [];
const t = setTimeout(() => refreshOrder.push('refreshed timer'), 20);
setTimeout(() => { t.refresh(); refreshOrder.push('refresh called'); }, 10);
console.log(typeof t.ref, typeof t.unref, t.hasRef(), t.unref().hasRef(), t.ref().hasRef(), typeof t[Symbol.toPrimitive]());
let runs = 0;
const i = setInterval(() => { if (++runs === 2) clearInterval(i); }, 5);
setImmediate((a, b) => order.push(`immediate ${a} ${b}`), 1, 2);
process.nextTick((x) => order.push(`tick ${x}`), 'arg');
Promise.resolve().then(() => order.push('micro'));
queueMicrotask(() => order.push('queueMicrotask'));
setTimeout((...args) => order.push(`timeout args ${args.join(',')}`), 0, 'a', 'b');
const cleared = setTimeout(() => order.push('never'), 1); clearTimeout(cleared);
const clearedImm = setImmediate(() => order.push('never imm')); clearImmediate(clearedImm);
clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearInterval('nope');
(async () => {
  console.log(await sleep(1, 'value'), await immediate('imm-value'));
  let n = 0;
  for await (const v of every(2, 'tick')) { if (++n === 3) break; }
  console.log('interval iterations', n);
  const ac = new AbortController();
  const p = sleep(1000, null, { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  try { await sleep(1, null, { signal: AbortSignal.abort('why') }); } catch (e) { console.log(e.name, e.cause); }
  try { await sleep(1, null, { ref: 'x' }); } catch (e) { console.log(e.code, e.message); }
  try { setTimeout('str'); } catch (e) { console.log(e.code, e.message); }
  await sleep(60);
  // A 0 ms timeout against an immediate from the main module is a race in Node too (it depends on
  // how long the main module took), so those two are compared as a set.
  console.log(order.slice(0, 3), order.slice(3).sort(), refreshOrder, runs);
  console.log(timers.setTimeout === setTimeout, typeof timers.promises.scheduler?.wait);
})();
