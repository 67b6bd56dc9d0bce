const obj = { b: 2, a: [1, 'two', null, true, { c: undefined, d: () => 1 }], e: new Date(0), n: NaN, i: -0 };
console.log(JSON.stringify(obj));
console.log(JSON.stringify(obj, null, 2));
console.log(JSON.stringify(obj, ['a', 'b']));
console.log(JSON.stringify({ x: 1, y: { z: 2 } }, (k, v) => (k === 'z' ? v * 10 : v), '\t'));
console.log(JSON.stringify('\u2028\u2029"\\\n\u0001'), JSON.stringify('\ud800'));
console.log(JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u00e9"}', (k, v) => (typeof v === 'number' ? v + 1 : v)).a);
for (const bad of ['{a:1}', '[1,]', '', '{"a":1}x']) {
  try {
    JSON.parse(bad);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
console.log(JSON.stringify({ toJSON: () => ({ replaced: true }) }), JSON.stringify(Object.create({ inherited: 1 })));
try {
  JSON.stringify(10n);
} catch (e) {
  console.log(e.name, e.message);
}
const cyc = {};
cyc.self = cyc;
try {
  JSON.stringify(cyc);
} catch (e) {
  console.log(e.name, e.message.split('\n')[0]);
}
console.log(JSON[Symbol.toStringTag]);
