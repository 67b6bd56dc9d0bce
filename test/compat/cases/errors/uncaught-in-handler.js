process.on('uncaughtException', () => {
  console.log('handler runs');
  throw new Error('handler throws');
});
process.on('exit', (c) => console.log('exit', c));
throw new Error('first');
