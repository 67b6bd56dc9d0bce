const util = require('util');
console.log(util.format('%s', null), util.format('%s', undefined), util.format('%s', 5n), util.format('%s', Symbol('q')), util.format('%s', -0));
console.log(util.format('%s', { a: { b: { c: 1 } } }), util.format('%s', [1, [2, [3, [4]]]]), util.format('%s', new Error('fmt')).split('\n')[0]);
console.log(util.format('%s', class A {}), util.format('%s', function f() {}), util.format('%s', { toString() { return 'TS'; } }));
class WithToString { toString() { return 'custom-ts'; } }
console.log(util.format('%s', new WithToString()), util.format('%s', new Date(0)));
console.log(util.format('%d', '42abc'), util.format('%d', 10n), util.format('%d', {}), util.format('%d', -0), util.format('%i', 3.9), util.format('%i', -3.9), util.format('%f', '3.5x'), util.format('%i', 5n));
console.log(util.format('%j', { a: 1n === 1n }), util.format('%j', undefined), util.format('%j'));
const c = {}; c.c = c; console.log(util.format('%j', c));
console.log(util.format('%o', { f() {}, a: [1] }));
console.log(util.format('%O', { a: { b: { c: { d: {} } } } }));
console.log(util.format('%c%s', 'css', 'after'), util.format('%%s %s', 'x'), util.format('%x', 1), util.format('%', 1), util.format('a%'));
console.log(util.format('no args %s'), util.format('%s %s', 'one'), util.format('extra', 'args', 1, { a: 1 }, 'str'));
console.log(util.format(1, 2, '3'), util.format({ a: 1 }, '%s', 'x'), util.format(), util.format(''));
console.log(util.formatWithOptions({ colors: true }, '%O and %s', { a: 1 }, 2));
console.log(util.formatWithOptions({ compact: false }, { a: [1] }));
try { util.formatWithOptions(null, 'x'); } catch (e) { console.log(e.code, e.message); }
console.log(util.format('%s', 'str', 'rest', Symbol('r')), util.format('%s:%s', 'a'));
console.log(util.format('%s', Object.create(null)), util.format('%s', [undefined, null]), util.format('%s', new Map([[1, 2]])));
