const { performance, PerformanceObserver, PerformanceMark } = require('perf_hooks');
const t0 = performance.now();
console.log(typeof t0, t0 >= 0, t0 < 60000, performance.timeOrigin > 1.6e12, process.uptime() < 60);
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
const obs = new PerformanceObserver((list, observer) => {
  console.log('observed', list.getEntries().map((e) => `${e.entryType}:${e.name}`).join(','));
  console.log('by type', list.getEntriesByType('measure').length, list.getEntriesByName('a').length);
  observer.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
const a = performance.mark('a', { detail: { step: 1 } });
console.log(a instanceof PerformanceMark, a.name, a.entryType, a.duration, a.detail);
for (let i = 0; i < 1e5; i++);
performance.mark('b');
const m = performance.measure('a to b', 'a', 'b');
console.log(m.entryType, m.name, m.duration >= 0, m.startTime === a.startTime, m.detail);
const m2 = performance.measure('from origin');
console.log(m2.startTime, m2.duration > 0);
const m3 = performance.measure('opts', { start: 'a', duration: 5, detail: 'x' });
// (start + 5) - start in floating point is 5 only for some start times, in node too: round it.
console.log(Math.round(m3.duration * 1e6) / 1e6, m3.detail);
try { performance.measure('bad', 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(performance.getEntries().map((e) => e.name));
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMeasures();
console.log(performance.getEntriesByType('measure').length, typeof globalThis.performance.now);
const f = performance.timerify(function work(x) { return x * 2; });
console.log(f(21), f.name);
console.log(Object.keys(a.toJSON()));
