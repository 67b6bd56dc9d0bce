// structuredClone edges: cycles, shared references, Map/Set/Date/RegExp/boxed primitives, errors,
// typed arrays over one buffer, sparse arrays, getters, class instances, and what cannot be cloned.
const util = require('util');
const o = { a: 1 };
o.self = o;
const shared = { s: 1 };
const src = { o, pair: [shared, shared], m: new Map([[o, 'k']]), s: new Set([1, 'two']), d: new Date(0), r: /x+/gi, n: new Number(3), str: new String('s'), big: 10n, neg0: -0, nan: NaN, undef: undefined };
const c = structuredClone(src);
console.log(c.o.self === c.o, c.pair[0] === c.pair[1], c.m.keys().next().value === c.o, c.s.has('two'), c.d.getTime(), c.r.flags, c.r.lastIndex);
console.log(typeof c.n, c.n + 0, c.str instanceof String, c.big, Object.is(c.neg0, -0), Number.isNaN(c.nan), 'undef' in c);
const buf = new ArrayBuffer(8);
const v1 = new Uint8Array(buf, 0, 4);
const v2 = new Uint16Array(buf, 4, 2);
const cv = structuredClone({ v1, v2 });
console.log(cv.v1.buffer === cv.v2.buffer, cv.v2.byteOffset, cv.v1.constructor.name, cv.v2.length);
const sparse = [1, , 3];
sparse.extra = 'p';
const cs = structuredClone(sparse);
console.log(cs.length, 1 in cs, cs.extra);
const withGetter = { get g() { return 'computed'; } };
console.log(Object.getOwnPropertyDescriptor(structuredClone(withGetter), 'g'));
class Point { constructor() { this.x = 1; } get len() { return 1; } }
const cp = structuredClone(new Point());
console.log(cp instanceof Point, cp.constructor === Object, cp);
for (const E of [Error, TypeError, RangeError, SyntaxError, EvalError, ReferenceError, URIError]) {
  const e = new E('msg', { cause: 'c' });
  e.extra = 1;
  const ce = structuredClone(e);
  console.log(ce.constructor.name, ce.message, ce.cause, ce.extra, typeof ce.stack);
}
class CustomErr extends Error { constructor() { super('custom'); this.name = 'CustomErr'; } }
const cc = structuredClone(new CustomErr());
console.log(cc.constructor.name, cc.name, cc.message);
for (const bad of [() => {}, Symbol('s'), { f() {} }, new WeakMap(), Promise.resolve()]) {
  try { structuredClone(bad); console.log('cloned'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { structuredClone(); } catch (e) { console.log(e.name, e.message); }
console.log(structuredClone(null), structuredClone('s'), structuredClone([undefined]).length);
