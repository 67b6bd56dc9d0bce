// Error shapes of the ES loader.
const clean = (s) => String(s).split(process.cwd()).join('.');
for (const spec of ['./missing.mjs', 'no-such-pkg', './lib', './lib/bad-named.mjs', './lib/syntax.mjs', './lib/throws.mjs', 'node:nope']) {
  try {
    await import(spec);
    console.log(spec, 'loaded');
  } catch (err) {
    console.log(spec, err.name, err.code, clean(err.message));
  }
}
try {
  await import('./lib/throws.mjs');
} catch (err) {
  console.log('again', err instanceof TypeError, err.message);
}
