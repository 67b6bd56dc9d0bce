console.log('before');
setTimeout(() => console.log('never runs'), 10);
process.on('exit', (code) => console.log('exit handler sees', code));
throw new Error('boom');
