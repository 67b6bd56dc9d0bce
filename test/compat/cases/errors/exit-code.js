process.exitCode = 42;
process.on('exit', (c) => {
  console.log('exit', c, process.exitCode);
});
setTimeout(() => {
  process.exitCode = 7;
}, 1);
