// util.inspect reads state only V8's internal bindings can see: a promise's settled value and the
// entries an iterator has left, without running any guest code.
const util = require('util');
console.log(util.inspect(Promise.resolve(4)), util.inspect(new Promise(() => {})));
const rejected = Promise.reject(3); rejected.catch(() => {}); console.log(util.inspect(rejected));
console.log(util.inspect(new Map([[1, 2]]).entries()), util.inspect(new Set([5]).values()));
const it = new Map([[1, 2], [3, 4]]).keys(); it.next();
console.log(util.inspect(it));
