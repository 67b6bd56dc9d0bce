const log = [];
process.nextTick(() => {
  log.push('t1');
  process.nextTick(() => log.push('t1.t'));
  Promise.resolve().then(() => log.push('t1.p'));
});
Promise.resolve().then(() => {
  log.push('p1');
  process.nextTick(() => log.push('p1.t'));
  Promise.resolve().then(() => log.push('p1.p'));
});
process.nextTick(() => log.push('t2'));
Promise.resolve().then(() => log.push('p2'));
// Printed at exit, when every callback has run, so a slow machine cannot cut the log short.
process.on('exit', () => console.log(log.join(' ')));
