// A timer created in a promise callback, earlier than every timer the loop already had, fires on time.
const log = [];
setTimeout(() => log.push('A 300ms'), 300);
Promise.resolve().then(() =>
  setTimeout(() => {
    log.push('B 10ms (from a microtask)');
    setTimeout(() => log.push('C 10ms after B'), 10);
  }, 10),
);
process.on('exit', () => console.log(log.join('\n')));
