// Modules are strict: top-level this is undefined, assigning an undeclared name throws.
console.log(this, typeof require, typeof module, typeof __filename);
try {
  undeclared = 1;
} catch (err) {
  console.log(err.name, err.message);
}
console.log((function () { return this; })());
