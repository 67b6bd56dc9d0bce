// Work scheduled from promise callbacks keeps the loop alive: beforeExit fires only when truly idle.
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', () => console.log('exit'));
(async () => {
  await null;
  setTimeout(() => console.log('timer from a microtask'), 5);
})();
