// A beforeExit listener that schedules work from a promise callback keeps the process going.
let rounds = 0;
process.on('beforeExit', () => {
  console.log('beforeExit', rounds);
  if (rounds++ < 2) Promise.resolve().then(() => setTimeout(() => console.log('timer', rounds), 1));
});
process.on('exit', () => console.log('exit', rounds));
