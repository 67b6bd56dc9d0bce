// import() of CommonJS and JSON from a CommonJS main; the same module instance as require().
const lib = require('./lib/lib.js');
import('./lib/lib.js').then((ns) => {
  console.log(ns.default === lib, ns.value, Object.keys(ns).sort().join(','));
});
