// package.json main, index fallback, "exports" with the require condition, self-reference by name.
console.log(require('with-main'), require('no-main'), require('cond'), require('cond/extra'));
console.log(require('app-self/helper'));
try {
  require('cond/private.js');
} catch (err) {
  console.log(err.code);
}
