const qs = require('qs');
console.log(JSON.stringify(qs.parse('a[b][c]=1&a[d][]=x&a[d][]=y&e=%20f&g')));
console.log(qs.stringify({ a: { b: [1, 2], c: 'x y' }, d: null, e: undefined }, { encodeValuesOnly: true }));
console.log(qs.stringify({ list: ['a', 'b'] }, { arrayFormat: 'brackets' }), qs.stringify({ list: ['a', 'b'] }, { arrayFormat: 'comma' }));
console.log(JSON.stringify(qs.parse('?x=1&y=2', { ignoreQueryPrefix: true })), JSON.stringify(qs.parse('a.b=c', { allowDots: true })));
