// Timers fire by deadline then creation order (deadlines far apart: a loaded machine must not reorder them); microtasks drain between timer callbacks (Node >= 11).
const log = [];
setTimeout(() => {
  log.push('a');
  Promise.resolve().then(() => log.push('a.micro'));
  process.nextTick(() => log.push('a.tick'));
}, 200);
setTimeout(() => log.push('b'), 200);
setTimeout(() => log.push('c'), 1);
setTimeout(() => log.push('z'), 300);
// Printed at exit, when every callback has run, so a slow machine cannot cut the log short.
process.on('exit', () => console.log(log.join(' ')));
