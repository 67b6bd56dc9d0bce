// An event handler attribute (onabort) takes its place among listeners when it is first set.
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log('listener added first'));
ac.signal.onabort = () => console.log('onabort set second');
ac.signal.addEventListener('abort', () => console.log('listener added third'));
ac.abort();
