// In a module with no async dependencies, ticks queued by the body run after its microtasks.
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
// A 0 ms timeout against an immediate is a race in Node too, so they are printed as a set.
const macro = [];
setTimeout(() => macro.push('timeout'), 0);
setImmediate(() => macro.push('immediate'));
process.on('exit', () => console.log(macro.sort().join(' ')));
await null;
console.log('after await');
