process.on('exit', (c) => console.log('exit', c));
console.log('main');
Promise.reject(new Error('nobody handles me'));
setTimeout(() => console.log('never'), 20);
