// queueMicrotask: argument validation, ordering with promises, and a throwing callback reaching
// 'uncaughtException' while later microtasks still run.
try { queueMicrotask('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { queueMicrotask(); } catch (e) { console.log(e.code); }
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
queueMicrotask(() => console.log('m1'));
Promise.resolve().then(() => console.log('p1'));
queueMicrotask(() => { throw new Error('boom in microtask'); });
queueMicrotask(() => console.log('m2 after throw'));
process.nextTick(() => console.log('tick first'));
setTimeout(() => {
  queueMicrotask(() => { throw new TypeError('second'); });
  setTimeout(() => console.log('still alive', process.exitCode), 5);
}, 5);
