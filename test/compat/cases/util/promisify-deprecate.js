const util = require('util');
const fs = require('fs');
console.log(typeof util.promisify(fs.readFile), util.promisify(fs.readFile) === fs.promises.readFile, util.promisify(setTimeout) === require('timers/promises').setTimeout);
console.log(util.promisify(setImmediate) === require('timers/promises').setImmediate);
function multi(cb) { cb(null, 1, 2); }
util.promisify(multi)().then((v) => console.log('multi resolves first value', v));
function errFirst(cb) { cb(new Error('cb err')); }
util.promisify(errFirst)().catch((e) => console.log('rejected', e.message));
const obj = { v: 42, get(cb) { cb(null, this.v); } };
util.promisify(obj.get).call(obj).then((v) => console.log('this kept', v));
const p = util.promisify((cb) => cb(null, 'x'));
console.log(Object.getPrototypeOf(p) === Object.getPrototypeOf(async () => {}) ? 'async proto' : 'fn proto', p.name);
const old = util.deprecate(() => 'ran', 'old() is deprecated', 'DEP_TEST');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(old(), old(), typeof old);
const old2 = util.deprecate(function named() { return this; }, 'msg2');
console.log(old2.call('ctx') === 'ctx' || typeof old2.call('ctx'), old2.name);
class Base { constructor() { this.b = 1; } }
const DepClass = util.deprecate(Base, 'class deprecated', 'DEP_CLASS');
console.log(new DepClass().b, new DepClass() instanceof Base);
const cb = util.callbackify(async () => { throw null; });
cb((err) => console.log('null rejection', err.code, err.message, err.reason));
const cb2 = util.callbackify(function () { return Promise.resolve(this); });
try { util.callbackify(5); } catch (e) { console.log(e.code, e.message); }
console.log(util.inherits.length, typeof util.isArray, util.types.isPromise(p()));
function A() {} function B() {} util.inherits(A, B); console.log(A.super_ === B, Object.getPrototypeOf(A.prototype) === B.prototype);
console.log(util.toUSVString ? util.toUSVString('\ud83d') : '', util.types.isAsyncFunction(p), util.isDeepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 1 }])));
