// An unref'd timer does not keep the process alive; the process exits once the ref'd one has fired.
const t = setTimeout(() => console.log('unref fired (should not)'), 100000);
t.unref();
console.log('hasRef', t.hasRef());
const iv = setInterval(() => console.log('interval (should not)'), 100000).unref();
console.log('interval hasRef', iv.hasRef());
setTimeout(() => console.log('ref fired'), 5);
process.on('exit', (c) => console.log('exit', c));
