const order = [];
setTimeout(() => order.push('timeout'), 0);
setImmediate(() => order.push('immediate'));
process.nextTick(() => order.push('tick1'));
Promise.resolve().then(() => {
  order.push('micro1');
  process.nextTick(() => order.push('tick-from-micro'));
});
queueMicrotask(() => order.push('micro2'));
process.nextTick(() => order.push('tick2'));
require('fs').readFile(__filename, () => {
  setTimeout(() => order.push('io-timeout'), 0);
  setImmediate(() => order.push('io-immediate'));
});
process.on('exit', () => console.log(order.filter((x) => x !== 'timeout' && x !== 'immediate').join(' ')));
