// Loading a module never runs queued callbacks early: nextTicks and promise reactions wait until the
// synchronous code around require() ends, wherever it runs (the main module, a microtask, a timer, a
// tick, an async function after an await), also for Module.prototype._compile called directly.
const log = (s) => console.log(s);
process.nextTick(() => log('main: tick'));
Promise.resolve().then(() => log('main: micro'));
require('./a.js');
log('main: after require a');
Promise.resolve().then(() => {
  Promise.resolve().then(() => log('micro: queued reaction'));
  require('./b.js');
  log('micro: after require b');
});
setTimeout(() => {
  process.nextTick(() => log('timer: tick'));
  Promise.resolve().then(() => log('timer: micro'));
  require('./c.js');
  log('timer: after require c');
  const Module = require('module');
  const m = new Module('/app/d.js');
  m._compile('console.log("d runs"); module.exports = 4;', `${__dirname}/d.js`);
  log(`timer: after _compile ${m.exports}`);
}, 1);
process.nextTick(() => {
  Promise.resolve().then(() => log('tick: micro'));
  require('./e.js');
  log('tick: after require e');
});
(async () => {
  await null;
  Promise.resolve().then(() => log('async: micro'));
  require('./f.js');
  log('async: after require f');
})();
