// Microtasks queued by an 'exit' listener still run before the process ends (V8 drains them after
// each listener call); timers queued there never run.
process.on('exit', (code) => {
  console.log('exit', code);
  Promise.resolve().then(() => console.log('microtask from exit'));
  queueMicrotask(() => console.log('queueMicrotask from exit'));
  process.nextTick(() => console.log('nextTick from exit never runs'));
  setTimeout(() => console.log('timer never runs'), 0);
});
process.on('exit', () => console.log('second exit listener'));
console.log('main');
