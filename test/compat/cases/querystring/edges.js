const qs = require('querystring');
console.log(qs.parse('a=1&b=2&a=3&c&d=&=e&f=%20%zz&g+h=i+j'));
console.log(qs.parse('a:1;b:2', ';', ':'), qs.parse('a=1&a=2&a=3', null, null, { maxKeys: 2 }), qs.parse(''), qs.parse('&&'));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: '', d: null, e: undefined, f: true, g: 3n, h: {}, i: '☃' }));
console.log(qs.stringify({ a: 1 }, ';', ':'), qs.stringify('str'), qs.stringify(null), qs.encode === qs.stringify, qs.decode === qs.parse);
console.log(qs.escape('a b&c/é'), qs.unescape('a%20b%zz+'), qs.unescapeBuffer('%41%4').toString());
console.log(qs.stringify({ w: 'ab' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }), qs.parse('w=%41', null, null, { decodeURIComponent: (s) => `<${s}>` }));
const parsed = qs.parse('x=1'); console.log(Object.getPrototypeOf(parsed), parsed.hasOwnProperty === undefined);
console.log(qs.stringify({ '\ud800': 'x' }.a) === '');
try { qs.stringify({ a: '\ud800' }); } catch (e) { console.log(e.code, e.name, e.message); }
