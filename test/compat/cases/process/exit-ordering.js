// beforeExit/exit ordering: listeners in registration order, exitCode changed in handlers, work
// scheduled in beforeExit keeps the loop alive once, timers in exit never run.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) {
    process.exitCode = 10 + rounds;
    setTimeout(() => console.log('timer from beforeExit', rounds), 1);
  }
});
process.on('exit', (code) => {
  console.log('exit 1', code, process.exitCode);
  process.exitCode = 3;
  setTimeout(() => console.log('never'), 0);
});
process.once('exit', (code) => console.log('exit 2', code, process.exitCode));
process.prependListener('exit', (code) => console.log('exit 0 (prepended)', code));
console.log('main');
