// Shebang lines, BOM, 'use strict' in a module, and a load-time error's stack naming the file.
const clean = (s) => String(s).split(process.cwd()).join('.');
console.log(require('./lib/shebang'), require('./lib/bom'), require('./lib/strict'));
try {
  require('./lib/throws');
} catch (err) {
  console.log(err.message, clean(err.stack.split('\n')[1]).trim());
}
