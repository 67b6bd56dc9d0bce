// Error.captureStackTrace, stackTraceLimit and prepareStackTrace call sites, for guest code: frames
// name the guest file with line:column, and constructorOpt hides the frames above it.
const fileOf = (s) => s.split('\n').slice(1).map((l) => l.trim()).filter((l) => l.includes('capture-stack-trace.js'));
function inner() { const o = {}; Error.captureStackTrace(o); return o.stack; }
function outer() { return inner(); }
console.log(fileOf(outer()).slice(0, 2));
function hidden() { const o = { message: 'm', name: 'Custom' }; Error.captureStackTrace(o, hidden); return o.stack; }
function caller() { return hidden(); }
console.log(fileOf(caller())[0], hidden().split('\n')[0]);
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; Error.captureStackTrace(this, MyError); }
}
function thrower() { throw new MyError('bad'); }
try { thrower(); } catch (e) { console.log(e.stack.split('\n')[0], fileOf(e.stack)[0], e instanceof MyError); }
const saved = Error.stackTraceLimit;
Error.stackTraceLimit = 1;
console.log(new Error('x').stack.split('\n').length);
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new Error('y').stack));
Error.stackTraceLimit = saved;
const orig = Error.prepareStackTrace;
Error.prepareStackTrace = (err, sites) => `${err.message}: ${sites.length > 0} ${typeof sites[0].getLineNumber()}`;
console.log(new Error('custom format').stack);
Error.prepareStackTrace = orig;
console.log(typeof Error.captureStackTrace, Error.prepareStackTrace === undefined);
try { Error.captureStackTrace(1); } catch (e) { console.log(e.name, e.message); }
