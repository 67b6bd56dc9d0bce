// util.types predicates on the values where a polyfill's guess and V8's internal slots differ.
const t = require('util').types;
const gen = function* () {};
const cases = {
  asyncGenerator: t.isGeneratorFunction(async function* () {}),
  generatorMethod: t.isGeneratorFunction({ *m() {} }.m),
  asyncGeneratorMethod: t.isGeneratorFunction({ async *m() {} }.m),
  staticGenerator: t.isGeneratorFunction(class { static *s() {} }.s),
  boundGenerator: t.isGeneratorFunction(gen.bind(null)),
  fakeGenerator: t.isGeneratorFunction(Object.setPrototypeOf(() => {}, Object.getPrototypeOf(gen))),
  methodNamedAsync: t.isGeneratorFunction({ async() {} }.async),
  generatorNamedAsync: t.isGeneratorFunction({ *async() {} }.async),
  plainFunction: t.isGeneratorFunction(function () {}),
  notAFunction: t.isGeneratorFunction('function* () {}'),
  arguments: t.isArgumentsObject((function () { return arguments; })()),
  strictArguments: t.isArgumentsObject((function () { 'use strict'; return arguments; })()),
  taggedArguments: t.isArgumentsObject({ [Symbol.toStringTag]: 'Arguments' }),
  arrayIsNotArguments: t.isArgumentsObject([]),
  buffer: [t.isTypedArray(Buffer.alloc(1)), t.isUint8Array(Buffer.alloc(1))],
  subclass: (() => { class U extends Uint16Array {} return [t.isTypedArray(new U(1)), t.isUint16Array(new U(1))]; })(),
  protoOnly: t.isTypedArray(Object.create(Uint8Array.prototype)),
  taggedObject: t.isUint8Array({ [Symbol.toStringTag]: 'Uint8Array' }),
  dataView: [t.isTypedArray(new DataView(new ArrayBuffer(1))), t.isArrayBufferView(new DataView(new ArrayBuffer(1)))],
  kinds: [new Int8Array(1), new Uint8ClampedArray(1), new Float64Array(1), new BigInt64Array(1), new BigUint64Array(1)].map(
    (a) => [t.isInt8Array(a), t.isUint8ClampedArray(a), t.isFloat64Array(a), t.isBigInt64Array(a), t.isBigUint64Array(a)].join(),
  ),
  primitives: [null, undefined, 0, '', Symbol('s')].map((v) => t.isTypedArray(v) || t.isArgumentsObject(v)),
};
for (const [k, v] of Object.entries(cases)) console.log(k, v);
