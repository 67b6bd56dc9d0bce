const util = require('util');
class Animal { constructor(n) { this.name = n; } get upper() { return this.name.toUpperCase(); } static create() {} }
class Dog extends Animal { #secret = 1; bark() {} }
console.log(util.inspect(new Animal('a')));
console.log(util.inspect(new Dog('d')));
console.log(util.inspect(Animal), util.inspect(Dog), util.inspect(class {}), util.inspect(class extends Dog {}));
console.log(util.inspect(function named() {}), util.inspect(() => {}), util.inspect(async function af() {}), util.inspect(function* g() {}), util.inspect(async function* ag() {}));
const o = { get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} };
console.log(util.inspect(o));
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect(o, { getters: 'get' }));
console.log(util.inspect(o, { getters: 'set' }));
const np = Object.create(null); np.x = 1;
console.log(util.inspect(np), util.inspect(Object.create(null)));
class NullProtoChild extends Object {}
console.log(util.inspect(new NullProtoChild()));
const fnWithProps = function f() {}; fnWithProps.extra = 42;
console.log(util.inspect(fnWithProps));
const anon = (() => function () {})();
console.log(util.inspect(anon), util.inspect(Object.assign(() => {}, { k: 1 })));
console.log(util.inspect(Object.create(Dog.prototype)));
const tagged = { [Symbol.toStringTag]: 'Custom', v: 1 };
console.log(util.inspect(tagged));
class Tagged { get [Symbol.toStringTag]() { return 'TT'; } }
console.log(util.inspect(new Tagged()));
console.log(util.inspect(Math), util.inspect(JSON), util.inspect(globalThis.Reflect).slice(0, 20));
console.log(util.inspect(Object.create(Array.prototype)));
