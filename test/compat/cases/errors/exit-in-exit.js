process.on('exit', (code) => {
  console.log('first exit listener', code);
  process.exit(9);
});
process.on('exit', () => console.log('second listener never runs'));
console.log('main');
process.exit(2);
