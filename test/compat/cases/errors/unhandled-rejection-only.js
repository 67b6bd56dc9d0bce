// A program whose only work is a rejection nobody handles: Node prints it and exits 1, never 0.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('nobody handles this'));
console.log('main done');
