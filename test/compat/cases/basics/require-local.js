// Local modules: relative requires, index.js in a directory, JSON, module caching, cycles and exports shapes.
const lib = require('./lib');
const again = require('./lib/index.js');
const data = require('./data.json');
console.log(lib.name, lib === again, data.items.length, require.resolve('./data.json'));
const a = require('./cycle/a');
console.log(a.done, a.sawB, require('./cycle/b').sawA);
console.log(module.children.length > 0, require.cache[require.resolve('./lib')] !== undefined);
try {
  require('./missing');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
console.log(typeof require('./esm-shaped').default, require('./esm-shaped').named);
