// In a module with no async dependencies, ticks queued by the body run after its microtasks.
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
await null;
console.log('after await');
