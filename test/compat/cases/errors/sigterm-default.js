console.log('sending SIGTERM to self');
process.on('exit', () => console.log('exit listeners do not run on a signal death'));
process.kill(process.pid, 'SIGTERM');
setTimeout(() => console.log('never'), 500);
