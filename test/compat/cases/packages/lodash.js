const _ = require('lodash');
const users = [
  { user: 'barney', age: 36, active: true, tags: ['a', 'b'] },
  { user: 'fred', age: 40, active: false, tags: ['b'] },
  { user: 'pebbles', age: 1, active: true, tags: [] },
];
console.log(_.map(_.sortBy(users, ['age']), 'user').join(','));
console.log(JSON.stringify(_.groupBy(users, 'active')));
console.log(JSON.stringify(_.countBy(_.flatMap(users, 'tags'))));
console.log(_.chunk([1, 2, 3, 4, 5], 2), _.uniq([2, 1, 2, 3, 1]), _.difference([1, 2, 3], [2]));
console.log(_.get({ a: [{ b: { c: 3 } }] }, 'a[0].b.c'), _.set({}, 'x.y[1].z', 5));
const deep = { a: { b: [1, { c: 2 }] } };
const clone = _.cloneDeep(deep);
console.log(_.isEqual(deep, clone), clone.a !== deep.a, _.merge({ a: { x: 1 } }, { a: { y: 2 } }));
console.log(_.camelCase('Foo Bar-baz'), _.kebabCase('fooBarBaz'), _.startCase('hello_world'), _.padStart('7', 3, '0'));
const tpl = _.template('Hello <%= name %>! <% _.forEach(items, function(i) { %><li><%- i %></li><% }); %>');
console.log(tpl({ name: 'World', items: ['<a>', 'b'] }));
console.log(_.range(0, 10, 3), _.zip(['a', 'b'], [1, 2]), _.fromPairs([['k', 'v']]), _.invert({ a: 'x' }));
console.log(_.debounce.name, typeof _.memoize((x) => x * 2), _.memoize((x) => x * 2)(21));
console.log(_.chain(users).filter('active').map('age').sum().value(), _.VERSION.split('.')[0]);
const debounced = _.debounce(() => console.log('debounced once'), 5);
debounced();
debounced();
debounced();
