// Node 20's assertion messages that the `assert` package (a port of an older Node) words differently:
// the line-by-line diff of deepStrictEqual and the source expression quoted by assert.ok.
const assert = require('assert');
const show = (f) => { try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.generatedMessage, e.operator, JSON.stringify(e.message)); } };
show(() => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }));
show(() => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])));
show(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]));
show(() => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
show(() => assert.ok(0));
show(() => assert(false));
show(() => assert.throws(() => { throw new Error('m'); }, { message: 'other', name: 'Error' }));
show(() => assert.deepStrictEqual([0], [-0]));
show(() => assert.partialDeepStrictEqual ? 'exists' : assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
