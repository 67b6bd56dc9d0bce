// CommonJS cycles: the second module sees the first's partial exports.
const a = require('./lib/a');
console.log('main:', a.done, a.bSawA);
