// A timer's delay counts from the setTimeout call, not from the start of the turn that made it: a
// callback that is busy for 30 ms and then sets a 20 ms timer waits those 20 ms (Node reads libuv's
// clock in setTimeout), in the main module and in an immediate alike.
const t0 = Date.now();
while (Date.now() - t0 < 30) {}
const t1 = Date.now();
setTimeout(() => {
  // Date.now() and the timer clock are both whole milliseconds: allow one of rounding.
  console.log('main: waited the delay', Date.now() - t1 >= 19);
}, 20);
setImmediate(() => {
  const s0 = Date.now();
  while (Date.now() - s0 < 30) {}
  const s1 = Date.now();
  setTimeout(() => {
    console.log('immediate: waited the delay', Date.now() - s1 >= 19);
  }, 25);
});
