// nextTick before promise microtasks, timers(0) vs immediates from the main module is racy in Node,
// so only the deterministic parts are printed.
const log = [];
process.nextTick(() => log.push('tick1'));
Promise.resolve().then(() => log.push('micro1'));
queueMicrotask(() => log.push('micro2'));
process.nextTick(() => log.push('tick2'));
log.push('sync');
setTimeout(() => log.push('timeout'), 5);
process.on('exit', () => console.log(log.join(' ')));
