process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => { console.log('handler', err.message, origin); });
setTimeout(() => { throw new Error('from timer'); }, 1);
setTimeout(() => Promise.reject(new Error('rejected later')), 5);
setTimeout(() => console.log('still alive', process.listenerCount('uncaughtException')), 20);
process.on('exit', (c) => console.log('exit', c));
