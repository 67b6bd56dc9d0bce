// Inside a timer callback, an immediate always runs before a new 0 ms timer (check phase comes next).
const log = [];
setTimeout(() => {
  setTimeout(() => log.push('timeout'), 0);
  setImmediate(() => log.push('immediate'));
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('micro'));
}, 1);
setTimeout(() => console.log(log.join(' ')), 100);
