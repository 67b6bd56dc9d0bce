setTimeout(() => console.log('never'), 1000);
setTimeout(() => {
  console.log('exiting');
  process.exit(3);
}, 5);
process.on('exit', (c) => {
  console.log('exit', c);
  setTimeout(() => console.log('no timers after exit'), 0);
});
