// Inside an I/O callback, immediates always run before timers (libuv check phase comes first).
const fs = require('fs');
const log = [];
const done = () => {
  if (log.length === 4) console.log(log.join(' '));
};
fs.readFile(__filename, () => {
  setTimeout(() => {
    log.push('timeout');
    done();
  }, 0);
  setImmediate(() => {
    log.push('immediate');
    done();
  });
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('micro'));
});
