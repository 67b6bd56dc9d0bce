// ref() undoes unref(); an unref'd immediate still runs while something else keeps the loop alive.
const log = [];
const t = setTimeout(() => log.push('fired after ref()'), 100);
t.unref();
t.ref();
const im = setImmediate(() => log.push('unref immediate still runs when loop alive'));
im.unref();
console.log(im.hasRef(), t.hasRef());
process.on('exit', () => console.log(log.sort().join('\n')));
