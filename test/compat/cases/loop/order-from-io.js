// Inside an I/O callback, immediates always run before timers (libuv check phase comes first).
const fs = require('fs');
const log = [];
fs.readFile(__filename, () => {
  setTimeout(() => log.push('timeout'), 0);
  setImmediate(() => log.push('immediate'));
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('micro'));
});
fs.stat(__filename, () => {
  log.push('stat');
});
setTimeout(() => console.log(log.filter((x) => x !== 'stat').join(' ')), 50);
