// An uncaught exception handled by a listener does not change the exit code; exitCode set later does.
process.on('uncaughtException', (e) => console.log('handled', e.message));
setTimeout(() => {
  process.exitCode = 3;
}, 1);
process.on('exit', (c) => console.log('exit', c));
throw new Error('x');
