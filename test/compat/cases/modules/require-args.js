// require() argument checks and builtins with and without node:.
for (const bad of [123, '', undefined]) {
  try {
    require(bad);
  } catch (err) {
    console.log(err.code, err.name, err.message);
  }
}
console.log(require('node:fs') === require('fs'), require('node:path') === require('path'));
console.log(typeof require('fs/promises').readFile, typeof require('node:util/types').isDate);
