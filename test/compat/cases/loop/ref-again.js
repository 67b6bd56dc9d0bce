const t = setTimeout(() => console.log('fired after ref()'), 100);
t.unref();
t.ref();
const im = setImmediate(() => console.log('unref immediate still runs when loop alive'));
im.unref();
console.log(im.hasRef(), t.hasRef());
