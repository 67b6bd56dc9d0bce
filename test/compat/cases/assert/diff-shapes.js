// AssertionError messages Node 20 generates, beyond the diff-messages case: reference-equality,
// "not" operators, loose comparisons, long arrays cut with "...", single-line strings with the caret.
const assert = require('assert');
const t = (f) => {
  try {
    f();
    console.log('no throw');
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
};
const long = Array.from({ length: 80 }, (_, i) => i);
const pairs = [
  [{ a: 1 }, { a: 2 }],
  [[1, 2], [1, 2, 3]],
  [[1, 2, 3], [1, 2]],
  ['a'.repeat(30), `${'a'.repeat(29)}b`],
  [() => 1, () => 1],
  [1n, 2n],
  [Number.NaN, 0],
  [long, long.map((x) => (x === 40 ? -1 : x))],
  [{ deep: { list: [1, { x: 'y' }], set: new Set([1, 2]) } }, { deep: { list: [1, { x: 'z' }], set: new Set([1, 3]) } }],
  [new Date(0), new Date(1)],
  [[0], [-0]],
  [{ a: Symbol('s') }, { a: Symbol('s') }],
];
for (const [a, b] of pairs) {
  t(() => assert.strictEqual(a, b));
  t(() => assert.deepStrictEqual(a, b));
  t(() => assert.notDeepStrictEqual(a, a));
  t(() => assert.notStrictEqual(a, a));
  t(() => assert.notDeepEqual(a, a));
  t(() => assert.notEqual(a, a));
  t(() => assert.deepEqual(a, b));
  t(() => assert.equal(a, b));
}
t(() => assert.notDeepEqual({ a: 1 }, { a: '1' }));
t(() => assert.strictEqual('x'.repeat(200), 'y'));
t(() => assert.deepStrictEqual(Array.from({ length: 200 }, (_, i) => i % 2), Array.from({ length: 200 }, () => 0)));
