process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
  setTimeout(() => console.log('loop continues'), 1);
});
setTimeout(() => {
  throw new TypeError('from timer');
}, 1);
throw new Error('from main');
