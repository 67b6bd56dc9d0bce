// require.cache: deleting an entry makes the next require re-run the module; identity otherwise.
const counter = require('./lib/counter');
console.log(counter.n, require('./lib/counter') === counter);
const key = require.resolve('./lib/counter');
console.log(key === Object.keys(require.cache).find((k) => k.endsWith('/lib/counter.js')));
delete require.cache[key];
const again = require('./lib/counter');
console.log(again.n, again === counter, globalThis.loads);
