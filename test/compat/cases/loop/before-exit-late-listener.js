// A 'beforeExit' listener added from a timer (after main) still runs once the loop is empty, and
// one added from inside 'beforeExit' runs on the next round only if work was scheduled.
setTimeout(() => {
  process.once('beforeExit', (code) => {
    console.log('beforeExit', code);
    process.once('beforeExit', () => console.log('second round'));
    setImmediate(() => console.log('immediate from beforeExit'));
  });
}, 1);
process.on('exit', (code) => console.log('exit', code));
