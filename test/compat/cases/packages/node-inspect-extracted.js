// node-inspect-extracted (Node's util.inspect as a package) printing beside the builtin util.inspect.
const ni = require('node-inspect-extracted');
const util = require('util');
const vals = [{ a: 1, nested: { deep: { deeper: { deepest: 1 } } } }, [1, 'two', [3, [4, [5]]]], new Map([['k', { v: 1 }]]), new Set([1, 2]), 'str', 10n, Symbol('s'), null, undefined, -0, [,], { 'quoted-key': 1, valid_id: 2 }, new Date(0), /re/g, new Error('e').message, Buffer.from('ab'), new Uint8Array(3), class A {}, function named() {}, Object.create(null)];
for (const v of vals) {
  const a = ni.inspect(v);
  const b = util.inspect(v);
  console.log(a === b ? 'same' : `differs: ${a} | ${b}`);
}
console.log(ni.format('%s=%d %j %o', 'x', 42, { j: 1 }, [1]), ni.inspect({ a: { b: { c: {} } } }, { depth: 0 }));
