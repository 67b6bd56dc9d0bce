// Work scheduled only from main's promise callbacks (after main returned) keeps the process alive:
// a timer, an immediate and a nextTick, each queued from a microtask, all run before 'exit'.
Promise.resolve()
  // 50 ms: an immediate runs in the first loop iteration; a timer only a few ms away could beat it
  // when node itself starts slowly (a loaded machine), which would make the case a race.
  .then(() => setTimeout(() => console.log('timer from microtask'), 50))
  .then(() => setImmediate(() => console.log('immediate from microtask')))
  .then(() => process.nextTick(() => console.log('tick from microtask')));
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
