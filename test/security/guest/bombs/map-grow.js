// Bomb: a Map grown to the heap limit (its rehash asks for one big table: V8's fatal OOM, which
// aborts a host unless isolated-vm's catastrophic-error handler quarantines the isolate).
const m = new Map();
for (let i = 0; ; i++) m.set(i, { i });
