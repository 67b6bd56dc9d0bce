// A top-level await that never settles: beforeExit and exit run, then exit code 13.
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (code) => console.log('exit listener', code));
console.log('waiting forever');
await new Promise(() => {});
