// fs.promises readFile/writeFile/appendFile with an AbortSignal: an aborted one rejects with an
// AbortError (its reason as cause) before anything is touched; a live one changes nothing.
const fsp = require('fs/promises');
const fs = require('fs');
(async () => {
  const f = '/tmp/signal-case.txt';
  await fsp.writeFile(f, 'start', { signal: new AbortController().signal });
  const aborted = AbortSignal.abort(new Error('stop'));
  for (const [name, call] of [['readFile', () => fsp.readFile(f, { signal: aborted })], ['writeFile', () => fsp.writeFile(f, 'new', { signal: aborted })], ['appendFile', () => fsp.appendFile(f, 'more', { signal: aborted, encoding: 'utf8' })], ['readFile bad', () => fsp.readFile(f, { signal: 'x' })]]) {
    try { await call(); console.log(name, 'resolved'); } catch (e) { console.log(name, e.name, e.code, e.message, e.cause && e.cause.message); }
  }
  console.log(fs.readFileSync(f, 'utf8'), await fsp.readFile(f, { encoding: 'utf8', signal: new AbortController().signal }));
  const ac = new AbortController();
  const p = fsp.readFile(f, { signal: ac.signal, encoding: 'utf8' });
  console.log(await p);
  console.log(typeof PerformanceObserver, typeof PerformanceEntry, typeof PerformanceMark, typeof PerformanceMeasure, typeof PerformanceObserverEntryList, PerformanceObserver === require('perf_hooks').PerformanceObserver);
})();
