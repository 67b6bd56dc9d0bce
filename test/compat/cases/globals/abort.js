const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason);
signal.addEventListener('abort', (ev) => console.log('abort event', ev.type, ev.isTrusted === undefined ? 'n/a' : 'has isTrusted'));
ac.abort();
ac.abort();
console.log(signal.aborted, signal.reason.name, signal.reason.message);
const custom = new AbortController();
custom.abort('why');
console.log(custom.signal.reason);
const pre = AbortSignal.abort(new Error('pre'));
console.log(pre.aborted, pre.reason.message);
try {
  pre.throwIfAborted();
} catch (e) {
  console.log('thrown', e.message);
}
const t = AbortSignal.timeout(5);
t.addEventListener('abort', () => {
  console.log('timeout', t.reason.name, t.reason.message);
});
// AbortSignal.timeout's timer is unref'd: this ref'd timer keeps the process up until it has fired.
setTimeout(() => console.log('done'), 100);
