// util APIs programs reach for beyond inspect/format: MIMEType, getSystemErrorName/Map, toUSVString,
// stripVTControlCharacters, aborted, isDeepStrictEqual, types, inherits, callbackify, debuglog.enabled.
const util = require('util');
const m = new util.MIMEType('Text/HTML; Charset="utf-8"; q=1');
console.log(String(m), m.type, m.subtype, m.essence, m.params.get('charset'), [...m.params.keys()]);
m.params.set('x', 'a b');
console.log(m.toString(), JSON.stringify(m));
try { new util.MIMEType('bad'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorMap().get(-98));
try { util.getSystemErrorName(2); } catch (e) { console.log(e.code, e.message); }
console.log(util.toUSVString('a\ud800b'), util.stripVTControlCharacters('\u001b[31mred\u001b[0m'));
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual(new Set([1]), new Set(['1'])), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0));
console.log(util.types.isPromise(Promise.resolve()), util.types.isAsyncFunction(async () => {}), util.types.isGeneratorObject((function* () {})()), util.types.isBoxedPrimitive(Object(1n)), util.types.isProxy(new Proxy({}, {})), util.types.isExternal({}));
function A() {}
function B() {}
util.inherits(A, B);
console.log(Object.getPrototypeOf(A.prototype) === B.prototype, A.super_ === B);
const cbf = util.callbackify(async (x) => { if (x) throw null; return 'ok'; });
cbf(0, (err, v) => console.log('callbackify', err, v));
cbf(1, (err) => console.log('callbackify null', err instanceof Error, err.code, err.reason));
setTimeout(() => {
  const ac = new AbortController();
  util.aborted(ac.signal, {}).then(() => console.log('aborted resolved'));
  ac.abort();
}, 5);
console.log(typeof util.debuglog('nope').enabled, util.debuglog('nope').enabled, typeof util.transferableAbortSignal, typeof util.parseEnv);
console.log(util.types.isNativeError(new TypeError()), util.isArray([]), typeof util.TextEncoder, util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
