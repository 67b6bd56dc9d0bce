// Timers fire by deadline then creation order; microtasks drain between timer callbacks (Node >= 11).
const log = [];
setTimeout(() => {
  log.push('a');
  Promise.resolve().then(() => log.push('a.micro'));
  process.nextTick(() => log.push('a.tick'));
}, 20);
setTimeout(() => log.push('b'), 20);
setTimeout(() => log.push('c'), 10);
setTimeout(() => log.push('z'), 40);
setTimeout(() => console.log(log.join(' ')), 80);
