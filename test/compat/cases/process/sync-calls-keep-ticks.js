// A synchronous builtin must not run queued callbacks: nextTicks and promise reactions wait until
// the current script finishes, whatever it calls in between.
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
console.log('before');
process.memoryUsage();
console.log('after memoryUsage');
process.resourceUsage();
console.log('after resourceUsage');
