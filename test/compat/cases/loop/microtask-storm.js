// Long promise chains and many ticks all finish before the next macrotask.
let n = 0;
let p = Promise.resolve();
for (let i = 0; i < 10000; i++) p = p.then(() => n++);
for (let i = 0; i < 1000; i++) process.nextTick(() => n++);
setImmediate(() => console.log('immediate sees', n));
p.then(() => console.log('chain done', n));
