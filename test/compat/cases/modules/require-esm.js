// require() of ES modules (Node 20.19+): the namespace (with __esModule when there is a default), the
// same object on a second require, builtins imported by the ESM, a nested require(esm) from CommonJS
// required by ESM, syntax errors thrown to the requirer, and ERR_REQUIRE_ASYNC_MODULE for real async TLA.
const m = require('./esm/one.mjs');
console.log(m, m.default(), require('./esm/one.mjs') === m);
console.log(require('./esm/named.mjs'));
console.log(require('./esm/uses-builtin.mjs').joined);
console.log(require('./esm/chain.mjs').viaCjs);
try {
  require('./esm/bad.mjs');
} catch (e) {
  console.log(e.name, e.message.split('\n')[0]);
}
try {
  require('./esm/tla.mjs');
} catch (e) {
  console.log(e.code);
}
