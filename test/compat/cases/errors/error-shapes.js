const fs = require('fs');
try {
  fs.readFileSync('/no/such/file');
} catch (e) {
  console.log(e.message);
  console.log(e.code, e.errno, e.syscall, e.path, e instanceof Error);
  console.log(Object.keys(e).sort().join(','));
}
try {
  fs.readFileSync({});
} catch (e) {
  console.log(e.name, e.code);
  console.log(e.message);
}
class MyError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'MyError';
    this.extra = 1;
  }
}
const e = new MyError('custom');
console.log(e instanceof MyError, e instanceof Error, String(e), e.stack.split('\n')[0]);
const c = new Error('outer', { cause: new Error('inner') });
console.log(c.cause.message);
const agg = new AggregateError([new Error('x'), new Error('y')], 'many');
console.log(agg.name, agg.errors.length, agg.message);
console.log(typeof Error.captureStackTrace, Error.stackTraceLimit);
const o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack, o.stack.split('\n')[0]);
