// AbortSignal.timeout() does not keep the process alive (its timer is unref'd): the process exits first.
const t = AbortSignal.timeout(5000);
t.addEventListener('abort', () => console.log('should not fire: nothing else holds the loop'));
process.on('exit', (c) => console.log('exit', c, t.aborted));
