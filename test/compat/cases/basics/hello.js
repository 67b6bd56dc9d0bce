console.log('hello', 1 + 1, { a: [1, 2, { b: 'c' }] }, [undefined, null], new Map([[1, 2]]));
console.error('to stderr');
process.exitCode = 4;
