// Module._extensions (require.extensions) and Module.wrap / Module.wrapper.
const Module = require('module');
const fs = require('fs');
console.log(Object.keys(require.extensions).join(','), require.extensions === Module._extensions);
require.extensions['.txt'] = (m, filename) => {
  m.exports = fs.readFileSync(filename, 'utf8').trim().toUpperCase();
};
console.log(require('./note.txt'));
console.log(Module.wrap('x'));
console.log(JSON.stringify(Module.wrapper));
