// import() with computed specifiers, non-string specifiers, bad options, and Promise shape.
const name = 'two';
const mods = await Promise.all([import(`./lib/${name}.mjs`), import('./lib/' + 'one.mjs')]);
console.log(mods.map((m) => m.default).join(','));
const p = import('./lib/one.mjs');
console.log(p instanceof Promise);
try {
  await import({ toString: () => './lib/one.mjs' }).then((m) => console.log('object specifier', m.default));
} catch (err) {
  console.log('object specifier failed', err.code);
}
try {
  await import('./lib/one.mjs', 'not an object');
} catch (err) {
  console.log(err.name, err.message);
}
