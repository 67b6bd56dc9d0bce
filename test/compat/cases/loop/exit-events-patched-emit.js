// A program that wraps process.emit sees 'beforeExit' and 'exit' go through it, with the exit code;
// a timer unref'd from the start neither keeps the process alive nor fires.
const orig = process.emit;
process.emit = function (event, ...args) {
  if (event === 'beforeExit' || event === 'exit') console.log('emit', event, args[0]);
  return orig.call(this, event, ...args);
};
setTimeout(() => console.log('never'), 10_000).unref();
process.exitCode = 2;
console.log('main done');
