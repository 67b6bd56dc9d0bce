process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('r1'));
const late = Promise.reject(new Error('handled in time'));
late.catch(() => console.log('caught late'));
setTimeout(() => console.log('still running'), 10);
