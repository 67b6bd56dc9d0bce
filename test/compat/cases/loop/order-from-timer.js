// Inside a timer callback, an immediate always runs before a new 0 ms timer (check phase comes next).
const log = [];
setTimeout(() => {
  setTimeout(() => log.push('timeout'), 0);
  setImmediate(() => log.push('immediate'));
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('micro'));
}, 1);
// Printed at exit, when every callback has run, so a slow machine cannot cut the log short.
process.on('exit', () => console.log(log.join(' ')));
