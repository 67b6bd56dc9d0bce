// process.exit() inside a promise callback ends the process with that code at once.
Promise.resolve().then(() => {
  console.log('in microtask');
  process.exit(5);
});
setTimeout(() => console.log('never'), 10);
