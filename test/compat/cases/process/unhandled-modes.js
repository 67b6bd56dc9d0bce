process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled', reason instanceof Error ? reason.message : reason, p instanceof Promise);
});
Promise.reject(new Error('first'));
setTimeout(() => { Promise.reject('second as string'); }, 5);
setTimeout(() => console.log('alive after', process.exitCode), 30);
